package org.newslens.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a plain-text dump with several articles run together (one paragraph per line, no
 * separators) into articles.
 *
 * <p>A new article starts at a <em>headline line</em>: short (5-16 words), no terminal punctuation,
 * not a video title (a line right after a duration such as {@code 2:45}) and not furniture
 * (captions, video notices); followed, after any furniture, by a <em>lede</em>: a full paragraph of
 * at least 15 words ending in terminal punctuation. Cross-heads inside an article look the same, so
 * the splitter also asks for a change of subject: at least two of the headline's content words must
 * occur in its lede and the lines after it but not in the two lines before it, at least as many as
 * it shares with those (at most two); or one, for a headline of six words or more that shares none
 * with them. A cross-head shares its words with the text on both sides. The previous article must
 * hold at least {@link #MIN_WORDS} words. When in doubt, it does not split. A dump where no
 * headline opens an article (reporting text only, one line per paragraph) is split where its
 * vocabulary changes instead ({@link CohesionSegmenter}), furniture lines aside.
 *
 * <p>Each article's text starts with its headline line, so the extractor can take the first line as
 * its title.
 */
public final class TextDumpSplitter {
  /** Fewest words an article before a split must hold. */
  static final int MIN_WORDS = 60;

  static final int MIN_HEADLINE_WORDS = 5;
  static final int MAX_HEADLINE_WORDS = 16;
  static final int MIN_LEDE_WORDS = 15;

  /** Lines after a candidate headline (from its lede) and before it, compared for content words. */
  static final int WINDOW = 4;

  static final int WINDOW_BEFORE = 2;

  private static final Pattern DURATION = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?$");
  private static final Pattern CAPTION =
      Pattern.compile(
          "^(image|images|photo|photos|picture|pic|video|watch|listen|graphic)s?\\s*:.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern VIDEO_NOTICE =
      Pattern.compile(
          ".*\\b(video|player|javascript|browser)\\b.*\\b(video|player|javascript|browser)\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

  /** Words and the sentence ends between them. */
  static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’]+|[.!?]");

  private static final Pattern NUMBER = Pattern.compile("[\\p{N}'’]+");
  private static final Set<String> STOP =
      Set.of(
          "about",
          "after",
          "again",
          "against",
          "also",
          "been",
          "before",
          "being",
          "between",
          "could",
          "does",
          "from",
          "have",
          "having",
          "here",
          "into",
          "more",
          "most",
          "much",
          "must",
          "only",
          "other",
          "over",
          "said",
          "says",
          "should",
          "some",
          "such",
          "than",
          "that",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "under",
          "until",
          "very",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "will",
          "with",
          "would",
          "your",
          "year",
          "years",
          "week",
          "today",
          "yesterday",
          "just",
          "like",
          "still",
          "back",
          "down",
          "make",
          "made",
          "next",
          "last",
          "first",
          "new",
          "the",
          "and",
          "for",
          "but",
          "has",
          "was",
          "are",
          "not",
          "its",
          "his",
          "her",
          "who",
          "how",
          "why",
          "all",
          "out",
          "off",
          "one",
          "two",
          "say",
          "now",
          "own",
          "our",
          "may",
          "can",
          "had",
          "per",
          "via",
          "yet",
          "any",
          "did",
          "get",
          "got",
          "him",
          "she",
          "you",
          "too",
          "set",
          "sets",
          "put",
          "see",
          "use",
          "way",
          "day",
          "end",
          "top",
          "old",
          "big");

  private TextDumpSplitter() {}

  /**
   * The articles of one text file, in file order, each as its raw text (one paragraph per line).
   */
  public static List<String> split(String content) {
    List<String> lines = new ArrayList<>();
    for (String line : content.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    if (lines.isEmpty()) {
      return List.of(content);
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int wordsSinceStart = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && wordsSinceStart >= MIN_WORDS && startsArticle(lines, i)) {
        starts.add(i);
        wordsSinceStart = 0;
      }
      wordsSinceStart += words(lines.get(i));
    }
    if (starts.size() == 1) {
      starts.addAll(cohesionBoundaries(lines));
    }
    if (starts.size() == 1) {
      return List.of(content);
    }
    List<String> out = new ArrayList<>(starts.size());
    for (int s = 0; s < starts.size(); s++) {
      int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
      out.add(String.join("\n", lines.subList(starts.get(s), end)));
    }
    return out;
  }

  /**
   * Where the vocabulary changes in a dump without headline lines ({@link CohesionSegmenter}),
   * furniture aside.
   */
  private static List<Integer> cohesionBoundaries(List<String> lines) {
    FurnitureFilter.Kind[] kinds = FurnitureFilter.kinds(lines);
    List<Integer> textLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == null) {
        textLines.add(i);
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int b : CohesionSegmenter.boundaries(textLines.stream().map(lines::get).toList())) {
      starts.add(textLines.get(b));
    }
    return starts;
  }

  /**
   * The title of one article as {@link #split} returns it: its first line when that line looks like
   * a headline (see {@link #isHeadline}) and a paragraph follows it, else null. For the extractor,
   * which owns titles.
   */
  public static String headline(String article) {
    List<String> lines = article.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2 || !isHeadline(lines.get(0))) {
      return null;
    }
    for (String next : lines.subList(1, lines.size())) {
      if (!isFurniture(next)) {
        return isParagraph(next) ? lines.get(0) : null;
      }
    }
    return null;
  }

  /** True when line {@code i} is a headline that opens a new article (see the class comment). */
  static boolean startsArticle(List<String> lines, int i) {
    String line = lines.get(i);
    if (!isHeadline(line)) {
      return false;
    }
    String previous = lines.get(i - 1);
    if (DURATION.matcher(previous).matches() || isHeadline(previous)) {
      return false; // a video title after its duration, or the second line of a run of short lines
    }
    int lede = i + 1;
    while (lede < lines.size() && isFurniture(lines.get(lede))) {
      lede++;
    }
    if (lede >= lines.size()
        || !isParagraph(lines.get(lede))
        || words(lines.get(lede)) < MIN_LEDE_WORDS) {
      return false;
    }
    Set<String> head = contentWords(line);
    Set<String> before = shared(head, lines, Math.max(0, i - WINDOW_BEFORE), i);
    Set<String> after = shared(head, lines, lede, Math.min(lines.size(), lede + WINDOW));
    after.removeAll(before);
    return before.size() <= 2 && after.size() >= 2 && after.size() >= before.size()
        || before.isEmpty() && after.size() == 1 && words(line) >= MIN_HEADLINE_WORDS + 1;
  }

  /** A short line without terminal punctuation that starts like a title. */
  static boolean isHeadline(String line) {
    int n = words(line);
    if (n < MIN_HEADLINE_WORDS || n > MAX_HEADLINE_WORDS || isFurniture(line)) {
      return false;
    }
    char first = line.charAt(0);
    if (!(Character.isUpperCase(first)
        || Character.isDigit(first)
        || first == '‘'
        || first == '“'
        || first == '\''
        || first == '"')) {
      return false;
    }
    return !endsSentence(line);
  }

  /** A line ending in terminal punctuation (possibly inside closing quotes or brackets). */
  static boolean isParagraph(String line) {
    return endsSentence(line);
  }

  /** Lines that are page furniture rather than reporting: durations, captions, video notices. */
  static boolean isFurniture(String line) {
    return DURATION.matcher(line).matches()
        || CAPTION.matcher(line).matches()
        || line.length() < 120 && VIDEO_NOTICE.matcher(line).matches();
  }

  private static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "”’\"')]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…:;".indexOf(line.charAt(i)) >= 0;
  }

  /**
   * The words of {@code head} that also occur in lines {@code from} (inclusive) to {@code to},
   * furniture aside.
   */
  private static Set<String> shared(Set<String> head, List<String> lines, int from, int to) {
    Set<String> seen = new HashSet<>();
    for (int j = from; j < to; j++) {
      if (!isFurniture(lines.get(j))) {
        seen.addAll(contentWords(lines.get(j)));
      }
    }
    Set<String> out = new HashSet<>(head);
    out.retainAll(seen);
    return out;
  }

  /**
   * Lower-cased words of three or more letters, minus common function words and numbers, plurals
   * folded.
   */
  static Set<String> contentWords(String line) {
    Set<String> out = new HashSet<>();
    var m = WORD.matcher(line);
    while (m.find()) {
      String w = normalise(m.group());
      if (w != null) {
        out.add(fold(w));
      }
    }
    return out;
  }

  /**
   * A word lower-cased with its possessive 's dropped, or null for a function word, a number or a
   * short word.
   */
  static String normalise(String token) {
    String w = token.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.length() >= 3 && !STOP.contains(w) && !NUMBER.matcher(w).matches() ? w : null;
  }

  /** A plural -s folded: "hubs" and "hub" count as one word. */
  static String fold(String w) {
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  static int words(String line) {
    int n = 0;
    var m = WORD.matcher(line);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
