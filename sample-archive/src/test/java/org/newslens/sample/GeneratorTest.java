package org.newslens.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class GeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path shared;
  private static Path archive;
  private static List<JsonNode> truth;
  private static JsonNode planted;

  @BeforeAll
  static void generateOnce() throws IOException {
    archive = shared.resolve("a");
    new Generator(options(archive, 3000, 4, 90, 7)).run();
    truth = readTruth(archive);
    planted = JSON.readTree(archive.resolve("planted.json").toFile());
  }

  static GenerateOptions options(Path out, int articles, int outlets, int days, long seed) {
    return new GenerateOptions(out, articles, outlets, days, seed, LocalDate.of(2025, 1, 6), false);
  }

  @Test
  void theSameSeedWritesAByteIdenticalArchiveAndAnotherSeedDoesNot(@TempDir Path dir)
      throws IOException {
    new Generator(options(dir.resolve("one"), 150, 3, 30, 11)).run();
    new Generator(options(dir.resolve("two"), 150, 3, 30, 11)).run();
    new Generator(options(dir.resolve("three"), 150, 3, 30, 12)).run();
    Map<String, String> one = digests(dir.resolve("one"));
    assertTrue(one.size() > 20, "files: " + one.size());
    Map<String, String> two = digests(dir.resolve("two"));
    assertEquals(one.keySet(), two.keySet());
    List<String> differ =
        one.keySet().stream().filter(k -> !one.get(k).equals(two.get(k))).toList();
    assertEquals(List.of(), differ, "files that differ between two runs with one seed");
    assertNotEquals(one, digests(dir.resolve("three")));
  }

  /**
   * Separate JVMs, as two runs of {@code bin/newslens generate} are: anything that iterates in an
   * order drawn per JVM (the hash salt of {@code Map.of} and {@code Set.of}) shows up here, where
   * runs inside one JVM agree. Three runs, so that an order that depends on one random bit of the
   * salt escapes with probability 1/4 at most.
   */
  @Test
  void theCommandRunInSeparateJvmsWritesByteIdenticalArchives(@TempDir Path dir) throws Exception {
    List<Map<String, String>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path out = dir.resolve("run" + i);
      Path log = dir.resolve("run" + i + ".log");
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  GenerateCommand.class.getName(),
                  "--output",
                  out.toString(),
                  "--articles",
                  "120",
                  "--outlets",
                  "3",
                  "--days",
                  "20",
                  "--seed",
                  "5")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertEquals(0, p.waitFor(), () -> "generate failed: " + readQuietly(log));
      runs.add(digests(out));
    }
    assertTrue(runs.get(0).keySet().stream().anyMatch(k -> k.endsWith(".warc.gz")));
    for (Map<String, String> run : runs.subList(1, runs.size())) {
      assertEquals(runs.get(0).keySet(), run.keySet());
      List<String> differ =
          run.keySet().stream().filter(k -> !run.get(k).equals(runs.get(0).get(k))).toList();
      assertEquals(List.of(), differ, "files that differ between two JVMs with one seed");
    }
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Test
  void everyArticleHasOneGroundTruthRowWithTheDocumentedFields() {
    long articles = truth.stream().filter(r -> r.get("duplicate_of").isNull()).count();
    assertEquals(3000, articles);
    Set<String> ids = new HashSet<>();
    for (JsonNode r : truth) {
      for (String field :
          List.of(
              "id",
              "key",
              "url",
              "outlet",
              "outlet_domain",
              "date",
              "published_at",
              "title",
              "body",
              "topics",
              "sentiment",
              "format",
              "file",
              "record",
              "date_source",
              "recoverable",
              "duplicate_of",
              "syndication_group",
              "undated",
              "planted")) {
        assertTrue(r.has(field), field + " missing in " + r.get("id"));
      }
      assertFalse(r.get("title").asText().isBlank());
      assertTrue(r.get("body").asText().split("\n\n").length >= 3);
      if (r.get("duplicate_of").isNull()) {
        assertTrue(ids.add(r.get("id").asText()), "id twice: " + r.get("id"));
      }
    }
    Map<String, Long> byFormat = new TreeMap<>();
    truth.forEach(r -> byFormat.merge(r.get("format").asText(), 1L, Long::sum));
    assertEquals(Set.of("html", "warc", "jsonl", "text"), byFormat.keySet());
  }

  @Test
  void htmlPagesCarryTheirTitleBodyAndMetadata() throws IOException {
    int checked = 0;
    for (JsonNode r : truth) {
      if (!r.get("format").asText().equals("html") || checked >= 200) {
        continue;
      }
      String page = read(archive.resolve(r.get("file").asText()));
      assertTrue(
          page.contains(
              "<h1 class=\"headline\">" + HtmlRenderer.esc(r.get("title").asText()) + "</h1>"));
      assertTrue(page.contains("<link rel=\"canonical\" href=\"" + r.get("url").asText() + "\">"));
      for (String para : r.get("body").asText().split("\n\n")) {
        assertTrue(page.contains(HtmlRenderer.esc(para)), "paragraph missing: " + para);
      }
      if (!r.get("undated").asBoolean()) {
        String date = r.get("date").asText();
        String style = r.get("date_source").asText();
        switch (style) {
          case "json-ld" -> assertTrue(page.contains("\"datePublished\":\"" + date));
          case "meta" -> assertTrue(page.contains("article:published_time\" content=\"" + date));
          case "time-element" ->
              assertTrue(page.contains("<time class=\"entry-date published\" datetime=\"" + date));
          case "url" -> assertTrue(r.get("url").asText().contains(date.replace('-', '/')));
          case "text" -> assertTrue(page.contains("<span class=\"dateline\">Published "));
          default -> throw new AssertionError("unexpected date_source " + style);
        }
      } else {
        assertFalse(
            page.contains("datePublished")
                || page.contains("published_time")
                || page.contains("<time ")
                || page.contains("Published "),
            "undated page has a date: " + r.get("file"));
      }
      checked++;
    }
    assertEquals(200, checked);
  }

  @Test
  void warcFilesHoldOneHtmlResponsePerWarcRowPlusThePlantedImage() throws IOException {
    Map<String, Integer> expected = new HashMap<>();
    truth.stream()
        .filter(r -> r.get("format").asText().equals("warc"))
        .forEach(r -> expected.merge(r.get("url").asText(), 1, Integer::sum));
    Map<String, Integer> found = new HashMap<>();
    int images = 0;
    try (Stream<Path> files = Files.list(archive.resolve("input/warc"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().contains("broken")).toList()) {
        try (WarcReader reader = new WarcReader(f)) {
          for (WarcRecord rec : reader) {
            if (rec instanceof WarcResponse resp) {
              MediaType type = resp.http().contentType();
              if (resp.http().status() == 200 && type.subtype().equals("html")) {
                String page =
                    new String(
                        resp.http().bodyDecoded().stream().readAllBytes(), StandardCharsets.UTF_8);
                int at = page.indexOf("<link rel=\"canonical\" href=\"") + 28;
                found.merge(page.substring(at, page.indexOf('"', at)), 1, Integer::sum);
              } else {
                images++;
              }
            }
          }
        }
      }
    }
    assertEquals(expected, found);
    assertEquals(2, images, "the planted image and redirect");
  }

  @Test
  void jsonlLinesParseExceptThePlantedTruncatedLine() throws IOException {
    int good = 0;
    int bad = 0;
    try (Stream<Path> files = Files.list(archive.resolve("input/jsonl"))) {
      for (Path f : files.toList()) {
        for (String line : read(f).split("\n")) {
          try {
            JsonNode n = JSON.readTree(line);
            boolean scrape = f.getFileName().toString().startsWith("scrape");
            assertTrue(n.has("url") && n.has("title") && n.has(scrape ? "maintext" : "text"), line);
            good++;
          } catch (IOException e) {
            bad++;
          }
        }
      }
    }
    assertEquals(
        truth.stream().filter(r -> r.get("format").asText().equals("jsonl")).count(), good);
    assertEquals(1, bad);
  }

  @Test
  void textDumpsRunArticlesTogetherHeadlineFirstInGroundTruthOrder() throws IOException {
    Map<String, List<JsonNode>> byFile = new TreeMap<>();
    truth.stream()
        .filter(r -> r.get("format").asText().equals("text"))
        .forEach(
            r -> byFile.computeIfAbsent(r.get("file").asText(), k -> new ArrayList<>()).add(r));
    assertTrue(byFile.size() > 5);
    for (Map.Entry<String, List<JsonNode>> e : byFile.entrySet()) {
      String dump = read(archive.resolve(e.getKey()));
      assertFalse(dump.contains("\n\n"), "dumps have no blank-line separators");
      int from = 0;
      for (int i = 0; i < e.getValue().size(); i++) {
        JsonNode r = e.getValue().get(i);
        assertEquals(i, r.get("record").asInt());
        String firstLines =
            r.get("title").asText() + "\n" + r.get("body").asText().split("\n\n")[0] + "\n";
        int at = dump.indexOf(firstLines, from);
        assertTrue(
            at == 0 || at > 0 && dump.charAt(at - 1) == '\n', "article " + i + " of " + e.getKey());
        from = at + 1;
        assertFalse(r.get("recoverable").get("outlet").asBoolean());
        assertFalse(r.get("recoverable").get("date").asBoolean());
      }
    }
  }

  @Test
  void theTopicSurgeDoublesItsTopicShareAtItsOutlet() {
    JsonNode surge = planted.get("topic_surge");
    LocalDate start = LocalDate.parse(surge.get("start").asText());
    LocalDate end = LocalDate.parse(surge.get("end").asText());
    long[] in = new long[2];
    long[] out = new long[2];
    for (JsonNode r : articles()) {
      if (!r.get("outlet").asText().equals(surge.get("outlet").asText())) {
        continue;
      }
      LocalDate day = dayOf(r);
      boolean onTopic = r.get("topics").get(0).asText().equals(surge.get("topic").asText());
      long[] bucket = !day.isBefore(start) && !day.isAfter(end) ? in : out;
      bucket[0]++;
      bucket[1] += onTopic ? 1 : 0;
    }
    double inShare = (double) in[1] / in[0];
    double outShare = (double) out[1] / out[0];
    assertTrue(in[0] >= 50, "articles in the window: " + in[0]);
    assertTrue(inShare > 1.5 * outShare, "share in window " + inShare + " vs outside " + outShare);
  }

  @Test
  void theSentimentDriftTurnsOneOutletNegativeOnOneTopic() {
    JsonNode drift = planted.get("sentiment_drift");
    LocalDate start = LocalDate.parse(drift.get("start").asText());
    long[] before = new long[2];
    long[] after = new long[2];
    for (JsonNode r : articles()) {
      if (r.get("outlet").asText().equals(drift.get("outlet").asText())
          && r.get("topics").get(0).asText().equals(drift.get("topic").asText())
          && r.get("syndication_group").isNull()) {
        long[] bucket = dayOf(r).isBefore(start) ? before : after;
        bucket[0]++;
        bucket[1] += r.get("sentiment").asText().equals("negative") ? 1 : 0;
      }
    }
    assertTrue(
        after[0] >= 10 && before[0] >= 10, "articles before " + before[0] + " after " + after[0]);
    assertTrue(
        (double) after[1] / after[0] > 0.6, "negative share after: " + after[1] + "/" + after[0]);
    assertTrue(
        (double) before[1] / before[0] < 0.45,
        "negative share before: " + before[1] + "/" + before[0]);
  }

  @Test
  void wireStoriesDuplicatesAndUndatedArticlesArePlantedAndMarked() {
    Map<String, Set<String>> groups = new HashMap<>();
    Map<String, Set<String>> bodies = new HashMap<>();
    for (JsonNode r : articles()) {
      if (!r.get("syndication_group").isNull()) {
        String g = r.get("syndication_group").asText();
        groups.computeIfAbsent(g, k -> new HashSet<>()).add(r.get("outlet").asText());
        bodies.computeIfAbsent(g, k -> new HashSet<>()).add(r.get("body").asText());
      }
    }
    assertTrue(groups.size() >= 20, "wire groups: " + groups.size());
    groups.forEach(
        (g, outlets) -> {
          assertTrue(outlets.size() >= 2, g + " carried by " + outlets);
          assertEquals(outlets.size(), bodies.get(g).size(), g + ": every copy is cut differently");
        });
    List<JsonNode> dups = truth.stream().filter(r -> !r.get("duplicate_of").isNull()).toList();
    assertTrue(dups.size() >= 20, "duplicates: " + dups.size());
    Map<String, JsonNode> byId = new HashMap<>();
    articles().forEach(r -> byId.put(r.get("id").asText(), r));
    for (JsonNode d : dups) {
      JsonNode original = byId.get(d.get("duplicate_of").asText());
      assertEquals(original.get("url"), d.get("url"));
      assertEquals(original.get("body"), d.get("body"));
    }
    assertEquals(planted.get("expected_ingest_counts").get("duplicates").asLong(), dups.size());
    List<JsonNode> undated = articles().stream().filter(r -> r.get("undated").asBoolean()).toList();
    assertTrue(undated.size() >= 20, "undated: " + undated.size());
    undated.forEach(r -> assertNull(r.get("date").textValue()));
  }

  @Test
  void oneBadRecordOfEveryRejectKindIsPlantedAndExists() {
    Set<String> reasons = new HashSet<>();
    for (JsonNode b : planted.get("bad_records")) {
      assertTrue(reasons.add(b.get("reason").asText()), "reason twice: " + b.get("reason"));
      assertTrue(
          Files.exists(archive.resolve(b.get("file").asText()), LinkOption.NOFOLLOW_LINKS),
          b.toString());
    }
    assertEquals(
        Set.of(
            "unreadable_file",
            "corrupt_gzip",
            "corrupt_warc_record",
            "not_html",
            "http_status",
            "invalid_json",
            "no_body_text",
            "unknown_format"),
        reasons);
    JsonNode expected = planted.get("expected_ingest_counts");
    assertEquals(
        expected.get("articles").asLong()
            + expected.get("duplicates").asLong()
            + expected.get("rejects").asLong(),
        expected.get("records_in").asLong());
    assertEquals(8 + planted.get("listing_pages").size(), expected.get("rejects").asLong());
  }

  @Test
  void everyOutletHasASectionFrontATagPageAndAnAuthorPagePlantedAsListings() throws IOException {
    Map<String, Set<String>> kindsByOutlet = new TreeMap<>();
    for (JsonNode p : planted.get("listing_pages")) {
      assertEquals("not_article", p.get("reason").asText());
      assertEquals("listing", p.get("page_type").asText());
      String file = p.get("file").asText();
      String page = Files.readString(archive.resolve(file));
      assertTrue(page.contains("<link rel=\"canonical\" href=\"" + p.get("url").asText()), file);
      assertTrue(page.split("class=\"card\"").length > 5, "a card per story: " + file);
      kindsByOutlet
          .computeIfAbsent(file.split("/")[2], k -> new TreeSet<>())
          .add(p.get("kind").asText());
    }
    assertEquals(4, kindsByOutlet.size(), "one set per outlet: " + kindsByOutlet);
    kindsByOutlet.values().forEach(k -> assertEquals(Set.of("author", "section", "tag"), k));
    assertEquals(
        planted.get("listing_pages").size(),
        planted
            .get("expected_ingest_counts")
            .get("not_article_by_page_type")
            .get("listing")
            .asInt());
  }

  private static List<JsonNode> articles() {
    return truth.stream().filter(r -> r.get("duplicate_of").isNull()).toList();
  }

  /**
   * The article's date; {@code LocalDate.MIN} for undated articles, which fall outside every
   * window.
   */
  private static LocalDate dayOf(JsonNode r) {
    return r.get("date").isNull() ? LocalDate.MIN : LocalDate.parse(r.get("date").asText());
  }

  static List<JsonNode> readTruth(Path archive) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(archive.resolve("ground_truth.jsonl"))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }

  private static String read(Path f) throws IOException {
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n = r.read(buf); n > 0; n = r.read(buf)) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  private static Map<String, String> digests(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        try {
          MessageDigest md = MessageDigest.getInstance("SHA-256");
          out.put(
              root.relativize(p).toString(),
              HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
