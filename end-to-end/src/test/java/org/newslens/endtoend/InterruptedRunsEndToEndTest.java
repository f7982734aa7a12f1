package org.newslens.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.inspect.CompareCommand;
import org.newslens.inspect.CompareOptions;
import org.newslens.inspect.RowScanner;
import org.newslens.inspect.TableLayout;
import org.newslens.inspect.TableSummary;
import org.newslens.sample.GenerateOptions;
import org.newslens.sample.Generator;

/**
 * A job killed while it writes leaves the previous output as it was, and the next run with the same
 * input and options writes what a clean run writes. Each job is submitted with spark-submit in a
 * JVM of its own; the killed one is stopped with {@link Process#destroyForcibly} (SIGKILL) as soon
 * as a file of one of its tables appears in its staging folder, with other options than the
 * previous run, so that any mix of the two outputs would show.
 */
class InterruptedRunsEndToEndTest {
  private static final String INGEST = "org.newslens.ingest.IngestJob";
  private static final String ANALYSIS = "org.newslens.analysis.AnalysisJob";

  /** What differs between two runs of the same input and options: run times and resources. */
  private static final Set<String> RUN_TIMES =
      Set.of(ArticleColumns.INGESTED_AT, "timings", "resources", "started_at", "lda_fit_seconds");

  @TempDir static Path dir;

  private static Path input;
  private static Path cleanIngest;

  @BeforeAll
  static void generateAndIngestOnce() throws Exception {
    Path archive = dir.resolve("archive");
    new Generator(new GenerateOptions(archive, 80, 3, 21, 5, LocalDate.of(2025, 1, 6), false))
        .run();
    input = archive.resolve("input");
    cleanIngest = dir.resolve("clean-ingest");
    submit(ingest(cleanIngest));
  }

  private static List<String> ingest(Path output, String... extra) {
    List<String> args = new ArrayList<>(List.of(INGEST, "--input", input.toString()));
    args.addAll(List.of("--output", output.toString(), "--overwrite"));
    args.addAll(Arrays.asList(extra));
    return args;
  }

  private static List<String> analyze(Path output, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                ANALYSIS,
                "--input",
                cleanIngest.resolve("articles").toString(),
                "--output",
                output.toString(),
                "--overwrite",
                "--k",
                "3",
                "--restarts",
                "1",
                "--iterations",
                "5"));
    args.addAll(Arrays.asList(extra));
    return args;
  }

  @Test
  void aKilledIngestLeavesThePreviousOutputAndTheRerunWritesWhatACleanRunWrites() throws Exception {
    Path out = copy(cleanIngest, dir.resolve("ingest"));
    // undated records take another day: a run whose articles differ from the previous ones
    killThenRerun(out, ingest(out, "--date", "2025-03-01"), ingest(out), cleanIngest);
    for (String table : List.of("articles", "rejects")) {
      assertEquals(
          rowsInFileOrder(cleanIngest.resolve(table)),
          rowsInFileOrder(out.resolve(table)),
          table + ": the same rows in the same order");
    }
  }

  @Test
  void aKilledAnalysisLeavesThePreviousOutputAndTheRerunWritesWhatACleanRunWrites()
      throws Exception {
    Path clean = dir.resolve("clean-analysis");
    submit(analyze(clean));
    Path out = copy(clean, dir.resolve("analysis"));
    killThenRerun(out, analyze(out, "--from", "2025-01-13"), analyze(out), clean);
  }

  /**
   * Kills {@code killed} while it writes into {@code out} and checks that the published files are
   * unchanged; then runs {@code rerun} and checks that it cleaned up and wrote the tables of {@code
   * clean}.
   */
  private static void killThenRerun(Path out, List<String> killed, List<String> rerun, Path clean)
      throws Exception {
    Map<String, String> before = published(out);
    killWhileWriting(out, killed);
    assertEquals(before, published(out), "the previous output is unchanged");
    submit(rerun);
    assertFalse(Files.exists(out.resolve("_staging")), "the rerun cleaned up the killed run");
    assertSameTables(clean, out);
  }

  /**
   * Starts the job, waits for a file of one of its tables in its staging folder, kills the JVM and
   * checks that the kill came before the publish.
   */
  private static void killWhileWriting(Path out, List<String> job) throws Exception {
    Path log = Files.createTempFile(dir, "killed", ".log");
    Process p = start(job, log);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (!stagedTableFile(out)) {
      if (!p.isAlive()) {
        fail("the job ended before it wrote a table: " + Files.readString(log));
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        fail("no table file was staged within 10 minutes");
      }
      Thread.sleep(5);
    }
    p.destroyForcibly();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES), "the killed JVM exited");
    assertTrue(Files.exists(out.resolve("_staging")), "the killed run left its staging folder");
    try (Stream<Path> walk = Files.walk(out.resolve("_staging"))) {
      assertTrue(
          walk.noneMatch(f -> f.getFileName().toString().equals("_PUBLISHING")),
          "the kill came before the publish");
    }
  }

  /** True once a file is under {@code _staging/<run>/<table>/} (working copies aside). */
  private static boolean stagedTableFile(Path out) {
    Path staging = out.resolve("_staging");
    try (Stream<Path> walk = Files.walk(staging)) {
      return walk.anyMatch(
          f -> {
            Path rel = staging.relativize(f);
            return rel.getNameCount() >= 3
                && !rel.getName(1).toString().startsWith("_")
                && Files.isRegularFile(f);
          });
    } catch (IOException | UncheckedIOException e) {
      return false; // not there yet, or a file went while listing
    }
  }

  /** The SHA-256 of every file outside {@code _staging}, by relative path. */
  private static Map<String, String> published(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(f).toString();
        if (!rel.startsWith("_staging/")) {
          files.put(rel, sha256(f));
        }
      }
    }
    return files;
  }

  private static String sha256(Path f) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every table of the two run folders holds the same rows, cell for cell and bit for bit (rows
   * matched as multisets), and their manifests the same counts, run times aside.
   */
  private static void assertSameTables(Path left, Path right) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        CompareCommand.run(
            new CompareOptions(left.toString(), right.toString(), RUN_TIMES, 0, false),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    String report = out.toString(StandardCharsets.UTF_8);
    System.out.print(
        report.lines().map(l -> "interrupted-runs " + l + "\n").reduce("", String::concat));
    assertEquals(0, status, report);
  }

  /** The table's rows file by file, in the order written, run times aside. */
  private static List<String> rowsInFileOrder(Path table) throws Exception {
    TableSummary summary = TableSummary.read(TableLayout.read(table, table.toString()));
    List<String> columns =
        RowScanner.columnNames(summary).stream()
            .filter(c -> !c.equals(ArticleColumns.INGESTED_AT))
            .toList();
    List<String> rows = new ArrayList<>();
    RowScanner.scan(summary, columns, List.of(), -1, row -> rows.add(row.toString()));
    assertFalse(rows.isEmpty(), table.toString());
    return rows;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  private static void submit(List<String> job) throws Exception {
    Path log = Files.createTempFile(dir, "submit", ".log");
    Process p = start(job, log);
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(job + " did not finish within 15 minutes");
    }
    assertEquals(0, p.exitValue(), job + "\n" + Files.readString(log));
  }

  /** Starts {@code job} (main class, then arguments) with {@link SparkSubmitProcess}. */
  private static Process start(List<String> job, Path log) throws IOException {
    return SparkSubmitProcess.start(List.of(), job.get(0), job.subList(1, job.size()), log);
  }
}
