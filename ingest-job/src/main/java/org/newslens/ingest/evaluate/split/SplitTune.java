package org.newslens.ingest.evaluate.split;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newslens.ingest.extract.ArticleSegmenter;
import org.newslens.ingest.extract.TextDumpSplitter;
import org.newslens.ingest.extract.TextSplit;

/**
 * Chooses {@link ArticleSegmenter}'s weights on built dumps, and says how well the choice holds on
 * a source set it was not chosen on: for every candidate on a small grid, boundary F1 and Pk of
 * {@code auto} per source set (boundaries only, from the splitter itself); then, for each source
 * set, the candidate best on the other sets and its figure on the set held out. Reads only the
 * dumps and the ground truth's line ranges; writes nothing.
 */
final class SplitTune {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SplitTune() {}

  /** Boundary counts and Pk windows of one candidate on one source set. */
  static final class Counts {
    long truth;
    long predicted;
    long hits;
    long windows;
    long errors;

    double f1() {
      double p = predicted == 0 ? 1 : (double) hits / predicted;
      double r = truth == 0 ? 1 : (double) hits / truth;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double pk() {
      return windows == 0 ? 0 : (double) errors / windows;
    }

    void add(Counts o) {
      truth += o.truth;
      predicted += o.predicted;
      hits += o.hits;
      windows += o.windows;
      errors += o.errors;
    }
  }

  /** The candidates: the default and its neighbours on the three weights that matter most. */
  static List<ArticleSegmenter.Weights> grid() {
    ArticleSegmenter.Weights d = ArticleSegmenter.DEFAULT;
    List<ArticleSegmenter.Weights> out = new ArrayList<>();
    for (double alpha : new double[] {0, 0.5}) {
      for (double perLogWord : new double[] {2, 6}) {
        for (double headline : new double[] {8, 16}) {
          out.add(
              new ArticleSegmenter.Weights(
                  d.boundary(),
                  perLogWord,
                  headline,
                  d.afterTitle(),
                  d.continuation(),
                  d.lede(),
                  d.minWords(),
                  alpha));
        }
      }
    }
    return out;
  }

  /** Runs the grid and prints the per-set table and the held-out choices. */
  static void run(Path groundTruth) throws IOException {
    Path base = groundTruth.toAbsolutePath().getParent();
    List<ArticleSegmenter.Weights> grid = grid();
    List<Map<String, Counts>> bySet = new ArrayList<>();
    for (int c = 0; c < grid.size(); c++) {
      bySet.add(new LinkedHashMap<>());
    }
    Set<String> sets = new TreeSet<>();
    for (String line : Files.readAllLines(groundTruth, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode t = JSON.readTree(line);
      String set = t.get("set").asText();
      sets.add(set);
      String content = Files.readString(base.resolve(t.get("file").asText()));
      List<Integer> truth = new ArrayList<>();
      for (JsonNode a : t.get("articles")) {
        truth.add(a.get("first_line").asInt());
      }
      int lines = t.get("lines").asInt();
      for (int c = 0; c < grid.size(); c++) {
        List<Integer> predicted = new ArrayList<>();
        for (TextDumpSplitter.Segment s :
            TextDumpSplitter.segments(content, TextSplit.AUTO, grid.get(c))) {
          predicted.add(s.firstLine());
        }
        bySet.get(c).computeIfAbsent(set, k -> new Counts()).add(count(truth, predicted, lines));
      }
    }
    System.out.println("candidate (alpha perLogWord headline lede): F1 / Pk by source set");
    for (int c = 0; c < grid.size(); c++) {
      StringBuilder row = new StringBuilder(name(grid.get(c)));
      Counts all = new Counts();
      for (String set : sets) {
        Counts k = bySet.get(c).get(set);
        all.add(k);
        row.append(String.format(Locale.ROOT, "  %s %.3f / %.3f", set, k.f1(), k.pk()));
      }
      row.append(String.format(Locale.ROOT, "  all %.3f / %.3f", all.f1(), all.pk()));
      System.out.println(row);
    }
    System.out.println(
        "held out: the candidate best (mean F1) on the other sets, scored on the set");
    for (String held : sets) {
      int best = -1;
      double bestScore = -1;
      for (int c = 0; c < grid.size(); c++) {
        double sum = 0;
        int n = 0;
        for (String set : sets) {
          if (!set.equals(held)) {
            sum += bySet.get(c).get(set).f1();
            n++;
          }
        }
        if (n > 0 && sum / n > bestScore) {
          bestScore = sum / n;
          best = c;
        }
      }
      Counts k = bySet.get(best).get(held);
      System.out.printf(
          Locale.ROOT,
          "  %s held out: %s  F1 %.3f  Pk %.3f%n",
          held,
          name(grid.get(best)),
          k.f1(),
          k.pk());
    }
  }

  private static String name(ArticleSegmenter.Weights w) {
    return String.format(
        Locale.ROOT, "(%.2f %.0f %.0f %.0f)", w.alpha(), w.perLogWord(), w.headline(), w.lede());
  }

  /** Boundary hits and Pk windows of one dump, as {@link SplitScore} counts them. */
  static Counts count(List<Integer> truthStarts, List<Integer> predictedStarts, int lines) {
    Counts c = new Counts();
    Set<Integer> t = new HashSet<>(truthStarts.subList(1, truthStarts.size()));
    Set<Integer> p =
        new HashSet<>(
            predictedStarts.subList(Math.min(1, predictedStarts.size()), predictedStarts.size()));
    c.truth = t.size();
    c.predicted = p.size();
    for (int b : p) {
      if (t.contains(b)) {
        c.hits++;
      }
    }
    int k = Math.max(1, (int) Math.round(lines / (2.0 * Math.max(1, truthStarts.size()))));
    for (int i = 1; i + k <= lines; i++) {
      boolean sameTruth =
          SplitScore.segment(truthStarts, i) == SplitScore.segment(truthStarts, i + k);
      boolean samePredicted =
          SplitScore.segment(predictedStarts, i) == SplitScore.segment(predictedStarts, i + k);
      c.windows++;
      if (sameTruth != samePredicted) {
        c.errors++;
      }
    }
    return c;
  }
}
