package org.newslens.ingest.source.text;

import static org.newslens.ingest.extract.body.FurnitureVocabulary.DUMP_CAPTION;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.DUMP_DURATION;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.DUMP_VIDEO_NOTICE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslens.ingest.extract.body.FurnitureFilter;

/**
 * Splits a plain-text dump with several articles run together (one paragraph per line, no
 * separators) into articles.
 *
 * <p>Under {@code auto} a new article starts at a <em>headline line</em> that opens a new subject
 * ({@link #startsArticle}); the previous article must hold at least {@link #MIN_WORDS} words. A
 * dump where no headline opens an article (reporting text only, one line per paragraph) is split
 * where the evidence of a new report is strongest instead ({@link CohesionSegmenter}), furniture
 * lines aside. A trailing teaser for another story is dropped ({@link #trailingTeaser}). When in
 * doubt, it does not split.
 *
 * <p>Each article's text starts with its headline line, so the extractor can take the first line as
 * its title.
 */
public final class TextDumpSplitter {
  /** Fewest words an article before a split must hold. */
  static final int MIN_WORDS = 60;

  static final int MAX_HEADLINE_WORDS = 16;
  static final int MIN_LEDE_WORDS = 15;

  /** Lines after a candidate headline (from its lede) and before it, compared for content words. */
  static final int WINDOW = 4;

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
   * One article of a text file: its non-blank lines, stripped, one paragraph per line, and the
   * first and last of them as 1-based line numbers of the file.
   */
  public record Segment(String text, int firstLine, int lastLine) {}

  /**
   * The articles of one text file, in file order, cut as {@code split} says (see {@link
   * TextSplit}); none when the file holds no text line. Under {@code auto} a trailing teaser for
   * another story ({@link #trailingTeaser}) is left out: it is furniture, not article text.
   */
  public static List<Segment> segments(String content, TextSplit split) {
    String[] physical = content.split("\\R", -1);
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < physical.length; i++) {
      String t = physical[i].strip();
      if (!t.isEmpty()) {
        lines.add(t);
        numbers.add(i + 1);
      }
    }
    if (lines.isEmpty()) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int end = lines.size();
    switch (split.mode()) {
      case NONE -> {}
      case BLANK_LINES -> starts.addAll(blankLineStarts(numbers));
      case REGEX -> {
        return regexSegments(physical, Pattern.compile(split.pattern()));
      }
      case AUTO -> {
        FurnitureFilter.Kind[] kinds = FurnitureFilter.kinds(lines);
        int teaser = trailingTeaser(lines, kinds);
        if (teaser >= 0) {
          end = teaser;
        }
        starts = autoStarts(lines.subList(0, end));
      }
    }
    List<Segment> out = new ArrayList<>(starts.size());
    for (int s = 0; s < starts.size(); s++) {
      int to = s + 1 < starts.size() ? starts.get(s + 1) : end;
      out.add(
          new Segment(
              String.join("\n", lines.subList(starts.get(s), to)),
              numbers.get(starts.get(s)),
              numbers.get(to - 1)));
    }
    return out;
  }

  /** Where articles start under {@code auto}: at headline lines, else where the subject changes. */
  private static List<Integer> autoStarts(List<String> lines) {
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
    return starts;
  }

  /**
   * Indices (into the non-blank lines) that start an article under {@code blank-lines}: after a
   * blank line, or after two or more when the file also has single blank lines between paragraphs.
   */
  private static List<Integer> blankLineStarts(List<Integer> numbers) {
    boolean single = false;
    boolean runs = false;
    for (int i = 1; i < numbers.size(); i++) {
      int blanks = numbers.get(i) - numbers.get(i - 1) - 1;
      single |= blanks == 1;
      runs |= blanks >= 2;
    }
    int least = single && runs ? 2 : 1;
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i < numbers.size(); i++) {
      if (numbers.get(i) - numbers.get(i - 1) - 1 >= least) {
        starts.add(i);
      }
    }
    return starts;
  }

  /** Articles between separator lines: each line in which {@code separator} is found. */
  private static List<Segment> regexSegments(String[] physical, Pattern separator) {
    List<Segment> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (int i = 0; i <= physical.length; i++) {
      boolean cut = i == physical.length || separator.matcher(physical[i]).find();
      if (cut) {
        if (!current.isEmpty()) {
          out.add(new Segment(String.join("\n", current), first, last));
          current = new ArrayList<>();
        }
        continue;
      }
      String t = physical[i].strip();
      if (!t.isEmpty()) {
        if (current.isEmpty()) {
          first = i + 1;
        }
        current.add(t);
        last = i + 1;
      }
    }
    return out;
  }

  /** A sentence glued to a count or a number, as teasers scraped with their link text are. */
  private static final Pattern GLUED_COUNT = Pattern.compile("\\p{L}[.!?…][\"”’)]?\\d{1,4}$");

  /** Words a teaser for another story does not start with: it opens on its own subject. */
  private static final Set<String> CONTINUATION_STARTS =
      Set.of(
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "this",
          "that",
          "these",
          "those",
          "but",
          "and",
          "so",
          "or",
          "yet",
          "his",
          "her",
          "their",
          "its",
          "there",
          "then",
          "meanwhile");

  /** Longest line taken for a teaser. */
  static final int MAX_TEASER_WORDS = 40;

  /** Text lines before a candidate teaser that it is compared with. */
  static final int TEASER_CONTEXT = 12;

  /**
   * The index of the last text line when it is a teaser for another story rather than the end of an
   * article, else -1. It is one when it is a sentence glued to a number (a link text and its
   * count), or when it is short (4 to {@link #MAX_TEASER_WORDS} words), opens on a subject of its
   * own (no pronoun or conjunction, no quote mark), and shares no content word with the {@link
   * #TEASER_CONTEXT} text lines before it.
   */
  static int trailingTeaser(List<String> lines, FurnitureFilter.Kind[] kinds) {
    int last = lines.size() - 1;
    while (last >= 0 && kinds[last] != null) {
      last--;
    }
    if (last < 3) {
      return -1;
    }
    String line = lines.get(last);
    if (GLUED_COUNT.matcher(line).find()) {
      return last;
    }
    int n = words(line);
    if (n < 4 || n > MAX_TEASER_WORDS || !isTeaserOpening(line)) {
      return -1;
    }
    Set<String> own = contentWords(line);
    if (own.size() < 4) {
      return -1;
    }
    int seen = 0;
    for (int j = last - 1; j >= 0 && seen < TEASER_CONTEXT; j--) {
      if (kinds[j] == null) {
        seen++;
        for (String w : contentWords(lines.get(j))) {
          if (own.contains(w)) {
            return -1;
          }
        }
      }
    }
    return last;
  }

  private static boolean isTeaserOpening(String line) {
    char first = line.charAt(0);
    if (!Character.isUpperCase(first)
        && !Character.isDigit(first)
        && first != '$'
        && first != '£') {
      return false;
    }
    var m = WORD.matcher(line);
    return m.find() && !CONTINUATION_STARTS.contains(m.group().toLowerCase(Locale.ROOT));
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
    List<String> text = textLines.stream().map(lines::get).toList();
    List<Integer> starts = new ArrayList<>();
    for (int b : CohesionSegmenter.boundaries(text)) {
      starts.add(textLines.get(b));
    }
    return starts;
  }

  /**
   * The title of one article as {@link #split} returns it: its first line when that line looks like
   * a headline (see {@link #isTitleShaped}) and a paragraph follows it, else null. For the
   * extractor, which owns titles.
   */
  public static String headline(String article) {
    List<String> lines = article.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2 || !isTitleShaped(lines.get(0))) {
      return null;
    }
    for (String next : lines.subList(1, lines.size())) {
      if (!isFurniture(next)) {
        return isParagraph(next) ? lines.get(0) : null;
      }
    }
    return null;
  }

  /** Fewest words a paragraph after a headline needs to be its lede. */
  static final int MIN_CANDIDATE_LEDE_WORDS = 8;

  /** Words of text either side of a candidate headline whose vocabularies are compared. */
  static final int ACROSS_WORDS = 100;

  /**
   * Similarity across a candidate headline at or below which it opens an article on that evidence
   * alone ({@link #SHARED_SIMILARITY} with one headline word in its lede). Chosen on dumps of the
   * generated archive and the topics benchmark; see docs/text-dumps.md for the held-out figure.
   */
  static final double ALONE_SIMILARITY = 0.02;

  static final double SHARED_SIMILARITY = 0.2;

  /**
   * True when line {@code i} is a headline that opens a new article: a title-shaped line ({@link
   * #isTitleShaped}) not right after a video duration, followed (after furniture and at most one
   * more short line, a standfirst) by a paragraph of at least {@link #MIN_CANDIDATE_LEDE_WORDS}
   * words; and a change of subject: at least two of its content words occur in the lede and the
   * lines after it but not in the two lines before it, more than it shares with those; or the text
   * before and after it share almost no vocabulary ({@link CohesionSegmenter#across} at most {@link
   * #ALONE_SIMILARITY}); or one of its words opens the new text and the similarity is at most
   * {@link #SHARED_SIMILARITY}. A cross-head shares its words and vocabulary with the text on both
   * sides.
   */
  static boolean startsArticle(List<String> lines, int i) {
    String line = lines.get(i);
    if (!isTitleShaped(line)) {
      return false;
    }
    String previous = lines.get(i - 1);
    if (FurnitureFilter.classify(previous) == FurnitureFilter.Kind.DURATION) {
      return false; // a video title after its duration
    }
    int lede = skipFurniture(lines, i + 1);
    if (lede < lines.size() && isTitleShaped(lines.get(lede))) {
      lede = skipFurniture(lines, lede + 1); // a standfirst or a second headline line
    }
    if (lede >= lines.size()
        || !isParagraph(lines.get(lede))
        || words(lines.get(lede)) < MIN_CANDIDATE_LEDE_WORDS) {
      return false;
    }
    Set<String> head = contentWords(line);
    Set<String> before = shared(head, lines, startOfWords(lines, i, WORDS_BEFORE), i);
    Set<String> after = shared(head, lines, lede, Math.min(lines.size(), lede + WINDOW));
    after.removeAll(before);
    if (after.size() >= 2 && after.size() > before.size()) {
      return true;
    }
    double similarity = CohesionSegmenter.across(lines, i, ACROSS_WORDS);
    return similarity <= ALONE_SIMILARITY || !after.isEmpty() && similarity <= SHARED_SIMILARITY;
  }

  /** A numbered section heading ("2.", "2.1"), which is a cross-head rather than a headline. */
  private static final Pattern SECTION_NUMBER =
      Pattern.compile("\\d+(\\.\\d+)*\\.(\\s|\\d)|\\d+(\\.\\d+)+\\s");

  /** Words of text before a candidate headline that its own words are looked for in. */
  static final int WORDS_BEFORE = 100;

  /** The first line of the about {@code words} words of text that end before line {@code i}. */
  private static int startOfWords(List<String> lines, int i, int words) {
    int j = i;
    int n = 0;
    while (j > 0 && n < words) {
      j--;
      n += words(lines.get(j));
    }
    return j;
  }

  private static int skipFurniture(List<String> lines, int from) {
    int j = from;
    while (j < lines.size() && isFurniture(lines.get(j))) {
      j++;
    }
    return j;
  }

  /**
   * A line shaped like a headline: 2 to {@link #MAX_HEADLINE_WORDS} words, starting with a capital,
   * a digit or a quote mark, without terminal punctuation, not furniture.
   */
  static boolean isTitleShaped(String line) {
    int n = words(line);
    return !SECTION_NUMBER.matcher(line).lookingAt()
        && n >= 2
        && n <= MAX_HEADLINE_WORDS
        && startsLikeTitle(line)
        && !endsSentence(line)
        && !isFurniture(line);
  }

  private static boolean startsLikeTitle(String line) {
    char first = line.charAt(0);
    return Character.isUpperCase(first)
        || Character.isDigit(first)
        || first == '‘'
        || first == '“'
        || first == '\''
        || first == '"';
  }

  /** A line ending in terminal punctuation (possibly inside closing quotes or brackets). */
  static boolean isParagraph(String line) {
    return endsSentence(line);
  }

  /** Lines that are page furniture rather than reporting: durations, captions, video notices. */
  static boolean isFurniture(String line) {
    return DUMP_DURATION.matcher(line).matches()
        || DUMP_CAPTION.matcher(line).matches()
        || line.length() < 120 && DUMP_VIDEO_NOTICE.matcher(line).matches();
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
