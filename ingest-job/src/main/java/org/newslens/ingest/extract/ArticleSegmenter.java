package org.newslens.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses where a run of text lines (furniture set aside) divides into articles: the division that
 * best explains the words, each article drawing its words from a vocabulary of its own (a segment
 * likelihood model in the manner of Utiyama and Isahara, 2001, "A statistical model for
 * domain-independent text segmentation"), with a cost for every article and the evidence a reader
 * takes from the lines around each gap ({@link #evidence}). Solved exactly by dynamic programming
 * over the gaps.
 *
 * <p>With {@code alpha} 0 (the default) an article of {@code m} words, {@code f(w)} of them the
 * word {@code w}, costs {@code m log(m + V) - sum f(w) log(f(w) + 1)} nats (Utiyama and Isahara's
 * add-one estimate, {@code V} the text's vocabulary). With {@code alpha} above 0 each article codes
 * its words one by one, each with the probability {@code (f + alpha) / (m + V alpha)} it has from
 * the article's words before it ({@code f} earlier uses of the word among {@code m} words, {@code
 * V} the text's vocabulary): the Dirichlet-multinomial code of the words. An article that starts
 * afresh must learn its vocabulary again, so a run of one subject, however many sections it has,
 * codes shorter as one article, and a run of two subjects as two. Each boundary adds {@link
 * Weights#boundary} plus {@link Weights#perLogWord} times the log of the text's word count, less
 * the gap's evidence.
 */
public final class ArticleSegmenter {
  /**
   * The costs and the weights of the evidence, in nats, the fewest words of an article and the word
   * code's {@code alpha}. Chosen on built dumps by {@code evaluate split-tune}; see
   * docs/text-dumps.md for how, and for the figure on each source set held out.
   */
  public record Weights(
      double boundary,
      double perLogWord,
      double headline,
      double afterTitle,
      double continuation,
      double lede,
      int minWords,
      double alpha) {}

  public static final Weights DEFAULT = new Weights(0, 6, 8, 10, 4, 2, 40, 0);

  private ArticleSegmenter() {}

  /**
   * The indices of the lines that start a new article (ascending, never 0), for lines that are all
   * article text (no furniture, no blank lines). {@code headline[i]} says line {@code i} is a
   * headline line that opens a new subject ({@link TextDumpSplitter#startsArticle}).
   */
  static List<Integer> boundaries(List<String> lines, boolean[] headline, Weights weights) {
    int n = lines.size();
    if (n < 2) {
      return List.of();
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    int[][] tokens = new int[n][];
    int[] words = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      tokens[i] = tokenIds(lines.get(i), vocabulary);
      words[i] = TextDumpSplitter.words(lines.get(i));
      total += tokens[i].length;
    }
    int v = Math.max(1, vocabulary.size());
    boolean sequential = weights.alpha() > 0;
    double[] log = new double[total + v + 2];
    for (int k = 1; k < log.length; k++) {
      log[k] = Math.log(k);
    }
    double[] logPrior = new double[sequential ? total + 1 : 0];
    double[] logTotal = new double[sequential ? total + 1 : 0];
    for (int k = 0; sequential && k <= total; k++) {
      logPrior[k] = Math.log(k + weights.alpha());
      logTotal[k] = Math.log(k + v * weights.alpha());
    }
    double perBoundary = weights.boundary() + weights.perLogWord() * Math.log(Math.max(2, total));
    double[] gap = new double[n];
    for (int g = 1; g < n; g++) {
      gap[g] = perBoundary - evidence(lines, headline, g, weights);
    }
    double[] best = new double[n + 1];
    int[] back = new int[n + 1];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[0] = 0;
    int[] counts = new int[v];
    int[] touched = new int[total + 1];
    for (int i = 0; i < n; i++) {
      if (best[i] == Double.POSITIVE_INFINITY) {
        continue;
      }
      double start = best[i] + (i > 0 ? gap[i] : 0);
      int touchedCount = 0;
      double likelihood = 0; // log-probability of the segment's words so far
      int m = 0;
      int segmentWords = 0;
      for (int j = i; j < n; j++) {
        for (int id : tokens[j]) {
          int f = counts[id];
          if (f == 0) {
            touched[touchedCount++] = id;
          }
          if (sequential) {
            likelihood += logPrior[f] - logTotal[m];
          } else {
            likelihood += (f + 1) * log[f + 2] - f * log[f + 1];
          }
          counts[id] = f + 1;
          m++;
        }
        segmentWords += words[j];
        boolean whole = i == 0 && j == n - 1;
        if (segmentWords < weights.minWords() && !whole) {
          continue;
        }
        double cost = start + (sequential ? -likelihood : m * log[m + v] - likelihood);
        if (cost < best[j + 1]) {
          best[j + 1] = cost;
          back[j + 1] = i;
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        counts[touched[t]] = 0;
      }
    }
    List<Integer> starts = new ArrayList<>();
    int j = n;
    if (best[n] == Double.POSITIVE_INFINITY) {
      return List.of();
    }
    while (j > 0) {
      int i = back[j];
      if (i > 0) {
        starts.add(i);
      }
      j = i;
    }
    starts.sort(null);
    return starts;
  }

  /** Words that open a line continuing the text before it rather than a new article. */
  private static final Set<String> CONTINUATION =
      Set.of(
          "he",
          "she",
          "it",
          "they",
          "we",
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
          "meanwhile",
          "however",
          "also",
          "still",
          "instead",
          "otherwise",
          "besides",
          "moreover",
          "furthermore",
          "thus",
          "hence",
          "therefore",
          "such");

  private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

  /**
   * The evidence, in nats, that an article starts at line {@code g}: a headline line that opens a
   * new subject (for), a line right after a title-shaped line (against: a headline and its lede, or
   * a cross-head and its section, belong together), a line that opens on a pronoun or conjunction
   * or follows a line ending in a colon (against), and a line that opens like a report ({@link
   * CohesionSegmenter#ledeLike}, for).
   */
  static double evidence(List<String> lines, boolean[] headline, int g, Weights weights) {
    String line = lines.get(g);
    String previous = lines.get(g - 1);
    double e = 0;
    if (headline[g]) {
      e += weights.headline();
    }
    if (TextDumpSplitter.isTitleShaped(previous)) {
      e -= weights.afterTitle();
    }
    var m = FIRST_WORD.matcher(line);
    if (m.find() && m.start() < 3 && CONTINUATION.contains(m.group().toLowerCase(Locale.ROOT))) {
      e -= weights.continuation();
    }
    if (previous.endsWith(":")) {
      e -= weights.continuation();
    }
    e += weights.lede() * CohesionSegmenter.ledeLike(line);
    return e;
  }

  /** The content words of a line (as {@link TextDumpSplitter#contentWords} takes them), as ids. */
  private static int[] tokenIds(String line, Map<String, Integer> vocabulary) {
    List<Integer> ids = new ArrayList<>();
    var m = FIRST_WORD.matcher(line);
    while (m.find()) {
      String w = TextDumpSplitter.normalise(m.group());
      if (w != null) {
        ids.add(vocabulary.computeIfAbsent(TextDumpSplitter.fold(w), k -> vocabulary.size()));
      }
    }
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
    }
    return out;
  }
}
