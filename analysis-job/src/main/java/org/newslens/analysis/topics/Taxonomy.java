package org.newslens.analysis.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A keyword taxonomy: named topics, each a list of words and phrases with simple {@code *}
 * wildcards. Pure Java and serialisable, so a Spark UDF can wrap {@link #match}. The file format is
 * documented at the top of the default resource {@value #DEFAULT_RESOURCE}.
 */
public final class Taxonomy implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_RESOURCE = "/org/newslens/analysis/topics/news-taxonomy.txt";
  private static final Pattern TOPIC_NAME = Pattern.compile("[a-z0-9_]+");

  private final List<String> topics;

  /** Phrases whose first word is literal, by that word. */
  private final Map<String, Phrase[]> byFirstWord = new HashMap<>();

  /**
   * Phrases whose first word has a wildcard after a literal prefix, in a trie of the prefixes: a
   * word is checked only against the phrases whose prefix it starts with.
   */
  private final PrefixNode wildcardPrefixes = new PrefixNode();

  /** Phrases whose first word starts with a wildcard: checked at every position. */
  private final Phrase[] wildcardAnywhere;

  private Taxonomy(Map<String, List<String>> terms) {
    this.topics = List.copyOf(terms.keySet());
    Map<String, List<Phrase>> literal = new HashMap<>();
    List<Phrase> anywhere = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      for (String term : terms.get(topics.get(t))) {
        Phrase phrase = Phrase.of(t, term);
        Word first = phrase.words[0];
        if (first.literal != null) {
          literal.computeIfAbsent(first.literal, w -> new ArrayList<>()).add(phrase);
        } else if (!first.prefix.isEmpty()) {
          wildcardPrefixes.add(first.prefix, phrase);
        } else {
          anywhere.add(phrase);
        }
      }
    }
    literal.forEach((w, list) -> byFirstWord.put(w, list.toArray(new Phrase[0])));
    this.wildcardAnywhere = anywhere.toArray(new Phrase[0]);
  }

  /** The taxonomy shipped with newslens. */
  public static Taxonomy defaultTaxonomy() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  public static Taxonomy load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  public static Taxonomy parse(String text) {
    try {
      return parse(new StringReader(text), "taxonomy");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses the taxonomy format.
   *
   * @throws IllegalArgumentException naming the source and line of the first problem
   */
  public static Taxonomy parse(Reader reader, String source) throws IOException {
    Map<String, List<String>> terms = new LinkedHashMap<>();
    String topic = null;
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String raw; (raw = lines.readLine()) != null; ) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) {
          throw new IllegalArgumentException(
              source + ":" + number + ": a topic line looks like [name]");
        }
        topic = line.substring(1, line.length() - 1).strip();
        if (!TOPIC_NAME.matcher(topic).matches()) {
          throw new IllegalArgumentException(
              source + ":" + number + ": topic names use a-z, 0-9 and _, got '" + topic + "'");
        }
        if (terms.containsKey(topic)) {
          throw new IllegalArgumentException(
              source + ":" + number + ": topic '" + topic + "' appears twice");
        }
        terms.put(topic, new ArrayList<>());
        continue;
      }
      if (topic == null) {
        throw new IllegalArgumentException(
            source + ":" + number + ": a term before the first [topic]");
      }
      if (words(line, true).isEmpty() || line.replace("*", "").isBlank()) {
        throw new IllegalArgumentException(
            source + ":" + number + ": '" + line + "' has no letters or digits");
      }
      terms.get(topic).add(line);
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException(source + ": no [topic] found");
    }
    for (Map.Entry<String, List<String>> entry : terms.entrySet()) {
      if (entry.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            source + ": topic '" + entry.getKey() + "' has no terms");
      }
    }
    return new Taxonomy(terms);
  }

  public List<String> topics() {
    return topics;
  }

  /**
   * The words the taxonomy matches: lower-cased runs of letters and digits of any script, in order.
   */
  public static List<String> words(String text) {
    return words(text, false);
  }

  /** Lower-cased words of {@code text}: runs of letters and digits (and {@code *} in terms). */
  static List<String> words(String text, boolean keepStar) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean inWord = isWordChar(cp) || (keepStar && cp == '*');
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(lower.substring(start));
    }
    return out;
  }

  /** A letter or a number of any script: the characters of {@code [\p{L}\p{N}]}. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Counts, per topic, how often its terms occur in {@code text} (every occurrence of every term;
   * overlapping phrases of one topic each count). Topics with no match are absent; the map keeps
   * taxonomy order.
   */
  public Map<String, Integer> match(String text) {
    return assign(text, 0);
  }

  /**
   * The phrases that can start at {@code word}: those whose first word matches it, found through
   * the index of first words (literal words, the trie of wildcard prefixes, leading wildcards).
   */
  Phrase[] startingAt(String word) {
    List<Phrase> out = new ArrayList<>();
    addStartingAt(byFirstWord.get(word), word, out);
    for (PrefixNode node = wildcardPrefixes; node != null; ) {
      addStartingAt(node.phrases, word, out);
      int depth = node.depth;
      node = depth < word.length() ? node.child(word.charAt(depth)) : null;
    }
    addStartingAt(wildcardAnywhere, word, out);
    return out.toArray(new Phrase[0]);
  }

  private static void addStartingAt(Phrase[] candidates, String word, List<Phrase> out) {
    if (candidates != null) {
      for (Phrase phrase : candidates) {
        if (phrase.words[0].matches(word)) {
          out.add(phrase);
        }
      }
    }
  }

  /**
   * The topics whose match count reaches {@code minMatches}, with their counts, in taxonomy order.
   */
  public Map<String, Integer> assign(String text, int minMatches) {
    TextWords words = new TextWords(this, Terms.standard());
    words.read(text);
    return words.topics(minMatches);
  }

  /**
   * A node of the trie of wildcard prefixes: the phrases whose first word's prefix is the path to
   * it ({@link #depth} characters), and its children by next character.
   */
  private static final class PrefixNode implements Serializable {
    private static final long serialVersionUID = 1L;
    final int depth;
    Phrase[] phrases;
    char[] keys = new char[0];
    PrefixNode[] children = new PrefixNode[0];

    PrefixNode() {
      this(0);
    }

    private PrefixNode(int depth) {
      this.depth = depth;
    }

    void add(String prefix, Phrase phrase) {
      PrefixNode node = this;
      for (int i = 0; i < prefix.length(); i++) {
        PrefixNode next = node.child(prefix.charAt(i));
        if (next == null) {
          next = new PrefixNode(i + 1);
          node.keys = java.util.Arrays.copyOf(node.keys, node.keys.length + 1);
          node.children = java.util.Arrays.copyOf(node.children, node.children.length + 1);
          node.keys[node.keys.length - 1] = prefix.charAt(i);
          node.children[node.children.length - 1] = next;
        }
        node = next;
      }
      node.phrases =
          node.phrases == null
              ? new Phrase[] {phrase}
              : java.util.Arrays.copyOf(node.phrases, node.phrases.length + 1);
      node.phrases[node.phrases.length - 1] = phrase;
    }

    PrefixNode child(char c) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }
  }

  /** One term: a sequence of words, each literal or a wildcard pattern. */
  static final class Phrase implements Serializable {
    private static final long serialVersionUID = 1L;
    final int topic;
    final String term;
    final Word[] words;

    private Phrase(int topic, String term, Word[] words) {
      this.topic = topic;
      this.term = term;
      this.words = words;
    }

    static Phrase of(int topic, String term) {
      List<String> parts = words(term, true);
      Word[] words = new Word[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        words[i] = Word.of(parts.get(i));
      }
      return new Phrase(topic, term, words);
    }

    /** Whether the words after the first match {@code text} after {@code start}. */
    boolean restMatchesAt(String[] text, int start, int size) {
      if (start + words.length > size) {
        return false;
      }
      for (int j = 1; j < words.length; j++) {
        if (!words[j].matches(text[start + j])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A literal word, or a wildcard word compiled to a regular expression ({@code *} = any letters or
   * digits).
   */
  private static final class Word implements Serializable {
    private static final long serialVersionUID = 1L;
    final String literal;
    final String prefix;
    final Pattern pattern;

    private Word(String literal, String prefix, Pattern pattern) {
      this.literal = literal;
      this.prefix = prefix;
      this.pattern = pattern;
    }

    static Word of(String word) {
      int star = word.indexOf('*');
      if (star < 0) {
        return new Word(word, null, null);
      }
      if (star == word.length() - 1) {
        // words hold only letters and digits, so a trailing * matches any continuation
        return new Word(null, word.substring(0, star), null);
      }
      StringBuilder regex = new StringBuilder();
      for (String piece : word.split("\\*", -1)) {
        if (regex.length() > 0) {
          regex.append("[\\p{L}\\p{N}]*");
        }
        regex.append(Pattern.quote(piece));
      }
      return new Word(null, word.substring(0, star), Pattern.compile(regex.toString()));
    }

    boolean matches(String token) {
      if (literal != null) {
        return literal.equals(token);
      }
      return token.startsWith(prefix) && (pattern == null || pattern.matcher(token).matches());
    }
  }
}
