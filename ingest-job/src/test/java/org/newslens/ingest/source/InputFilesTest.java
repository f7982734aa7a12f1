package org.newslens.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.cli.SubmittedHadoopConf;
import org.newslens.common.cli.UsageException;
import org.newslens.common.schema.SourceFormat;

class InputFilesTest {
  private final Configuration conf = new Configuration();

  @Test
  void listsFilesRecursivelyInPathOrderSkippingHiddenOnes(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.createDirectories(dir.resolve("_tmp"));
    Files.writeString(dir.resolve("b/deeper/x.warc.gz"), "w");
    Files.writeString(dir.resolve("a.jsonl"), "{}");
    Files.writeString(dir.resolve("b/page.HTM"), "<p>");
    Files.writeString(dir.resolve("b/notes.data"), "?");
    Files.writeString(dir.resolve(".hidden.html"), "<p>");
    Files.writeString(dir.resolve("_tmp/y.html"), "<p>");
    List<InputFiles.InputFile> files = InputFiles.list(List.of(dir.toString()), null, conf);
    assertEquals(4, files.size());
    assertTrue(files.get(0).path().endsWith("/a.jsonl"));
    assertEquals(SourceFormat.JSONL, files.get(0).format());
    assertTrue(files.get(1).path().endsWith("/b/deeper/x.warc.gz"));
    assertEquals(SourceFormat.WARC, files.get(1).format());
    assertNull(files.get(2).format(), "unknown extension: told from content later");
    assertEquals(SourceFormat.HTML, files.get(3).format());
  }

  @Test
  void listsABrokenLinkWithItsProblemInsteadOfDroppingIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ok.html"), "<p>");
    Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("missing-target.html"));
    List<InputFiles.InputFile> files = InputFiles.list(List.of(dir.toString()), null, conf);
    assertEquals(2, files.size());
    assertTrue(files.get(0).path().endsWith("/gone.html"));
    assertFalse(files.get(0).readable());
    assertTrue(
        files.get(0).problem().startsWith("broken symbolic link to "), files.get(0).problem());
    assertTrue(files.get(1).readable());
  }

  @Test
  void listsLinkLoopsOnceWithTheirProblem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ok.html"), "<p>");
    Files.createSymbolicLink(dir.resolve("a.html"), dir.resolve("b.html"));
    Files.createSymbolicLink(dir.resolve("b.html"), dir.resolve("a.html"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/up"), dir);
    List<String> listed =
        InputFiles.list(List.of(dir.toString()), null, conf).stream()
            .map(
                f ->
                    f.path().substring(f.path().lastIndexOf('/') + 1)
                        + (f.readable() ? "" : " " + f.problem()))
            .toList();
    assertEquals(
        List.of(
            "a.html symbolic link loop (or a link whose target cannot be looked at)",
            "b.html symbolic link loop (or a link whose target cannot be looked at)",
            "ok.html",
            "up symbolic link loop: a link to a folder that is already being read"),
        listed);
  }

  @Test
  void listsThroughAFileSystemDefinedOnlyInSparkHadoopSettings(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("2025"));
    Files.writeString(dir.resolve("2025/a.html"), "<p>");
    // A view file system exists only in configuration: listing viewfs://news/ works only when the
    // spark.hadoop.* settings reach the listing.
    Configuration submitted =
        SubmittedHadoopConf.from(
            new SparkConf(false)
                .set("spark.hadoop.fs.viewfs.mounttable.news.link./archive", dir.toUri().toString())
                // kept out of Hadoop's FileSystem cache, where the bare configuration would find it
                .set("spark.hadoop.fs.viewfs.impl.disable.cache", "true"));
    List<InputFiles.InputFile> files =
        InputFiles.list(List.of("viewfs://news/archive"), null, submitted);
    assertEquals(
        List.of("viewfs://news/archive/2025/a.html"),
        files.stream().map(InputFiles.InputFile::path).toList());
    UsageException bare =
        assertThrows(
            UsageException.class,
            () -> InputFiles.list(List.of("viewfs://news/archive"), null, conf));
    assertTrue(
        bare.getMessage().startsWith("cannot list input viewfs://news/archive"), bare.getMessage());
  }

  @Test
  void anUnknownHdfsHostIsAUsageError() {
    UsageException e =
        assertThrows(
            UsageException.class,
            () -> InputFiles.list(List.of("hdfs://no-such-namenode.invalid/archive"), null, conf));
    assertTrue(
        e.getMessage().startsWith("cannot list input hdfs://no-such-namenode"), e.getMessage());
  }

  @Test
  void aForcedFormatAppliesToEveryFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("dump.data"), "text");
    assertEquals(
        SourceFormat.TEXT,
        InputFiles.list(List.of(dir.toString()), SourceFormat.TEXT, conf).get(0).format());
  }

  @Test
  void refusesAMissingInputOrAnEmptyFolder(@TempDir Path dir) {
    assertTrue(
        assertThrows(
                UsageException.class,
                () -> InputFiles.list(List.of(dir.resolve("nope").toString()), null, conf))
            .getMessage()
            .startsWith("input not found: "));
    assertTrue(
        assertThrows(
                UsageException.class, () -> InputFiles.list(List.of(dir.toString()), null, conf))
            .getMessage()
            .startsWith("no input files found under "));
  }

  @Test
  void refusesAnExistingOutputUnlessOverwriting(@TempDir Path dir) throws Exception {
    List<String> in = List.of("/elsewhere/in");
    assertEquals(
        "output exists: " + dir + " (pass --overwrite to replace it)",
        assertThrows(
                UsageException.class, () -> InputFiles.checkOutput(dir.toString(), false, in, conf))
            .getMessage());
    InputFiles.checkOutput(dir.toString(), true, in, conf);
    InputFiles.checkOutput(dir.resolve("new").toString(), false, in, conf);
  }

  @Test
  void refusesAnOutputThatCannotBeWritten(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    List<String> in = List.of(dir.resolve("in").toString());
    assertEquals(
        "output " + file.resolve("out") + " cannot be written: " + file + " is a file",
        assertThrows(
                UsageException.class,
                () -> InputFiles.checkOutput(file.resolve("out").toString(), false, in, conf))
            .getMessage());
    assertEquals(
        "output " + file + " is a file, not a folder",
        assertThrows(
                UsageException.class, () -> InputFiles.checkOutput(file.toString(), true, in, conf))
            .getMessage());
  }

  @Test
  void anOutputMayNotBeInsideHoldOrBeAnInput() {
    List<String> in = List.of("archive/2025", "hdfs://nn:8020/crawls");
    assertEquals(
        "output archive/2025/out is inside the input archive/2025",
        InputFiles.overlap(in, "archive/2025/out", "/work"));
    assertEquals(
        "output /work/archive holds the input archive/2025",
        InputFiles.overlap(in, "/work/archive", "/work"));
    assertEquals(
        "output ./archive/2025/ is the input archive/2025",
        InputFiles.overlap(in, "./archive/2025/", "/work"));
    assertEquals(
        "output hdfs://nn:8020/crawls/../crawls/run is inside the input hdfs://nn:8020/crawls",
        InputFiles.overlap(in, "hdfs://nn:8020/crawls/../crawls/run", "/work"));
    assertNull(InputFiles.overlap(in, "archive/2025-out", "/work"));
    assertNull(InputFiles.overlap(in, "hdfs://other:8020/crawls", "/work"));
    assertNull(InputFiles.overlap(in, "/elsewhere/archive/2025", "/work"));
  }
}
