package org.newslens.analysis.topics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The words of one text at a time, as {@link Taxonomy#words} splits them, with what the taxonomy
 * and the {@link Terms} make of each: the phrases that can start at it and its terms. Each distinct
 * word is looked up in the taxonomy and the stop words once, when it is first seen, and found again
 * by its characters in the lower-cased text, so a word seen before costs no new string and no
 * lookup but one. It is how the taxonomy matches text ({@link Taxonomy#match} and {@link
 * Taxonomy#assign} read through it), and {@link #forEachTerm} gives what {@link
 * Terms#forEachInWords} gives for the same words.
 *
 * <p>Not thread-safe: one instance per task. It remembers at most {@value #MAX_WORDS} distinct
 * words, then starts afresh.
 */
public final class TextWords {
  static final int MAX_WORDS = 500_000;

  private static final int INITIAL_CAPACITY = 1 << 12;

  private final Taxonomy taxonomy;
  private final Terms terms;
  private final int maxWords;

  /** What is known of a distinct word. */
  private record Known(String word, Taxonomy.Phrase[] starts, String[] terms) {}

  // the distinct words seen, in an open-addressing table keyed by the word's characters
  private String[] keys = new String[INITIAL_CAPACITY];
  private int[] hashes = new int[INITIAL_CAPACITY];
  private Known[] values = new Known[INITIAL_CAPACITY];
  private int size;

  // the current text, word by word
  private Known[] known = new Known[256];
  private String[] words = new String[256];
  private int length;

  public TextWords(Taxonomy taxonomy, Terms terms) {
    this(taxonomy, terms, MAX_WORDS);
  }

  TextWords(Taxonomy taxonomy, Terms terms, int maxWords) {
    this.taxonomy = taxonomy;
    this.terms = terms;
    this.maxWords = maxWords;
  }

  /** Reads {@code text} (null is no text), replacing the text read before. */
  public void read(String text) {
    length = 0;
    if (text == null) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    int hash = 0;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Taxonomy.isWordChar(cp)) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        for (int c = i; c < next; c++) {
          hash = 31 * hash + lower.charAt(c); // String.hashCode of the word, char by char
        }
      } else if (start >= 0) {
        append(lookUp(lower, start, i, hash));
        start = -1;
      }
      i = next;
    }
    if (start >= 0) {
      append(lookUp(lower, start, lower.length(), hash));
    }
  }

  /** How many words the text has. */
  public int size() {
    return length;
  }

  /**
   * The topics whose match count (every occurrence of every term, overlapping phrases of one topic
   * each counting) is positive and reaches {@code minMatches}, with their counts, in taxonomy
   * order.
   */
  public Map<String, Integer> topics(int minMatches) {
    int[] counts = new int[taxonomy.topics().size()];
    for (int i = 0; i < length; i++) {
      for (Taxonomy.Phrase phrase : known[i].starts()) {
        if (phrase.restMatchesAt(words, i, length)) {
          counts[phrase.topic]++;
        }
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int t = 0; t < counts.length; t++) {
      if (counts[t] > 0 && counts[t] >= minMatches) {
        out.put(taxonomy.topics().get(t), counts[t]);
      }
    }
    return out;
  }

  /**
   * Hands each term of the text to {@code sink}, in order: {@link Terms#forEachInWords} of its
   * words. A term seen before is handed as the same string instance.
   */
  public void forEachTerm(Consumer<String> sink) {
    for (int i = 0; i < length; i++) {
      for (String term : known[i].terms()) {
        sink.accept(term);
      }
    }
  }

  private void append(Known word) {
    if (length == known.length) {
      known = Arrays.copyOf(known, 2 * length);
      words = Arrays.copyOf(words, 2 * length);
    }
    known[length] = word;
    words[length] = word.word();
    length++;
  }

  /** The word {@code lower[from, to)}, whose String hash code is {@code hash}. */
  private Known lookUp(String lower, int from, int to, int hash) {
    int mask = keys.length - 1;
    int length = to - from;
    int slot = spread(hash) & mask;
    for (String key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash
          && key.length() == length
          && lower.regionMatches(from, key, 0, length)) {
        return values[slot];
      }
    }
    String word = lower.substring(from, to);
    Known entry = new Known(word, taxonomy.startingAt(word), terms.inWord(word));
    if (size >= maxWords) {
      clear();
    } else if (2 * (size + 1) > keys.length) {
      grow();
    } else {
      put(slot, entry, hash);
      return entry;
    }
    insert(entry, hash);
    return entry;
  }

  private void insert(Known entry, int hash) {
    int mask = keys.length - 1;
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    put(slot, entry, hash);
  }

  private void put(int slot, Known entry, int hash) {
    keys[slot] = entry.word();
    hashes[slot] = hash;
    values[slot] = entry;
    size++;
  }

  private void grow() {
    Known[] old = values;
    int[] oldHashes = hashes;
    keys = new String[2 * old.length];
    hashes = new int[2 * old.length];
    values = new Known[2 * old.length];
    size = 0;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        insert(old[i], oldHashes[i]);
      }
    }
  }

  private void clear() {
    keys = new String[INITIAL_CAPACITY];
    hashes = new int[INITIAL_CAPACITY];
    values = new Known[INITIAL_CAPACITY];
    size = 0;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
