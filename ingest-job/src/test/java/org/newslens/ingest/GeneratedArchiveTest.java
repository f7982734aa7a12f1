package org.newslens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.testing.LocalSpark;
import org.newslens.ingest.source.InputFiles;
import org.newslens.sample.GenerateOptions;
import org.newslens.sample.Generator;

/**
 * Ingests an archive written by the sample generator and checks that its ground truth comes back:
 * every article found, outlet, title and date exact where the format carries them, bodies by the
 * extraction benchmark's metric, every planted bad record rejected with its reason, and the
 * manifest's counts equal to the planted ones.
 */
class GeneratedArchiveTest {
  private static final SparkSession SPARK = LocalSpark.spark();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static List<JsonNode> truth;
  private static JsonNode planted;
  private static RunManifest manifest;
  private static List<Row> articles;
  private static List<Row> rejects;

  @BeforeAll
  static void generateAndIngest() throws Exception {
    Path archive = dir.resolve("archive");
    new Generator(new GenerateOptions(archive, 200, 5, 60, 3, LocalDate.of(2025, 3, 3), false))
        .run();
    truth = new ArrayList<>();
    for (String line : Files.readAllLines(archive.resolve("ground_truth.jsonl"))) {
      truth.add(JSON.readTree(line));
    }
    planted = JSON.readTree(archive.resolve("planted.json").toFile());
    String out = dir.resolve("out").toString();
    IngestOptions opts =
        IngestOptions.parse(
            new String[] {"--input", archive.resolve("input").toString(), "--output", out});
    IngestPipeline.run(
        SPARK,
        opts,
        InputFiles.list(opts.inputs(), null, SPARK.sparkContext().hadoopConfiguration()));
    manifest = RunManifest.read(out, SPARK.sparkContext().hadoopConfiguration());
    articles = SPARK.read().parquet(out + "/articles").collectAsList();
    rejects =
        SPARK.read().parquet(out + "/rejects").orderBy(col(RejectSchema.REASON)).collectAsList();
  }

  @Test
  void theManifestCountsReconcileAndEveryPlantedDuplicateIsCounted() {
    long recordsIn = count("records_in");
    assertEquals(recordsIn, count("articles") + count("duplicates") + count("rejects"));
    assertEquals(
        planted.get("expected_ingest_counts").get("duplicates").asLong(), count("duplicates"));
    assertEquals(count("articles"), articles.size());
  }

  @Test
  void theManifestCountsEqualThePlantedCounts() {
    JsonNode expected = planted.get("expected_ingest_counts");
    assertEquals(expected.get("articles").asLong(), count("articles"), "articles");
    assertEquals(expected.get("rejects").asLong(), count("rejects"), "rejects");
    assertEquals(expected.get("records_in").asLong(), count("records_in"), "records_in");
  }

  private static long count(String key) {
    return ((Number) manifest.get(key)).longValue();
  }

  /** The bad records the archive readers themselves detect. */
  @Test
  void everyPlantedBadRecordTheReadersDetectIsRejectedWithItsReason() {
    assertRejected(
        List.of(
            "corrupt_gzip",
            "corrupt_warc_record",
            "not_html",
            "http_status",
            "invalid_json",
            "unknown_format"));
  }

  @Test
  void everyPlantedBadRecordIsRejectedWithItsReasonAndNothingElse() {
    assertRejected(List.of("no_body_text", "unreadable_file"));
    assertEquals(
        planted.get("bad_records").size() + planted.get("listing_pages").size(), rejects.size());
  }

  @Test
  void everyPlantedListingPageIsRejectedAsNotArticleAndNoArticleIsLost() {
    Map<String, Row> byFile = new TreeMap<>();
    for (Row r : rejects) {
      String path = r.getAs(RejectSchema.SOURCE_PATH);
      byFile.put(path.substring(path.indexOf("/input/") + 1), r);
    }
    for (JsonNode page : planted.get("listing_pages")) {
      Row r = byFile.get(page.get("file").asText());
      assertTrue(r != null, "no reject for " + page);
      assertEquals("not_article", r.getAs(RejectSchema.REASON));
      assertTrue(
          r.<String>getAs(RejectSchema.DETAIL).startsWith(page.get("page_type").asText() + " "),
          r.toString());
    }
    assertEquals(
        planted.get("listing_pages").size(),
        rejects.stream().filter(r -> "not_article".equals(r.getAs(RejectSchema.REASON))).count(),
        "no article is rejected as not_article");
    JsonNode expected = planted.get("expected_ingest_counts");
    assertEquals(
        Map.of("listing", expected.get("not_article_by_page_type").get("listing").asInt()),
        manifest.get("not_article_by_page_type"));
    assertEquals(
        Map.of(
            "article",
            (int) (expected.get("articles").asLong() + expected.get("duplicates").asLong()),
            "listing",
            planted.get("listing_pages").size()),
        manifest.get("records_by_page_type"));
  }

  private static void assertRejected(List<String> reasons) {
    Map<String, List<String>> found = new TreeMap<>();
    for (Row r : rejects) {
      String path = r.getAs(RejectSchema.SOURCE_PATH);
      found
          .computeIfAbsent(path.substring(path.indexOf("/input/") + 1), k -> new ArrayList<>())
          .add(r.getAs(RejectSchema.REASON));
    }
    int checked = 0;
    for (JsonNode bad : planted.get("bad_records")) {
      String file = bad.get("file").asText();
      if (reasons.contains(bad.get("reason").asText())) {
        assertTrue(
            found.getOrDefault(file, List.of()).contains(bad.get("reason").asText()),
            "no " + bad.get("reason").asText() + " reject for " + file + "; rejects: " + found);
        checked++;
      }
    }
    assertEquals(reasons.size(), checked);
  }

  @Test
  void everyArticleIsFoundWithItsOutlet() {
    Recovery r = recover();
    System.out.println("generated-archive recovery: " + r);
    assertEquals(0, r.missing, "ground-truth articles with no ingested article: " + r);
    assertTrue(r.outlet.rate() >= 0.99, "outlet " + r);
  }

  @Test
  void titleDateAndBodyAreRecoveredAsTheExtractorsOwnPages() {
    Recovery r = recover();
    assertTrue(r.title.rate() >= 0.99, "title " + r);
    assertTrue(r.date.rate() >= 0.99, "date " + r);
    assertTrue(r.f1() >= 0.98, "body " + r);
  }

  /**
   * Per-field exact-match counts and the benchmark's body metric over the ground truth's articles.
   */
  static final class Recovery {
    final Rate outlet = new Rate();
    final Rate title = new Rate();
    final Rate date = new Rate();
    final Map<String, Rate> dateByStyle = new TreeMap<>();
    final Map<String, Rate> titleByFormat = new TreeMap<>();
    final List<double[]> bodies = new ArrayList<>();
    int missing;
    final List<String> examples = new ArrayList<>();

    final Map<String, List<double[]>> bodiesByFormat = new TreeMap<>();

    void body(String format, double[] counts) {
      bodies.add(counts);
      bodiesByFormat.computeIfAbsent(format, k -> new ArrayList<>()).add(counts);
    }

    double f1() {
      return f1(bodies);
    }

    /** The benchmark's F1: harmonic mean of the mean page precision and the mean page recall. */
    static double f1(List<double[]> bodies) {
      double p =
          bodies.stream()
              .filter(b -> b[0] + b[1] > 0)
              .mapToDouble(b -> b[0] / (b[0] + b[1]))
              .average()
              .orElse(0);
      double rec =
          bodies.stream()
              .filter(b -> b[0] + b[2] > 0)
              .mapToDouble(b -> b[0] / (b[0] + b[2]))
              .average()
              .orElse(0);
      return p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
    }

    @Override
    public String toString() {
      Map<String, String> byFormat = new TreeMap<>();
      bodiesByFormat.forEach((k, v) -> byFormat.put(k, String.format("%.4f", f1(v))));
      return String.format(
          "articles %d, missing %d; outlet %s; title %s %s; date %s %s; body F1 %.4f %s; e.g. %s",
          bodies.size(),
          missing,
          outlet,
          title,
          titleByFormat,
          date,
          dateByStyle,
          f1(),
          byFormat,
          examples.subList(0, Math.min(6, examples.size())));
    }
  }

  static final class Rate {
    int ok;
    int total;

    void add(boolean good) {
      total++;
      ok += good ? 1 : 0;
    }

    double rate() {
      return total == 0 ? 1 : (double) ok / total;
    }

    @Override
    public String toString() {
      return ok + "/" + total;
    }
  }

  private static Recovery recover() {
    Map<String, Row> byUrl = new HashMap<>();
    Map<String, List<Row>> byFile = new HashMap<>();
    for (Row a : articles) {
      String canonical = a.getAs(ArticleColumns.CANONICAL_URL);
      if (canonical != null) {
        byUrl.put(canonical, a);
      }
      String path = a.getAs(ArticleColumns.SOURCE_PATH);
      byFile
          .computeIfAbsent(path.substring(path.indexOf("/input/") + 1), k -> new ArrayList<>())
          .add(a);
    }
    Recovery r = new Recovery();
    for (JsonNode t : truth) {
      if (!t.get("duplicate_of").isNull()) {
        continue;
      }
      String format = t.get("format").asText();
      Row a =
          format.equals("text")
              ? bestMatch(t.get("body").asText(), byFile.get(t.get("file").asText()))
              : byUrl.get(t.get("url").asText());
      if (a == null) {
        r.missing++;
        r.examples.add("missing " + t.get("key").asText());
        r.body(format, shingleCounts(t.get("body").asText(), ""));
        continue;
      }
      JsonNode can = t.get("recoverable");
      if (can.get("outlet").asBoolean()) {
        r.outlet.add(t.get("outlet").asText().equals(a.getAs(ArticleColumns.OUTLET)));
      }
      boolean titleOk = t.get("title").asText().equals(a.getAs(ArticleColumns.TITLE));
      r.title.add(titleOk);
      r.titleByFormat.computeIfAbsent(format, k -> new Rate()).add(titleOk);
      if (!titleOk) {
        r.examples.add(
            "title '" + a.getAs(ArticleColumns.TITLE) + "' for '" + t.get("title").asText() + "'");
      }
      if (can.get("date").asBoolean()) {
        Object day = a.getAs(ArticleColumns.PUBLISHED_DATE);
        boolean dateOk = day != null && day.toString().equals(t.get("date").asText());
        r.date.add(dateOk);
        r.dateByStyle
            .computeIfAbsent(format + "/" + t.get("date_source").asText(), k -> new Rate())
            .add(dateOk);
      }
      r.body(format, shingleCounts(t.get("body").asText(), a.getAs(ArticleColumns.TEXT)));
    }
    return r;
  }

  /**
   * Text-dump articles carry no URL: the ingested article of the same file whose body shares the
   * most shingles with the true body, so that a split error costs the articles it affects and not
   * the rest of the file.
   */
  private static Row bestMatch(String body, List<Row> candidates) {
    Row best = null;
    double bestTp = 0;
    for (Row c : candidates == null ? List.<Row>of() : candidates) {
      double tp = shingleCounts(body, c.getAs(ArticleColumns.TEXT))[0];
      if (tp > bestTp) {
        best = c;
        bestTp = tp;
      }
    }
    return best;
  }

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * {TP, FP, FN} over word 4-gram shingles, as the extraction benchmark's score.py counts them:
   * tokens are maximal runs of word characters with case kept; a text of 1-3 tokens is one shingle;
   * counts are multisets.
   */
  static double[] shingleCounts(String truthText, String predicted) {
    Map<String, Integer> t = shingles(truthText);
    Map<String, Integer> p = shingles(predicted == null ? "" : predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int inPred = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), inPred);
      fn += Math.max(0, e.getValue() - inPred);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    return new double[] {tp, fp, fn};
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < 4) {
      out.put(String.join("\u0001", tokens), 1);
      return out;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      out.merge(String.join("\u0001", tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }

  @Test
  void theShingleMetricMatchesTheBenchmarkDefinition() {
    assertEquals(
        List.of(5.0, 0.0, 0.0), toList(shingleCounts("a b c d e f g h", "a b c d e f g h")));
    assertEquals(List.of(2.0, 1.0, 3.0), toList(shingleCounts("a b c d e f g h", "c d e f g x")));
    assertEquals(List.of(1.0, 0.0, 0.0), toList(shingleCounts("Short one", "Short one")));
    assertEquals(List.of(0.0, 1.0, 0.0), toList(shingleCounts("", "x")));
    assertEquals(
        List.of(0.0, 1.0, 1.0), toList(shingleCounts("w x y z", "W x y z")), "case is kept");
  }

  private static List<Double> toList(double[] a) {
    return List.of(a[0], a[1], a[2]);
  }
}
