package org.newslens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.Columns;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.testing.LocalSpark;
import org.newslens.ingest.extract.Pages;
import org.newslens.ingest.source.InputFiles;
import org.newslens.ingest.source.WarcFixtures;

class IngestPipelineTest {
  private static final SparkSession SPARK = LocalSpark.spark();

  private static final String BODY_A =
      "The harbour authority approved a new ferry terminal on Monday after two years"
          + " of consultation with residents and local businesses.";
  private static final String BODY_B =
      "Engineers said construction would begin in the spring and that the terminal"
          + " would double the number of daily crossings to the islands.";

  private static String page(String canonical, String title, String date) {
    return "<html lang=\"en\"><head><title>"
        + title
        + "</title>"
        + "<meta property=\"og:site_name\" content=\"Harbour Herald\">"
        + "<meta property=\"og:type\" content=\"article\">"
        + (date == null
            ? ""
            : "<meta property=\"article:published_time\" content=\"" + date + "\">")
        + "<link rel=\"canonical\" href=\""
        + canonical
        + "\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>"
        + title
        + "</h1>"
        + "<p>"
        + BODY_A
        + " "
        + title
        + ".</p><p>"
        + BODY_B
        + "</p></article></body></html>";
  }

  private static String jsonLine(String id, String title, String text, String date) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"text\":\""
        + text
        + "\",\"date\":\""
        + date
        + "\",\"source\":\"Island Times\"}";
  }

  /** An archive of every format with two duplicates and one bad record of each common kind. */
  private static Path archive(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/nested"));
    Files.writeString(
        in.resolve("ferry.html"),
        page(
            "https://herald.example/news/ferry",
            "Ferry terminal approved",
            "2025-03-03T09:00:00Z"));
    Files.writeString(
        in.resolve("undated.html"),
        page("https://herald.example/news/undated", "Undated story", null));
    Files.writeString(
        in.resolve("menu.html"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
    Files.writeString(
        in.resolve("politics.html"),
        Pages.sectionFront()
            .replace(
                "<title>",
                "<link rel=\"canonical\" href=\"https://herald.example/politics/\"><title>"));
    Files.write(
        in.resolve("crawl.warc.gz"),
        WarcFixtures.warcGz(
            WarcFixtures.request("https://herald.example/news/ferry"),
            WarcFixtures.response(
                "https://herald.example/news/ferry",
                200,
                "text/html",
                page(
                    "https://herald.example/news/ferry",
                    "Ferry terminal approved",
                    "2025-03-03T09:00:00Z")),
            WarcFixtures.response(
                "https://herald.example/news/bridge",
                200,
                "text/html",
                page(
                    "https://herald.example/news/bridge",
                    "Bridge reopens",
                    "2025-03-04T09:00:00Z")),
            WarcFixtures.response("https://herald.example/logo.png", 200, "image/png", "PNG")));
    // A file of WARC requests only: no input record, but its skipped records are still counted.
    Files.write(
        in.resolve("requests.warc.gz"),
        WarcFixtures.warcGz(
            WarcFixtures.request("https://herald.example/a"),
            WarcFixtures.request("https://herald.example/b")));
    Files.writeString(
        dir.resolve("in/dump.jsonl"),
        String.join(
            "\n",
            jsonLine(
                "j1",
                "Island school expands",
                BODY_A + " The school will add four classrooms.",
                "2025-03-05"),
            "{\"id\": broken",
            jsonLine(
                "j2",
                "Island school expands",
                BODY_A + " The school will add four classrooms.",
                "2025-03-05"),
            jsonLine(
                "j3",
                "Fishing quotas",
                BODY_B + " Fishers welcomed the quota decision.",
                "2025-03-06")));
    Files.writeString(
        in.resolve("notes.txt"), "Market day returns\n" + BODY_B + "\n" + BODY_A + "\n");
    Files.createSymbolicLink(in.resolve("moved.html"), dir.resolve("no-longer-here.html"));
    return dir.resolve("in");
  }

  private static IngestSummary ingest(Path input, Path out, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--outlet",
                "Fallback Outlet",
                "--overwrite"));
    args.addAll(List.of(more));
    IngestOptions opts = IngestOptions.parse(args.toArray(new String[0]));
    return IngestPipeline.run(
        SPARK,
        opts,
        InputFiles.list(opts.inputs(), null, SPARK.sparkContext().hadoopConfiguration()));
  }

  @Test
  void ingestsEveryFormatWithDuplicatesAndRejectsAccountedFor(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    IngestSummary s = ingest(archive(dir), out);

    // 4 pages + 3 WARC responses + 4 JSONL lines + 1 text article + 1 broken link
    assertEquals(13, s.recordsIn());
    assertEquals(
        Map.of(
            "no_body_text",
            1L,
            "not_article",
            1L,
            "not_html",
            1L,
            "invalid_json",
            1L,
            "unreadable_file",
            1L),
        s.byReason());
    assertEquals(5, s.rejects());
    assertEquals(
        2, s.duplicates(), "the ferry page again in the WARC, and j2 = j1's headline and text");
    assertEquals(6, s.articles());
    assertTrue(s.reconciled());

    RunManifest manifest =
        RunManifest.read(out.toString(), SPARK.sparkContext().hadoopConfiguration());
    assertEquals(13, ((Number) manifest.get("records_in")).intValue());
    assertEquals(6, ((Number) manifest.get("articles")).intValue());
    assertEquals(2, ((Number) manifest.get("duplicates")).intValue());
    assertEquals(5, ((Number) manifest.get("rejects")).intValue());
    assertEquals(Boolean.TRUE, manifest.get("reconciled"));
    // the 8 records that became articles (duplicates included) and the section front
    assertEquals(Map.of("article", 8, "listing", 1), manifest.get("records_by_page_type"));
    assertEquals(Map.of("listing", 1), manifest.get("not_article_by_page_type"));
    assertEquals("articles", ((Map<?, ?>) manifest.get("parameters")).get("keep_pages"));
    // counted by WARC-Type, from the data
    assertEquals(
        3,
        ((Map<?, ?>) manifest.get("warc_records_skipped"))
            .values().stream().mapToInt(n -> ((Number) n).intValue()).sum());

    Dataset<Row> articles = SPARK.read().parquet(out.resolve("articles").toString());
    Columns.requireColumns(articles.schema(), ArticleSchema.ARTICLE, "articles");
    assertEquals(6, articles.count());
    assertTrue(Files.isDirectory(out.resolve("articles/published_month=2025-03")));
    assertTrue(Files.isDirectory(out.resolve("articles/" + ArticleSchema.UNDATED_PARTITION)));
    Map<String, String> outletByFormat = new TreeMap<>();
    for (Row r : articles.select("source_format", "outlet").collectAsList()) {
      outletByFormat.put(r.getString(0), r.getString(1));
    }
    assertEquals("Island Times", outletByFormat.get("jsonl"));
    assertEquals("Fallback Outlet", outletByFormat.get("text"));
    Row ferry = articles.filter("canonical_url = 'https://herald.example/news/ferry'").first();
    assertTrue(
        ferry.<String>getAs("source_path").endsWith("crawl.warc.gz"),
        "the first copy by path is kept");

    Dataset<Row> rejects = SPARK.read().parquet(out.resolve("rejects").toString());
    Columns.requireColumns(rejects.schema(), RejectSchema.REJECT, "rejects");
    Row invalid = rejects.filter("reason = 'invalid_json'").first();
    assertEquals(2L, invalid.<Long>getAs("source_record"));
    assertEquals("jsonl", invalid.getAs("source_format"));
    Row front = rejects.filter("reason = 'not_article'").first();
    assertTrue(front.<String>getAs("source_path").endsWith("politics.html"));
    assertTrue(front.<String>getAs("detail").startsWith("listing (score "), front.toString());
    assertEquals(
        Set.of("article"),
        Set.copyOf(
            articles
                .select(ArticleColumns.PAGE_TYPE)
                .distinct()
                .as(Encoders.STRING())
                .collectAsList()));
  }

  @Test
  void keepingAllPagesKeepsTheSectionFrontAsAListing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    IngestSummary s = ingest(archive(dir), out, "--keep-pages", "all");
    assertEquals(13, s.recordsIn());
    assertEquals(4, s.rejects());
    assertEquals(7, s.articles());
    assertFalse(s.byReason().containsKey("not_article"));
    Row front =
        SPARK
            .read()
            .parquet(out.resolve("articles").toString())
            .filter("canonical_url = 'https://herald.example/politics/'")
            .first();
    assertEquals("listing", front.getAs(ArticleColumns.PAGE_TYPE));
    assertTrue(front.<Double>getAs(ArticleColumns.PAGE_TYPE_SCORE) > 0.5);
    RunManifest manifest =
        RunManifest.read(out.toString(), SPARK.sparkContext().hadoopConfiguration());
    assertEquals(Map.of("article", 8, "listing", 1), manifest.get("records_by_page_type"));
    assertEquals(Map.of(), manifest.get("not_article_by_page_type"));
  }

  @Test
  void aRunWhoseEveryRecordIsARejectFinishesWithNoArticles(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("menu.html"), "<html><body><nav>Home</nav></body></html>");
    Files.write(in.resolve("empty.warc"), new byte[0]);
    Path out = dir.resolve("out");
    IngestSummary s = ingest(in, out);
    assertEquals(Map.of("no_body_text", 1L, "empty_file", 1L), s.byReason());
    assertEquals(0, s.articles());
    assertTrue(s.reconciled());
    assertEquals(2, SPARK.read().parquet(out.resolve("rejects").toString()).count());
  }

  @Test
  void reRunningOnTheSameInputGivesTheSameArticles(@TempDir Path dir) throws Exception {
    Path input = archive(dir);
    ingest(input, dir.resolve("one"));
    ingest(input, dir.resolve("two"));
    assertEquals(ids(dir.resolve("one")), ids(dir.resolve("two")));
  }

  @Test
  void aRunWhoseWriteFailsLeavesThePreviousOutputAsItWas(@TempDir Path dir) throws Exception {
    Path input = archive(dir);
    Path out = dir.resolve("out");
    ingest(input, out);
    Map<String, String> before = files(out);
    String committer = "spark.sql.parquet.output.committer.class";
    SPARK.conf().set(committer, FailingRejectsCommitter.class.getName());
    try {
      Exception e = assertThrows(Exception.class, () -> ingest(input, out));
      assertTrue(causes(e).contains("no space left writing"), causes(e));
    } finally {
      SPARK.conf().unset(committer);
    }
    assertEquals(before, files(out), "the articles written before the failure are not published");
    assertFalse(Files.exists(out.resolve("_staging")), "the failed run's folder is deleted");
    ingest(input, out);
    Map<String, String> after = files(out);
    assertEquals(before.size(), after.size(), after.toString());
    assertTrue(after.containsKey(RunManifest.FILE_NAME), "the next run publishes");
  }

  /** Every file under {@code out} (checksums aside) and its SHA-256, by relative path. */
  private static Map<String, String> files(Path out) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        if (!f.getFileName().toString().endsWith(".crc")) {
          byte[] digest =
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
          files.put(out.relativize(f).toString(), java.util.HexFormat.of().formatHex(digest));
        }
      }
    }
    return files;
  }

  private static String causes(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  @Test
  void countsSkippedWarcRecordsOnceHoweverOftenTheirFilesAreRead(@TempDir Path dir)
      throws Exception {
    Path input = archive(dir);
    IngestOptions opts =
        IngestOptions.parse(
            new String[] {"--input", input.toString(), "--output", dir.resolve("o").toString()});
    Dataset<Row> read =
        IngestPipeline.extract(
            SPARK,
            opts,
            InputFiles.list(opts.inputs(), null, SPARK.sparkContext().hadoopConfiguration()),
            java.time.Instant.now());
    // Not cached: every action reads the files again, as tasks run again after an executor loss;
    // skipped records are rows, so each reading counts them once.
    Column skipped = col(ExtractedRows.SKIPPED_TYPE).isNotNull();
    assertEquals(3, read.filter(skipped).count());
    assertEquals(13, read.filter(functions.not(skipped)).count());
    assertEquals(3, read.filter(skipped).count());
  }

  private static List<String> ids(Path out) {
    return SPARK
        .read()
        .parquet(out.resolve("articles").toString())
        .select("article_id", "content_hash", "text")
        .orderBy("article_id")
        .collectAsList()
        .stream()
        .map(Row::toString)
        .collect(Collectors.toList());
  }
}
