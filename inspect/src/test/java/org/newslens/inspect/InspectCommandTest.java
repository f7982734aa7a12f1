package org.newslens.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.inspect.ParquetFixtures.writeArticles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.inspect.ParquetFixtures.Article;

class InspectCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path run;
  Path articles;

  /**
   * A run folder: a partitioned articles table (two days, one undated file), a rejects table, a
   * manifest.
   */
  @BeforeEach
  void writeRun() throws IOException {
    run = dir.resolve("output");
    articles = run.resolve("articles");
    writeArticles(
        articles.resolve("published_date=2025-01-02/part-00000.snappy.parquet"),
        List.of(
            new Article(
                "a1",
                "Daily Bugle",
                List.of("Ann Lee", "Bo Chan"),
                Instant.parse("2025-01-02T09:30:00Z"),
                120,
                0.25),
            new Article(
                "a2", "Evening Star", List.of(), Instant.parse("2025-01-02T18:00:00Z"), 80, -0.5)));
    writeArticles(
        articles.resolve("published_date=2025-01-05/part-00000.snappy.parquet"),
        List.of(
            new Article(
                "a3",
                "Daily Bugle",
                List.of("Bo Chan"),
                Instant.parse("2025-01-05T07:15:00Z"),
                300,
                null)));
    writeArticles(
        articles.resolve("published_date=__HIVE_DEFAULT_PARTITION__/part-00000.snappy.parquet"),
        List.of(new Article("a4", null, null, null, 45, 0.0)));
    Files.writeString(articles.resolve("_SUCCESS"), "");
    Files.writeString(
        articles.resolve("published_date=2025-01-02/.part-00000.snappy.parquet.crc"),
        "not parquet");
    writeArticles(
        run.resolve("analysis/sentiment_daily/part-00000.snappy.parquet"),
        List.of(new Article("s1", "Daily Bugle", null, null, 1, 0.1)));
    Files.writeString(
        run.resolve("analysis/_manifest.json"),
        """
        {"counts": {"articles_in": 4, "rows": {"sentiment_daily": 1}}, "job": "news-analysis"}""");
    Files.createDirectories(run.resolve("analysis/_temporary/0"));
    writeArticles(
        run.resolve("analysis/_temporary/0/part-9.parquet"),
        List.of(new Article("x", "x", null, null, 1, 1.0)));
    Files.writeString(
        run.resolve("_manifest.json"),
        """
        {"inputs": {"files": 3, "bytes": 1234}, "records_in": 6, "articles": 4, "duplicates": 1, "rejects": 1,
         "by_reason": {"invalid_json": 1}, "versions": {"newslens": "0.1.0"}}""");
  }

  record Result(int status, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  static Result inspect(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        InspectCommand.run(
            InspectOptions.parse(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String lineStartingWith(Result r, String prefix) {
    return r.lines().stream()
        .map(String::strip)
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no line starting with '" + prefix + "' in:\n" + r.out()));
  }

  @Test
  void summaryShowsCountsPartitionsCodecStatisticsAndDescriptions() throws Exception {
    Result r = inspect(articles.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("files       3 Parquet files", lineStartingWith(r, "files").replaceAll(",.*", ""));
    assertTrue(
        lineStartingWith(r, "partitions")
            .startsWith(
                "partitions  3 by published_date (date); 1 rows in __HIVE_DEFAULT_PARTITION__ (null)"),
        r.out());
    assertEquals("rows        4 in 3 row groups", lineStartingWith(r, "rows"));
    assertEquals("codecs      SNAPPY", lineStartingWith(r, "codecs"));
    List<String> wordCount = Arrays.asList(lineStartingWith(r, "word_count").split("\\s+"));
    assertEquals(List.of("word_count", "integer", "0", "45", "300"), wordCount.subList(0, 5));
    List<String> outlet = Arrays.asList(lineStartingWith(r, "outlet ").split("\\s{2,}"));
    assertEquals(
        List.of("outlet", "string", "1", "Daily Bugle", "Evening Star"), outlet.subList(0, 5));
    assertTrue(outlet.get(outlet.size() - 1).equals("Outlet name"), r.out());
    String published = lineStartingWith(r, "published_at");
    assertTrue(
        published.contains("2025-01-02T09:30:00Z") && published.contains("2025-01-05T07:15:00Z"),
        published);
    assertTrue(published.endsWith("Publication instant in UTC"), published);
    List<String> partition = Arrays.asList(lineStartingWith(r, "published_date").split("\\s{2,}"));
    assertEquals(
        List.of("published_date", "date", "1", "2025-01-02", "2025-01-05"),
        partition.subList(0, 5));
    assertTrue(r.out().contains("sample rows (first 4)"), r.out());
    assertTrue(r.out().contains("ingested_at     2026-11-26T05:40:00.123Z"), r.out());
  }

  @Test
  void jsonlPrintsTypedRowsWithPartitionColumnsAndHonoursColumnsAndWhere() throws Exception {
    Result r =
        inspect(
            articles.toString(),
            "--format",
            "jsonl",
            "--columns",
            "article_id,published_date,authors,score",
            "--where",
            "outlet=Daily Bugle");
    assertEquals(0, r.status(), r.err());
    assertEquals(2, r.lines().size(), r.out());
    JsonNode first = JSON.readTree(r.lines().get(0));
    assertEquals(List.of("article_id", "published_date", "authors", "score"), fieldNames(first));
    assertEquals("a1", first.get("article_id").asText());
    assertEquals("2025-01-02", first.get("published_date").asText());
    assertEquals("Bo Chan", first.get("authors").get(1).asText());
    assertEquals(0.25, first.get("score").asDouble());
    JsonNode second = JSON.readTree(r.lines().get(1));
    assertEquals("a3", second.get("article_id").asText());
    assertTrue(second.get("score").isNull());
  }

  @Test
  void whereMatchesPartitionValuesArrayElementsAndNulls() throws Exception {
    assertEquals(
        List.of("a4"),
        ids(
            inspect(
                articles.toString(),
                "--format",
                "jsonl",
                "--columns",
                "article_id",
                "--where",
                "published_date=null")));
    assertEquals(
        List.of("a1", "a3"),
        ids(
            inspect(
                articles.toString(),
                "--format",
                "jsonl",
                "--columns",
                "article_id",
                "--where",
                "authors=Bo Chan")));
    assertEquals(
        List.of("a3"),
        ids(
            inspect(
                articles.toString(),
                "--format",
                "jsonl",
                "--columns",
                "article_id",
                "--where",
                "published_date=2025-01-05",
                "--where",
                "word_count=300")));
    assertEquals(
        List.of("a1", "a2"),
        ids(
            inspect(
                articles.toString(),
                "--format",
                "jsonl",
                "--columns",
                "article_id",
                "--limit",
                "2")));
  }

  @Test
  void onlyPartitionColumnsCanBeListedWithoutReadingPages() throws Exception {
    Result r =
        inspect(
            articles.toString(),
            "--format",
            "jsonl",
            "--columns",
            "published_date",
            "--limit",
            "all");
    assertEquals(
        List.of(
            "{\"published_date\":\"2025-01-02\"}",
            "{\"published_date\":\"2025-01-02\"}",
            "{\"published_date\":\"2025-01-05\"}",
            "{\"published_date\":null}"),
        r.lines());
  }

  @Test
  void tableFormatAlignsColumnsAndCountsRows() throws Exception {
    Result r =
        inspect(
            articles.toString(), "--columns", "article_id,outlet,published_at", "--limit", "all");
    assertEquals(0, r.status(), r.err());
    assertEquals("article_id  outlet        published_at", r.lines().get(0));
    assertEquals("a1          Daily Bugle   2025-01-02T09:30:00Z", r.lines().get(1));
    assertEquals("a4          null          null", r.lines().get(4));
    assertEquals("(4 rows)", r.lines().get(5));
  }

  @Test
  void aFileUriWorksLikeAPath() throws Exception {
    Result r =
        inspect(
            articles.toUri().toString(),
            "--format",
            "jsonl",
            "--columns",
            "article_id",
            "--limit",
            "1");
    assertEquals(List.of("{\"article_id\":\"a1\"}"), r.lines());
  }

  @Test
  void aSingleFileIsATable() throws Exception {
    Result r =
        inspect(
            articles.resolve("published_date=2025-01-05/part-00000.snappy.parquet").toString(),
            "--format",
            "jsonl",
            "--columns",
            "article_id,word_count");
    assertEquals(List.of("{\"article_id\":\"a3\",\"word_count\":300}"), r.lines());
  }

  @Test
  void runFolderSummarisesEveryTableWithManifestCounts() throws Exception {
    Result r = inspect(run.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("counts: records_in=6 articles=4 duplicates=1 rejects=1"), r.out());
    assertTrue(
        r.out().contains("records_in = articles + duplicates + rejects: 6 = 6 (ok)"), r.out());
    assertTrue(r.out().contains("inputs: files=3 bytes=1234"), r.out());
    assertTrue(r.out().contains("also: versions"), r.out());
    assertTrue(r.out().contains("by_reason: invalid_json=1"), r.out());
    List<String> table = Arrays.asList(lineStartingWith(r, "articles").split("\\s{2,}"));
    assertEquals(List.of("articles", "4", "3", "3 by published_date", "3"), table.subList(0, 5));
    assertEquals("ok (4)", table.get(table.size() - 1));
    assertTrue(
        lineStartingWith(r, "analysis/sentiment_daily")
            .matches("analysis/sentiment_daily\\s+1\\s+1\\s+-.*ok \\(1\\)"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "manifest    analysis/_manifest.json\n  counts: articles_in=4 rows.sentiment_daily=1\n"
                    + "  also: job\n"),
        r.out());
    assertTrue(r.lines().stream().noneMatch(l -> l.contains("_temporary")), r.out());
  }

  @Test
  void aManifestCountThatDisagreesWithTheTableIsFlagged() throws Exception {
    Files.writeString(run.resolve("_manifest.json"), "{\"articles\": 5}");
    Result r = inspect(run.toString());
    assertTrue(lineStartingWith(r, "articles").endsWith("MISMATCH: manifest 5"), r.out());
  }

  @Test
  void badPathsAndColumnsAreOneLineWithStatusTwo() throws Exception {
    Result missing = inspect(dir.resolve("nope").toString());
    assertEquals(2, missing.status());
    assertEquals(
        "newslens inspect: no such file or folder: " + dir.resolve("nope") + "\n", missing.err());
    Files.createDirectories(dir.resolve("empty/sub"));
    Result empty = inspect(dir.resolve("empty").toString());
    assertEquals(2, empty.status());
    assertTrue(empty.err().startsWith("newslens inspect: no Parquet files in "), empty.err());
    Result column = inspect(articles.toString(), "--columns", "nope");
    assertEquals(2, column.status());
    assertTrue(
        column
            .err()
            .startsWith(
                "newslens inspect: no column 'nope'; the columns are: article_id, outlet,"));
    Result remote = inspect("hdfs://namenode:8020/out/articles");
    assertEquals(2, remote.status());
    assertEquals(
        "newslens inspect: inspect reads local paths only, got hdfs://namenode:8020/out/articles\n",
        remote.err());
    Result rowsOfRun = inspect(run.toString(), "--format", "jsonl");
    assertEquals(2, rowsOfRun.status());
    assertTrue(
        rowsOfRun.err().contains("give one of: analysis/sentiment_daily, articles"),
        rowsOfRun.err());
  }

  @Test
  void aFileThatIsNotParquetIsOneLineWithStatusOne() throws Exception {
    Path bad = dir.resolve("bad/part-0.parquet");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "this is not a parquet file at all");
    Result r = inspect(bad.getParent().toString());
    assertEquals(1, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("part-0.parquet is not a readable Parquet file"), r.err());
  }

  @Test
  void helpPrintsUsage() throws Exception {
    Result r = inspect("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("usage: bin/newslens inspect PATH"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> ids(Result r) throws IOException {
    assertEquals(0, r.status(), r.err());
    List<String> ids = new ArrayList<>();
    for (String line : r.lines()) {
      ids.add(JSON.readTree(line).get("article_id").asText());
    }
    return ids;
  }
}
