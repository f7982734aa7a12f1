package org.newslens.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.inspect.CompareCommand;
import org.newslens.inspect.CompareOptions;
import org.newslens.inspect.RowScanner;
import org.newslens.inspect.TableLayout;
import org.newslens.inspect.TableSummary;
import org.newslens.sample.GenerateOptions;
import org.newslens.sample.Generator;

/**
 * Both jobs, submitted with spark-submit, read their input from and write their tables to HDFS: an
 * in-process cluster (a NameNode and a DataNode on loopback) reached as {@code hdfs://newslens/}, a
 * logical name defined only by {@code spark.hadoop.*} settings given with {@code --conf} (an HA
 * nameservice), so that every listing, read and write succeeds only if those settings reach it: the
 * path checks made before Spark starts, the executors' reads, the table and manifest writers. The
 * tables on HDFS equal those of the same submissions on local folders.
 */
class HdfsRoundTripTest {
  private static final String NAMESERVICE = "newslens";

  @TempDir static Path dir;

  private static MiniDFSCluster hdfs;

  @BeforeAll
  static void startHdfsWithAnArchive() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    Path archive = dir.resolve("archive");
    new Generator(new GenerateOptions(archive, 80, 3, 21, 5, LocalDate.of(2025, 1, 6), false))
        .run();
    // HDFS has no symbolic links: the generator's broken link (an unreadable_file reject) is left
    // out of both runs.
    try (Stream<Path> walk = Files.walk(archive)) {
      for (Path p : walk.filter(Files::isSymbolicLink).toList()) {
        Files.delete(p);
      }
    }
    hdfs.getFileSystem()
        .copyFromLocalFile(
            new org.apache.hadoop.fs.Path(archive.resolve("input").toUri()),
            new org.apache.hadoop.fs.Path("/archive"));
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  /** {@code --conf} settings that define the nameservice {@value #NAMESERVICE} on the NameNode. */
  private static List<String> nameservice() {
    String prefix = "spark.hadoop.dfs.";
    return List.of(
        "--conf",
        prefix + "nameservices=" + NAMESERVICE,
        "--conf",
        prefix + "ha.namenodes." + NAMESERVICE + "=nn1",
        "--conf",
        prefix + "namenode.rpc-address." + NAMESERVICE + ".nn1=127.0.0.1:" + hdfs.getNameNodePort(),
        "--conf",
        prefix
            + "client.failover.proxy.provider."
            + NAMESERVICE
            + "=org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider");
  }

  @Test
  void ingestAndAnalyzeReadAndWriteHdfsWithTheSettingsGivenToSparkSubmit() throws Exception {
    Path local = dir.resolve("local-run");
    submit(
        List.of(),
        "org.newslens.ingest.IngestJob",
        "--input",
        dir.resolve("archive/input").toString(),
        "--output",
        local.toString());
    submit(List.of(), "org.newslens.analysis.AnalysisJob", analyze(local.toString()));
    // A seeded LDA fit repeats only over the same split of the articles into tasks, which need not
    // be the same for files listed by HDFS and by the local file system (two fits here differed):
    // the HDFS run reuses this model, reading it from HDFS.
    Path model = dir.resolve("model");
    Files.move(local.resolve("analysis/topic_model"), model);
    FileSystem fs = hdfs.getFileSystem();
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(model.toUri()), new org.apache.hadoop.fs.Path("/model"));

    String remote = "hdfs://" + NAMESERVICE + "/run";
    submit(
        nameservice(),
        "org.newslens.ingest.IngestJob",
        "--input",
        "hdfs://" + NAMESERVICE + "/archive",
        "--output",
        remote);
    List<String> reuse = new ArrayList<>(Arrays.asList(analyze(remote)));
    reuse.addAll(List.of("--topic-model", "hdfs://" + NAMESERVICE + "/model"));
    submit(nameservice(), "org.newslens.analysis.AnalysisJob", reuse.toArray(String[]::new));

    Path back = dir.resolve("from-hdfs");
    fs.copyToLocalFile(
        new org.apache.hadoop.fs.Path("/run"), new org.apache.hadoop.fs.Path(back.toUri()));
    RunManifest manifest = RunManifest.read(back.toString(), new Configuration());
    assertTrue(((Number) manifest.get("articles")).longValue() > 50, manifest.toString());
    // Left out: the run's start time on every article and reject row, the manifests' wall-clock
    // timings and measured resources (heap, RSS), the LDA settings only the local run (which fitted
    // the model) records, and the source
    // paths, which name file: and hdfs: places of the same files (compared below).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        CompareCommand.run(
            new CompareOptions(
                local.toString(),
                back.toString(),
                Set.of(
                    ArticleColumns.INGESTED_AT,
                    ArticleColumns.SOURCE_PATH,
                    "timings",
                    "resources",
                    "lda_settings"),
                1e-9,
                false),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    String report = out.toString(StandardCharsets.UTF_8);
    System.out.print(
        report.lines().map(l -> "hdfs-round-trip " + l + "\n").reduce("", String::concat));
    assertEquals(0, status, report);
    assertTrue(report.contains("analysis/topic_sentiment"), report);
    for (String table : List.of("articles", "rejects")) {
      assertEquals(
          sourcePaths(local.resolve(table), dir.resolve("archive/input").toUri().toString()),
          sourcePaths(back.resolve(table), "hdfs://" + NAMESERVICE + "/archive/"),
          table);
    }
  }

  /** The table's source paths below {@code root}, sorted; a path elsewhere fails the test. */
  private static List<String> sourcePaths(Path table, String root) throws Exception {
    String prefix = root.replaceFirst("^file:///", "file:/");
    List<String> paths = new ArrayList<>();
    RowScanner.scan(
        TableSummary.read(TableLayout.read(table, table.toString())),
        List.of(ArticleColumns.SOURCE_PATH),
        List.of(),
        -1,
        row -> {
          String path = (String) row.get(ArticleColumns.SOURCE_PATH);
          assertTrue(path.startsWith(prefix), path + " is not below " + prefix);
          paths.add(path.substring(prefix.length()));
        });
    paths.sort(null);
    return paths;
  }

  @Test
  void withoutTheSettingsTheHdfsInputFailsInOneLineBeforeSparkStarts() throws Exception {
    Result r =
        run(
            List.of(),
            "org.newslens.ingest.IngestJob",
            "--input",
            "hdfs://" + NAMESERVICE + "/archive",
            "--output",
            dir.resolve("never").toString());
    assertEquals(2, r.status(), r.output());
    // The JVM's own warnings aside, one line: nothing was logged by a starting SparkContext.
    List<String> lines = r.output().lines().filter(l -> !l.startsWith("WARNING: ")).toList();
    assertEquals(1, lines.size(), r.output());
    assertTrue(
        lines.get(0).startsWith("newslens ingest: cannot list input hdfs://" + NAMESERVICE),
        lines.get(0));
  }

  private static String[] analyze(String run) {
    return new String[] {
      "--input", run + "/articles",
      "--output", run + "/analysis",
      "--k", "3",
      "--restarts", "1",
      "--iterations", "5"
    };
  }

  private record Result(int status, String output) {}

  private static void submit(List<String> settings, String mainClass, String... args)
      throws Exception {
    Result r = run(settings, mainClass, args);
    assertEquals(0, r.status(), mainClass + " " + String.join(" ", args) + "\n" + r.output());
  }

  /**
   * Runs {@code mainClass} through spark-submit in a JVM of its own ({@link SparkSubmitProcess}).
   */
  private static Result run(List<String> settings, String mainClass, String... args)
      throws Exception {
    Path log = Files.createTempFile(dir, "submit", ".log");
    Process p = SparkSubmitProcess.start(settings, mainClass, Arrays.asList(args), log);
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(mainClass + " did not finish within 15 minutes");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
