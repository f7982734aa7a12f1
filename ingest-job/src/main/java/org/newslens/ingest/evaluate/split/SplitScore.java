package org.newslens.ingest.evaluate.split;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores split predictions against the built dumps' ground truth: boundary precision, recall and F1
 * (a boundary is the first line of every article but the first; a predicted one counts when it is
 * the same line), Pk (Beeferman et al. 1999: the chance that two lines {@code k} apart are wrongly
 * put in the same or in different articles, {@code k} half the dump's mean article length in lines;
 * pooled over all dumps), the share of articles whose text a predicted article has exactly
 * (whitespace folded), the share of headline dumps' articles titled with their headline, and the
 * share of teasers left out of every article. Pure: reads two files, returns figures.
 */
public final class SplitScore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts of one group of dumps. */
  static final class Tally {
    int dumps;
    long truthBoundaries;
    long predictedBoundaries;
    long hits;
    long pkWindows;
    long pkErrors;
    long articles;
    long exact;
    long headlineArticles;
    long headlineTitles;
    long teasers;
    long teasersDropped;

    double precision() {
      return predictedBoundaries == 0 ? 1 : (double) hits / predictedBoundaries;
    }

    double recall() {
      return truthBoundaries == 0 ? 1 : (double) hits / truthBoundaries;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double pk() {
      return pkWindows == 0 ? 0 : (double) pkErrors / pkWindows;
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%-22s %6d %9d %6.3f %6.3f %6.3f %6.3f %7.3f %7s %7s",
          name,
          dumps,
          truthBoundaries,
          precision(),
          recall(),
          f1(),
          pk(),
          articles == 0 ? 0 : (double) exact / articles,
          headlineArticles == 0
              ? "-"
              : String.format(Locale.ROOT, "%.3f", (double) headlineTitles / headlineArticles),
          teasers == 0
              ? "-"
              : String.format(Locale.ROOT, "%.3f", (double) teasersDropped / teasers));
    }
  }

  static final String HEADER =
      String.format(
          Locale.ROOT,
          "%-22s %6s %9s %6s %6s %6s %6s %7s %7s %7s",
          "group",
          "dumps",
          "boundary",
          "P",
          "R",
          "F1",
          "Pk",
          "exact",
          "titles",
          "teaser");

  private SplitScore() {}

  /** Figures by group: {@code all}, {@code set=...}, {@code headlines=...}, ... in print order. */
  public static Map<String, Tally> score(Path groundTruth, Path predictions) throws IOException {
    Map<String, JsonNode> predicted = new HashMap<>();
    for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode p = JSON.readTree(line);
        predicted.put(p.get("file").asText(), p);
      }
    }
    Map<String, Tally> groups = new LinkedHashMap<>();
    groups.put("all", new Tally());
    for (String line : Files.readAllLines(groundTruth, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode t = JSON.readTree(line);
      JsonNode p = predicted.get(t.get("file").asText());
      List<String> keys =
          List.of(
              "all",
              "set=" + t.get("set").asText(),
              "headlines=" + yesNo(t.get("headlines").asBoolean()),
              "set="
                  + t.get("set").asText()
                  + " headlines="
                  + yesNo(t.get("headlines").asBoolean()),
              "furniture=" + yesNo(t.get("furniture").asBoolean()),
              "teaser=" + yesNo(t.get("teaser").asBoolean()));
      for (String key : keys) {
        add(groups.computeIfAbsent(key, k -> new Tally()), t, p);
      }
    }
    Map<String, Tally> ordered = new LinkedHashMap<>();
    for (String key : new TreeSet<>(groups.keySet())) {
      if (!key.equals("all")) {
        ordered.put(key, groups.get(key));
      }
    }
    Map<String, Tally> out = new LinkedHashMap<>();
    out.put("all", groups.get("all"));
    out.putAll(ordered);
    return out;
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  private static void add(Tally tally, JsonNode truth, JsonNode prediction) {
    tally.dumps++;
    List<Integer> truthStarts = starts(truth.get("articles"));
    List<Integer> predictedStarts =
        prediction == null ? List.of() : starts(prediction.get("articles"));
    Set<Integer> t =
        new HashSet<>(truthStarts.subList(Math.min(1, truthStarts.size()), truthStarts.size()));
    Set<Integer> p =
        new HashSet<>(
            predictedStarts.subList(Math.min(1, predictedStarts.size()), predictedStarts.size()));
    tally.truthBoundaries += t.size();
    tally.predictedBoundaries += p.size();
    for (int b : p) {
      if (t.contains(b)) {
        tally.hits++;
      }
    }
    int lines = truth.get("lines").asInt();
    int k = Math.max(1, (int) Math.round(lines / (2.0 * Math.max(1, truthStarts.size()))));
    for (int i = 1; i + k <= lines; i++) {
      boolean sameTruth = segment(truthStarts, i) == segment(truthStarts, i + k);
      boolean samePredicted = segment(predictedStarts, i) == segment(predictedStarts, i + k);
      tally.pkWindows++;
      if (sameTruth != samePredicted) {
        tally.pkErrors++;
      }
    }
    Map<String, JsonNode> byText = new HashMap<>();
    if (prediction != null) {
      for (JsonNode a : prediction.get("articles")) {
        byText.putIfAbsent(fold(a.path("text").asText("")), a);
      }
    }
    boolean headlines = truth.get("headlines").asBoolean();
    for (JsonNode a : truth.get("articles")) {
      tally.articles++;
      JsonNode match = byText.get(fold(a.get("text").asText()));
      if (match != null) {
        tally.exact++;
      }
      if (headlines) {
        tally.headlineArticles++;
        if (match != null && a.get("title").asText().equals(match.path("title").asText(null))) {
          tally.headlineTitles++;
        }
      }
    }
    if (truth.hasNonNull("teaser_line")) {
      tally.teasers++;
      int teaserLine = truth.get("teaser_line").asInt();
      boolean kept = false;
      if (prediction != null) {
        for (JsonNode a : prediction.get("articles")) {
          kept |=
              a.get("first_line").asInt() <= teaserLine && teaserLine <= a.get("last_line").asInt();
        }
      }
      if (!kept) {
        tally.teasersDropped++;
      }
    }
  }

  private static List<Integer> starts(JsonNode articles) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode a : articles) {
      out.add(a.get("first_line").asInt());
    }
    out.sort(null);
    return out;
  }

  /**
   * Index of the article that line {@code line} falls in: the last one starting at or before it.
   */
  private static int segment(List<Integer> starts, int line) {
    int s = 0;
    for (int i = 0; i < starts.size(); i++) {
      if (starts.get(i) <= line) {
        s = i;
      }
    }
    return s;
  }

  static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The table {@code evaluate split} prints. */
  public static String report(Map<String, Tally> groups) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    groups.forEach((name, t) -> out.append(t.line(name)).append('\n'));
    return out.toString();
  }
}
