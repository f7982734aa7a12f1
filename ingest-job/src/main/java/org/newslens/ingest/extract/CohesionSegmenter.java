package org.newslens.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where one article ends and the next begins in a run of paragraphs that has no headline
 * lines, from the change of vocabulary (lexical cohesion, after Hearst's TextTiling).
 *
 * <p>At every gap between two lines, the content words of about {@link #WINDOW_WORDS} words before
 * it and after it are compared (cosine of term counts; names written with a capital inside a
 * sentence count twice, since people and places carry a story). A gap is a boundary when it is a
 * deep valley of that similarity: its depth (how far the similarity falls from the nearest peaks on
 * both sides) is at least one standard deviation above the mean depth of the text, the similarity
 * across it is at most {@link #MAX_SIMILARITY}, and every article keeps at least {@link #MIN_WORDS}
 * words. Deepest valleys are taken first. When in doubt it does not split.
 */
final class CohesionSegmenter {
  static final int WINDOW_WORDS = 150;
  static final double MAX_SIMILARITY = 0.08;
  static final double DEPTH_SDS = 1.0;
  static final int MIN_WORDS = 120;

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
    List<Map<String, Integer>> terms = new ArrayList<>(n);
    int[] cumulativeWords = new int[n + 1];
    for (int i = 0; i < n; i++) {
      terms.add(termCounts(lines.get(i)));
      cumulativeWords[i + 1] = cumulativeWords[i] + TextDumpSplitter.words(lines.get(i));
    }
    if (cumulativeWords[n] < 2 * MIN_WORDS) {
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
      if (similarity[g] <= MAX_SIMILARITY && farFromAll(line, chosen, cumulativeWords)) {
        chosen.add(line);
      }
    }
    chosen.sort(null);
    return chosen;
  }

  /**
   * True when {@code line} leaves at least {@link #MIN_WORDS} words to the text's ends and to every
   * boundary.
   */
  private static boolean farFromAll(int line, List<Integer> chosen, int[] cumulativeWords) {
    int n = cumulativeWords.length - 1;
    if (cumulativeWords[line] < MIN_WORDS
        || cumulativeWords[n] - cumulativeWords[line] < MIN_WORDS) {
      return false;
    }
    for (int c : chosen) {
      if (Math.abs(cumulativeWords[line] - cumulativeWords[c]) < MIN_WORDS) {
        return false;
      }
    }
    return true;
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
    boolean sentenceStart = true;
    var m = TextDumpSplitter.TOKEN.matcher(line);
    while (m.find()) {
      String token = m.group();
      if (token.length() == 1 && ".!?".indexOf(token.charAt(0)) >= 0) {
        sentenceStart = true;
        continue;
      }
      String word = TextDumpSplitter.normalise(token);
      if (word != null) {
        counts.merge(TextDumpSplitter.fold(word), 1, Integer::sum);
        if (!sentenceStart && Character.isUpperCase(token.charAt(0))) {
          counts.merge(word, 1, Integer::sum);
        }
      }
      sentenceStart = false;
    }
    return counts;
  }
}
