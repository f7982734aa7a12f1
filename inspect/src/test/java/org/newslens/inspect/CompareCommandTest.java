package org.newslens.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.inspect.ParquetFixtures.writeArticles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.cli.UsageException;
import org.newslens.inspect.ParquetFixtures.Article;

class CompareCommandTest {
  @TempDir Path dir;

  private static final Article A1 =
      new Article(
          "a1",
          "Daily Bugle",
          List.of("Ann Lee"),
          Instant.parse("2025-01-02T09:30:00Z"),
          120,
          0.25);
  private static final Article A2 =
      new Article("a2", "Evening Star", List.of(), Instant.parse("2025-01-02T18:00:00Z"), 80, -0.5);
  private static final Article A3 = new Article("a3", null, null, null, 45, 1.0 / 3);

  record Result(int status, String out, String err) {}

  static Result compare(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CompareCommand.run(
            CompareOptions.parse(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String line(Result r, String table) {
    return r.out()
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith(table + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + table + " in:\n" + r.out()));
  }

  /** A run folder: articles in two files, and a manifest. */
  private Path run(String name, List<Article> first, List<Article> second, long recordsIn)
      throws IOException {
    Path run = dir.resolve(name);
    writeArticles(run.resolve("articles/part-00000.snappy.parquet"), first);
    writeArticles(run.resolve("articles/part-00001.snappy.parquet"), second);
    Files.writeString(
        run.resolve("_manifest.json"),
        "{\"records_in\": "
            + recordsIn
            + ", \"timings\": {\"total_seconds\": 3.5, \"files\": 2}, \"output\": \""
            + run
            + "\"}");
    return run;
  }

  @Test
  void theSameRowsInAnotherOrderAndFileLayoutAreEqual() throws Exception {
    Path left = run("left", List.of(A1, A2), List.of(A3), 3);
    Path right = run("right", List.of(A3, A2), List.of(A1), 3);
    Result r = compare(left.toString(), right.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(line(r, "articles").matches("articles +3 / 3 +7 +0 / 0 +equal +-.*"), r.out());
    assertTrue(
        line(r, "_manifest.json").matches("_manifest.json +- +2 counts +0 +equal.*"), r.out());
    assertTrue(r.out().contains("1 tables and 1 manifests compared: all equal"), r.out());
  }

  @Test
  void aChangedCellIsShownWithBothValues() throws Exception {
    Path left = run("left", List.of(A1, A2), List.of(A3), 3);
    Article changed = new Article("a2", "Evening Star", List.of(), A2.publishedAt(), 81, -0.5);
    Path right = run("right", List.of(A1, changed), List.of(A3), 3);
    Result r = compare(left.toString(), right.toString());
    assertEquals(1, r.status(), r.out());
    assertTrue(
        line(r, "articles").contains("1 / 1") && line(r, "articles").contains("DIFFERENT"),
        r.out());
    assertTrue(r.out().contains("articles: row a2 …: word_count L=80 R=81"), r.out());
    assertEquals(0, compare(left.toString(), right.toString(), "--ignore", "word_count").status());
  }

  @Test
  void floatingPointCellsMayDifferWithinTheToleranceOnly() throws Exception {
    Path left = run("left", List.of(A1, A2), List.of(A3), 3);
    Article close = new Article("a3", null, null, null, 45, 1.0 / 3 * (1 + 1e-12));
    Path right = run("right", List.of(A1, A2), List.of(close), 3);
    assertEquals(1, compare(left.toString(), right.toString()).status(), "bit for bit by default");
    Result r = compare(left.toString(), right.toString(), "--tolerance", "1e-9");
    assertEquals(0, r.status(), r.out());
    assertTrue(line(r, "articles").contains("1.0e-12"), "largest difference shown: " + r.out());
    assertEquals(1, compare(left.toString(), right.toString(), "--tolerance", "1e-13").status());
  }

  @Test
  void manifestCountsDifferButTimingsAndPathsAreNotCounts() throws Exception {
    Path left = run("left", List.of(A1, A2), List.of(A3), 3);
    Path right = run("right", List.of(A1, A2), List.of(A3), 4);
    Result r = compare(left.toString(), right.toString());
    assertEquals(1, r.status(), r.out());
    assertTrue(r.out().contains("_manifest.json: records_in: 3 vs 4"), r.out());
    Result ignored = compare(left.toString(), right.toString(), "--ignore", "records_in,timings");
    assertTrue(line(ignored, "_manifest.json").contains("0 counts"), ignored.out());
  }

  @Test
  void aTableOnOneSideOnlyIsADifference() throws Exception {
    Path left = run("left", List.of(A1), List.of(A2), 2);
    Path right = run("right", List.of(A1), List.of(A2), 2);
    writeArticles(right.resolve("rejects/part-00000.snappy.parquet"), List.of(A3));
    Result r = compare(left.toString(), right.toString());
    assertEquals(1, r.status(), r.out());
    assertTrue(line(r, "rejects").contains("only in RIGHT"), r.out());
  }

  @Test
  void modelStageFoldersAreMatchedWithoutTheirRandomIds() throws Exception {
    Path left = run("left", List.of(A1), List.of(A2), 2);
    Path right = run("right", List.of(A1), List.of(A2), 2);
    writeArticles(
        left.resolve("model/stages/0_cntVec_a790e0f86495/data/part-0.parquet"), List.of(A3));
    writeArticles(
        right.resolve("model/stages/0_cntVec_c39ad4dba28e/data/part-0.parquet"), List.of(A3));
    Result r = compare(left.toString(), right.toString());
    assertEquals(0, r.status(), r.out());
    assertTrue(line(r, "model/stages/0_cntVec_*/data").contains("equal"), r.out());
  }

  @Test
  void needsTwoFoldersAndAToleranceBelowOne() {
    assertThrows(UsageException.class, () -> CompareOptions.parse(new String[] {"only-one"}));
    assertThrows(
        UsageException.class,
        () -> CompareOptions.parse(new String[] {"a", "b", "--tolerance", "2"}));
  }
}
