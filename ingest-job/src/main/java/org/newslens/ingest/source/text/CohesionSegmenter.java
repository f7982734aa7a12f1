package org.newslens.ingest.source.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Finds where one article ends and the next begins in a run of paragraphs that has no headline
 * lines, from the evidence a reader uses: the change of vocabulary (lexical cohesion, after
 * Hearst's TextTiling) at three ranges, how sharply it dips against the neighbouring gaps, a line
 * that opens like a report ({@link #ledeLike}), and people and places not named before ({@link
 * #newNames}).
 *
 * <p>First the deep valleys of similarity ({@link #valleys}), each moved up to {@link
 * #REFINE_LINES} lines onto a clearly better-scored gap. Every gap gets a score, a weighted sum of
 * these features ({@link #WEIGHTS}); then gaps are added best first while their score is at least
 * {@link #THRESHOLD}, each leaving at least {@link #MIN_WORDS} words to the text's ends and to
 * every boundary already taken. The weights are a logistic regression fitted on built dumps of the
 * generated archive and the topics benchmark without headline lines; the threshold and margin were
 * chosen on the same dumps and the user's sample; docs/text-dumps.md gives the figure on the
 * held-out extraction bodies.
 */
public final class CohesionSegmenter {
  static final int MIN_WORDS = 80;

  /** Words either side of a gap compared at long, middle and short range. */
  static final int[] RANGES = {150, 60, 25};

  /**
   * Weights of: similarity at the three {@link #RANGES}, {@link #ledeLike}, {@link #newNames}, the
   * depth of the similarity dip at each range ({@link #depth}), and a constant.
   */
  static final double[] WEIGHTS = {
    -6.702, -0.161, -11.424, 1.461, 2.194, 4.032, 1.917, -0.914, -3.844
  };

  /** Least score of a boundary taken on the score alone (beside the {@link #valleys}). */
  static final double THRESHOLD = 0.5;

  /**
   * Lines either side of a valley that its boundary may move by, to a gap scored at least {@link
   * #REFINE_MARGIN} higher: onto the line where the new subject's first sentence stands.
   */
  static final int REFINE_LINES = 4;

  static final double REFINE_MARGIN = 1.0;

  /** Words before a gap that {@link #newNames} looks back over. */
  static final int NAME_WORDS = 200;

  private CohesionSegmenter() {}

  /**
   * The indices of the lines that start a new article (ascending, never 0), for lines that are all
   * article text (no furniture, no blank lines).
   */
  static List<Integer> boundaries(List<String> lines) {
    int n = lines.size();
    if (n < 3) {
      return List.of();
    }
    int[] cumulativeWords = new int[n + 1];
    for (int i = 0; i < n; i++) {
      cumulativeWords[i + 1] = cumulativeWords[i] + TextDumpSplitter.words(lines.get(i));
    }
    if (cumulativeWords[n] < 2 * MIN_WORDS) {
      return List.of();
    }
    double[] score = scores(lines);
    List<Integer> chosen = new ArrayList<>();
    for (int v : valleys(lines)) {
      int best = v;
      for (int g = Math.max(1, v - REFINE_LINES); g <= Math.min(n - 1, v + REFINE_LINES); g++) {
        if (score[g] >= score[best] + (best == v ? REFINE_MARGIN : 0)
            && farFromAll(g, chosen, cumulativeWords, MIN_WORDS)) {
          best = g;
        }
      }
      chosen.add(best);
    }
    List<Integer> order = new ArrayList<>();
    for (int g = 1; g < n; g++) {
      order.add(g);
    }
    order.sort(Comparator.comparingDouble(g -> -score[g])); // stable: earlier gap first
    for (int g : order) {
      if (score[g] < THRESHOLD) {
        break;
      }
      if (farFromAll(g, chosen, cumulativeWords, MIN_WORDS)) {
        chosen.add(g);
      }
    }
    chosen.sort(null);
    return chosen;
  }

  /** Words per side of a gap in {@link #valleys}. */
  static final int WINDOW_WORDS = 150;

  /** Most similarity across a valley boundary. */
  static final double MAX_SIMILARITY = 0.08;

  /** How many standard deviations above the mean depth a valley must be. */
  static final double DEPTH_SDS = 1.0;

  /** Fewest words an article between valley boundaries holds. */
  static final int VALLEY_MIN_WORDS = 120;

  /**
   * Deep valleys of similarity (Hearst's TextTiling): gaps whose depth (how far the similarity of
   * about {@link #WINDOW_WORDS} words each side falls from the nearest peaks on both sides) is at
   * least {@link #DEPTH_SDS} standard deviations above the mean depth of the text, with a
   * similarity of at most {@link #MAX_SIMILARITY}, each article keeping {@link #VALLEY_MIN_WORDS}
   * words; deepest first. These adapt to the text's own range of similarity, so they hold for long
   * articles of rich vocabulary, where the fitted score of {@link #scores} is uncalibrated.
   */
  static List<Integer> valleys(List<String> lines) {
    int n = lines.size();
    if (n < 3) {
      return List.of();
    }
    List<Map<String, Integer>> terms = new ArrayList<>(n);
    int[] cumulativeWords = new int[n + 1];
    for (int i = 0; i < n; i++) {
      terms.add(termCounts(lines.get(i)));
      cumulativeWords[i + 1] = cumulativeWords[i] + TextDumpSplitter.words(lines.get(i));
    }
    if (cumulativeWords[n] < 2 * VALLEY_MIN_WORDS) {
      return List.of();
    }
    double[] similarity = new double[n - 1]; // similarity[g - 1]: across the gap before line g
    for (int g = 1; g < n; g++) {
      similarity[g - 1] =
          cosine(window(terms, cumulativeWords, g, -1), window(terms, cumulativeWords, g, 1));
    }
    double[] depth = depths(similarity);
    double mean = 0;
    for (double d : depth) {
      mean += d;
    }
    mean /= depth.length;
    double variance = 0;
    for (double d : depth) {
      variance += (d - mean) * (d - mean);
    }
    double threshold = mean + DEPTH_SDS * Math.sqrt(variance / depth.length);
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < depth.length; g++) {
      order.add(g);
    }
    order.sort(
        Comparator.comparingDouble(g -> -depth[g])); // stable: the earlier gap first among equals
    List<Integer> chosen = new ArrayList<>();
    for (int g : order) {
      if (depth[g] < threshold) {
        break;
      }
      int line = g + 1;
      if (similarity[g] <= MAX_SIMILARITY
          && farFromAll(line, chosen, cumulativeWords, VALLEY_MIN_WORDS)) {
        chosen.add(line);
      }
    }
    chosen.sort(null);
    return chosen;
  }

  /**
   * Term counts of the lines before gap {@code g} ({@code direction} -1) or from it (+1), about
   * WINDOW_WORDS.
   */
  private static Map<String, Integer> window(
      List<Map<String, Integer>> terms, int[] cumulativeWords, int g, int direction) {
    Map<String, Integer> sum = new HashMap<>();
    int words = 0;
    for (int j = direction < 0 ? g - 1 : g;
        j >= 0 && j < terms.size() && words < WINDOW_WORDS;
        j += direction) {
      terms.get(j).forEach((t, c) -> sum.merge(t, c, Integer::sum));
      words += cumulativeWords[j + 1] - cumulativeWords[j];
    }
    return sum;
  }

  /**
   * Valley depth of every point: the rise to the nearest peak on the left plus the rise to the one
   * on the right.
   */
  static double[] depths(double[] s) {
    double[] depth = new double[s.length];
    for (int g = 0; g < s.length; g++) {
      int l = g;
      while (l > 0 && s[l - 1] >= s[l]) {
        l--;
      }
      int r = g;
      while (r < s.length - 1 && s[r + 1] >= s[r]) {
        r++;
      }
      depth[g] = s[l] - s[g] + s[r] - s[g];
    }
    return depth;
  }

  /** The score of every gap {@code g} (before line g, 1 to n-1; index 0 unused). */
  static double[] scores(List<String> lines) {
    int n = lines.size();
    double[][] similarity = new double[RANGES.length][n];
    for (int r = 0; r < RANGES.length; r++) {
      for (int g = 1; g < n; g++) {
        similarity[r][g] = across(lines, g, RANGES[r]);
      }
    }
    double[] score = new double[n];
    for (int g = 1; g < n; g++) {
      double s = WEIGHTS[WEIGHTS.length - 1];
      for (int r = 0; r < RANGES.length; r++) {
        s += WEIGHTS[r] * similarity[r][g];
        s += WEIGHTS[RANGES.length + 2 + r] * depth(similarity[r], g);
      }
      s += WEIGHTS[RANGES.length] * ledeLike(lines.get(g));
      s += WEIGHTS[RANGES.length + 1] * newNames(lines, g, NAME_WORDS);
      score[g] = s;
    }
    return score;
  }

  /**
   * How far the similarity at gap {@code g} dips (gaps 1 to n-1): the rise to the highest of the
   * two gaps on its left plus the rise to the highest of the two on its right; a side with no gap
   * counts as no rise.
   */
  static double depth(double[] s, int g) {
    double left = Double.NEGATIVE_INFINITY;
    double right = Double.NEGATIVE_INFINITY;
    for (int d = 1; d <= 2; d++) {
      if (g - d >= 1) {
        left = Math.max(left, s[g - d]);
      }
      if (g + d < s.length) {
        right = Math.max(right, s[g + d]);
      }
    }
    return (left == Double.NEGATIVE_INFINITY ? 0 : left - s[g])
        + (right == Double.NEGATIVE_INFINITY ? 0 : right - s[g]);
  }

  /** Reporting verbs that attribute a lede's news. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "\\b(has|have|had) (said|announced|confirmed|warned|revealed|told|claimed)\\b|\\b(said|says|"
              + "announced|confirmed|reported|warned|revealed)\\b");

  /** A dateline: a place in capitals, or a place and a dash, opening the line. */
  private static final Pattern DATELINE =
      Pattern.compile("^(\\p{Lu}{3,}[\\p{Lu} .,]*|\\p{Lu}\\p{L}+(,? \\p{Lu}\\p{L}+)*) ?[—–-] ");

  /**
   * How much a line opens like a news report, 0 to 1: a full sentence of 15 words or more (0.25),
   * naming someone or somewhere inside it (0.25), attributing its news ("has said", "announced") or
   * opening on a dateline (0.5).
   */
  static double ledeLike(String line) {
    int words = TextDumpSplitter.words(line);
    if (words < TextDumpSplitter.MIN_LEDE_WORDS || !TextDumpSplitter.isParagraph(line)) {
      return 0;
    }
    double score = names(line).isEmpty() ? 0.25 : 0.5;
    String first = firstSentence(line);
    if (ATTRIBUTION.matcher(first).find() || DATELINE.matcher(line).lookingAt()) {
      score += 0.5;
    }
    return score;
  }

  /** The line up to the end of its first sentence. */
  public static String firstSentence(String line) {
    var m = Pattern.compile("[.!?][\"”’)]?(\\s|$)").matcher(line);
    int from = 0;
    while (m.find()) {
      int end = m.start();
      // an initial or an abbreviation ("Mr.", "U.S.") does not end a sentence
      int wordStart = end;
      while (wordStart > 0 && Character.isLetter(line.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (end - wordStart > 2 || end - wordStart == 0) {
        return line.substring(0, m.end()).strip();
      }
      from = m.end();
    }
    return from == 0 ? line : line;
  }

  /**
   * True when {@code line} leaves at least {@link #MIN_WORDS} words to the text's ends and to every
   * boundary.
   */
  private static boolean farFromAll(
      int line, List<Integer> chosen, int[] cumulativeWords, int minWords) {
    int n = cumulativeWords.length - 1;
    if (cumulativeWords[line] < minWords || cumulativeWords[n] - cumulativeWords[line] < minWords) {
      return false;
    }
    for (int c : chosen) {
      if (Math.abs(cumulativeWords[line] - cumulativeWords[c]) < minWords) {
        return false;
      }
    }
    return true;
  }

  /**
   * Similarity of the about {@code words} words of text before line {@code g} and from it on,
   * furniture lines ({@link TextDumpSplitter#isFurniture}) skipped.
   */
  static double across(List<String> lines, int g, int words) {
    Map<String, Integer> before = new HashMap<>();
    Map<String, Integer> after = new HashMap<>();
    int n = 0;
    for (int j = g - 1; j >= 0 && n < words; j--) {
      if (!TextDumpSplitter.isFurniture(lines.get(j))) {
        termCounts(lines.get(j)).forEach((t, c) -> before.merge(t, c, Integer::sum));
        n += TextDumpSplitter.words(lines.get(j));
      }
    }
    n = 0;
    for (int j = g; j < lines.size() && n < words; j++) {
      if (!TextDumpSplitter.isFurniture(lines.get(j))) {
        termCounts(lines.get(j)).forEach((t, c) -> after.merge(t, c, Integer::sum));
        n += TextDumpSplitter.words(lines.get(j));
      }
    }
    return cosine(before, after);
  }

  /**
   * Share of the names (capitalised words inside a sentence, and capitalised sentence openers that
   * are no common word) in lines {@code g} and {@code g + 1} that the about {@code words} words
   * before line {@code g} do not hold; 0 when they name no one.
   */
  static double newNames(List<String> lines, int g, int words) {
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (int j = g - 1; j >= 0 && n < words; j--) {
      seen.addAll(termCounts(lines.get(j)).keySet());
      n += TextDumpSplitter.words(lines.get(j));
    }
    int names = 0;
    int fresh = 0;
    for (int j = g; j < Math.min(lines.size(), g + 2); j++) {
      for (String name : names(lines.get(j))) {
        names++;
        if (!seen.contains(name)) {
          fresh++;
        }
      }
    }
    return names == 0 ? 0 : (double) fresh / names;
  }

  /** Capitalised words inside sentences, normalised as {@link #termCounts} counts them. */
  static List<String> names(String line) {
    List<String> out = new ArrayList<>();
    forEachToken(
        line,
        (token, sentenceStart) -> {
          if (isName(token, sentenceStart)) {
            String w = TextDumpSplitter.normalise(token);
            if (w != null) {
              out.add(TextDumpSplitter.fold(w));
            }
          }
        });
    return out;
  }

  /**
   * Calls {@code visit} with each token of {@code line} and whether it opens a sentence; the
   * sentence ends themselves are not passed on.
   */
  private static void forEachToken(String line, BiConsumer<String, Boolean> visit) {
    boolean sentenceStart = true;
    var m = TextDumpSplitter.TOKEN.matcher(line);
    while (m.find()) {
      String token = m.group();
      if (token.length() == 1 && ".!?".indexOf(token.charAt(0)) >= 0) {
        sentenceStart = true;
        continue;
      }
      visit.accept(token, sentenceStart);
      sentenceStart = false;
    }
  }

  /** A capitalised word inside a sentence: likely a name. */
  private static boolean isName(String token, boolean sentenceStart) {
    return !sentenceStart && Character.isUpperCase(token.charAt(0));
  }

  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        dot += (double) e.getValue() * other;
      }
    }
    double norm = Math.sqrt(squares(a) * squares(b));
    return norm == 0 ? 0 : dot / norm;
  }

  private static double squares(Map<String, Integer> m) {
    double s = 0;
    for (int v : m.values()) {
      s += (double) v * v;
    }
    return s;
  }

  /**
   * {@link TextDumpSplitter#contentWords} with counts, plus one more for each capitalised word
   * inside a sentence.
   */
  static Map<String, Integer> termCounts(String line) {
    Map<String, Integer> counts = new HashMap<>();
    forEachToken(
        line,
        (token, sentenceStart) -> {
          String word = TextDumpSplitter.normalise(token);
          if (word != null) {
            counts.merge(TextDumpSplitter.fold(word), 1, Integer::sum);
            if (isName(token, sentenceStart)) {
              counts.merge(word, 1, Integer::sum);
            }
          }
        });
    return counts;
  }
}
