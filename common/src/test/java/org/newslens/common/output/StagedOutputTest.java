package org.newslens.common.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.manifest.RunManifest;

class StagedOutputTest {
  private static final Configuration CONF = new Configuration();
  private static final List<String> OWNED = List.of("articles", "rejects");

  @TempDir Path dir;

  /** A run that writes {@code articles} and {@code rejects} holding {@code content}. */
  private static StagedOutput writeRun(Path out, String content) throws IOException {
    StagedOutput run = StagedOutput.open(out.toString(), OWNED, CONF);
    for (String table : OWNED) {
      Path folder = Files.createDirectories(Path.of(run.stagedPath(table)));
      Files.writeString(folder.resolve("part-0.parquet"), table + " " + content);
    }
    Files.createDirectories(Path.of(run.workPath("extracted")));
    Files.writeString(Path.of(run.workPath("extracted"), "part-0"), "working copy");
    return run;
  }

  private static RunManifest manifest(String run) {
    return new RunManifest(
        "test", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of("run", run));
  }

  /**
   * Every regular file under {@code root} (checksum files aside) and its text, by relative path.
   */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().endsWith(".crc")) {
          files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private Path publishedOnce(String content) throws IOException {
    Path out = dir.resolve("out");
    writeRun(out, content).publish(manifest(content));
    return out;
  }

  @Test
  void publishesTheTablesAndThenTheManifestAndLeavesNoStagingBehind() throws IOException {
    Path out = publishedOnce("first");
    Map<String, String> files = files(out);
    assertEquals("articles first", files.get("articles/part-0.parquet"));
    assertEquals("rejects first", files.get("rejects/part-0.parquet"));
    assertTrue(files.get(RunManifest.FILE_NAME).contains("\"first\""));
    assertEquals(3, files.size(), files.toString());
    assertFalse(Files.exists(out.resolve(StagedOutput.STAGING)));
  }

  @Test
  void aRerunReplacesOnlyTheJobsOwnEntries() throws IOException {
    Path out = publishedOnce("first");
    Files.createDirectories(out.resolve("analysis"));
    Files.writeString(out.resolve("analysis/table"), "another job's");
    writeRun(out, "second").publish(manifest("second"));
    Map<String, String> files = files(out);
    assertEquals("articles second", files.get("articles/part-0.parquet"));
    assertEquals("rejects second", files.get("rejects/part-0.parquet"));
    assertTrue(files.get(RunManifest.FILE_NAME).contains("\"second\""));
    assertEquals("another job's", files.get("analysis/table"));
  }

  @Test
  void aFailingWriteLeavesThePreviousOutputIntact() throws IOException {
    Path out = publishedOnce("first");
    Map<String, String> before = files(out);
    StagedOutput run = StagedOutput.open(out.toString(), OWNED, CONF);
    IOException failure =
        assertThrows(
            IOException.class,
            () -> {
              Path articles = Files.createDirectories(Path.of(run.stagedPath("articles")));
              Files.writeString(articles.resolve("part-0.parquet"), "half a table");
              throw new IOException("disk full");
            });
    assertEquals("disk full", failure.getMessage());
    assertEquals(before.size() + 1, files(out).size(), "the half-written table is staged only");
    run.abandon();
    assertEquals(before, files(out));
    assertFalse(Files.exists(out.resolve(StagedOutput.STAGING)));
  }

  @Test
  void aFailingFirstRunLeavesNoOutput() throws IOException {
    Path out = dir.resolve("new");
    writeRun(out, "first").abandon();
    assertFalse(Files.exists(out));
  }

  @Test
  void theNextRunDeletesWhatAKilledRunLeftBeforePublishing() throws IOException {
    Path out = publishedOnce("first");
    Map<String, String> before = files(out);
    writeRun(out, "killed"); // neither published nor abandoned: the JVM died
    assertTrue(Files.exists(out.resolve(StagedOutput.STAGING)));
    StagedOutput next = StagedOutput.open(out.toString(), OWNED, CONF);
    Map<String, String> left = files(out);
    assertEquals(before, left, "the killed run's files are gone, the published ones untouched");
    next.abandon();
    assertEquals(before, files(out));
  }

  @Test
  void theNextRunFinishesThePublishOfARunKilledWhilePublishing() throws IOException {
    Path out = publishedOnce("first");
    StagedOutput killed = writeRun(out, "killed");
    // the state after steps 1 to 3 and the first move: journal written, old manifest deleted,
    // articles in place, rejects and the manifest still staged
    FileSystem fs = FileSystem.getLocal(CONF);
    Path run = Path.of(killed.runFolder());
    Files.delete(Path.of(killed.workPath("extracted"), "part-0"));
    manifest("killed").write(run.toString(), CONF);
    Files.writeString(run.resolve(StagedOutput.JOURNAL), "move articles\nmove rejects\n");
    fs.delete(new org.apache.hadoop.fs.Path(out.resolve(RunManifest.FILE_NAME).toUri()), false);
    fs.delete(new org.apache.hadoop.fs.Path(out.resolve("articles").toUri()), true);
    assertTrue(
        fs.rename(
            new org.apache.hadoop.fs.Path(run.resolve("articles").toUri()),
            new org.apache.hadoop.fs.Path(out.resolve("articles").toUri())));
    assertTrue(StagedOutput.holdsOutput(fs, new org.apache.hadoop.fs.Path(out.toUri())));

    StagedOutput.open(out.toString(), OWNED, CONF).abandon();
    Map<String, String> files = files(out);
    assertEquals("articles killed", files.get("articles/part-0.parquet"));
    assertEquals("rejects killed", files.get("rejects/part-0.parquet"));
    assertTrue(files.get(RunManifest.FILE_NAME).contains("\"killed\""));
    assertEquals(3, files.size(), files.toString());
  }

  @Test
  void anOwnedEntryTheRunDidNotWriteIsDeleted() throws IOException {
    Path out = publishedOnce("first");
    StagedOutput run = StagedOutput.open(out.toString(), OWNED, CONF);
    Files.createDirectories(Path.of(run.stagedPath("articles")));
    Files.writeString(Path.of(run.stagedPath("articles"), "part-0.parquet"), "articles second");
    run.publish(manifest("second"));
    Map<String, String> files = files(out);
    assertEquals("articles second", files.get("articles/part-0.parquet"));
    assertFalse(files.containsKey("rejects/part-0.parquet"), files.toString());
  }

  @Test
  void onlyTheLeftoversOfAnUnpublishedRunCountAsNoOutput() throws IOException {
    FileSystem fs = FileSystem.getLocal(CONF);
    Path out = dir.resolve("out");
    org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out.toUri());
    assertFalse(StagedOutput.holdsOutput(fs, outPath));
    Files.createDirectories(out);
    assertTrue(StagedOutput.holdsOutput(fs, outPath), "an empty folder exists");
    writeRun(out, "killed");
    assertFalse(StagedOutput.holdsOutput(fs, outPath), "a killed first run's staging only");
    Files.writeString(out.resolve("notes.txt"), "x");
    assertTrue(StagedOutput.holdsOutput(fs, outPath));
  }
}
