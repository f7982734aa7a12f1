package org.newslens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.UsageException;

/**
 * {@code bin/newslens bench}: generates the archives, runs every job and reference, and writes the
 * report ({@link BenchReport}). See {@link BenchOptions#USAGE}.
 */
public final class BenchCommand {
  /** Outlets and days of every generated archive: a year of eight outlets. */
  static final int OUTLETS = 8;

  static final int DAYS = 365;
  static final long SEED = 42;

  private final BenchOptions options;
  private final Jobs jobs;
  private final Path archives;
  private final Path outputs;

  private BenchCommand(BenchOptions options, Path launcher) throws IOException {
    this.options = options;
    this.archives = options.output().resolve("archives");
    this.outputs = options.output().resolve("outputs");
    this.jobs = new Jobs(launcher, options.output().resolve("logs"));
  }

  public static void main(String[] argv) throws Exception {
    if (BenchOptions.wantsHelp(argv)) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    BenchOptions options = null;
    try {
      options = BenchOptions.parse(argv);
      for (String dir : options.realPages()) {
        if (!Files.isDirectory(Path.of(dir))) {
          throw new UsageException("--real-pages folder not found: " + dir);
        }
      }
    } catch (UsageException e) {
      Cli.exitUsage("newslens bench", e.getMessage());
    }
    Path launcher = Path.of(System.getProperty("newslens.launcher", "bin/newslens"));
    BenchReport report = new BenchCommand(options, launcher).run();
    Path json = options.output().resolve("bench-report.json");
    Path markdown = options.output().resolve("bench-report.md");
    report.write(json, markdown);
    System.out.println("bench report: " + json + " and " + markdown);
  }

  private BenchReport run() throws IOException, InterruptedException {
    BenchReport report = new BenchReport(options);
    Path largestPages = null;
    for (int size : options.ingestSizes()) {
      Path archive = archive("pages", size, "html,warc", options.pageBytes());
      largestPages = archive.resolve("input");
      for (String master : options.masters()) {
        report.addIngest(ingest("pages-" + size, archive.resolve("input"), master, size));
      }
    }
    for (int i = 0; i < options.realPages().size(); i++) {
      Path dir = Path.of(options.realPages().get(i));
      for (String master : options.masters()) {
        report.addIngest(ingest("real-" + i, dir, master, 0));
      }
      report.addParseReference(
          "real pages " + dir, parseReference("parse-real-" + i, List.of(dir.toString())));
    }
    if (largestPages != null) {
      report.addParseReference(
          "generated pages", parseReference("parse-generated", List.of(largestPages.toString())));
    }

    Path largestArticles = null;
    for (int size : options.analysisSizes()) {
      Path archive = archive("jsonl", size, "jsonl", 0);
      Path articles = articles(archive, size);
      largestArticles = articles;
      for (String master : options.masters()) {
        report.addAnalysis(analyze("jsonl-" + size, articles, master, size, false));
      }
      if (options.lda()) {
        String master = options.masters().get(options.masters().size() - 1);
        report.addAnalysis(analyze("jsonl-" + size, articles, master, size, true));
      }
    }
    if (largestArticles != null) {
      report.setScorerReference(
          jobs.reference(
              "scorer",
              ScorerReference.class,
              "3g",
              List.of(
                  "--limit",
                  String.valueOf(options.referenceLimit() * 10),
                  largestArticles.toString())));
    }
    return report;
  }

  /** The archive of {@code size} articles in {@code formats}, generated unless already there. */
  private Path archive(String kind, int size, String formats, int pageBytes)
      throws IOException, InterruptedException {
    Path dir = archives.resolve(kind + "-" + size + (pageBytes > 0 ? "-" + pageBytes : ""));
    if (Files.exists(dir.resolve("planted.json"))) {
      return dir;
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "generate",
                "--output",
                dir.toString(),
                "--articles",
                String.valueOf(size),
                "--outlets",
                String.valueOf(OUTLETS),
                "--days",
                String.valueOf(DAYS),
                "--seed",
                String.valueOf(SEED),
                "--formats",
                formats,
                "--overwrite"));
    if (pageBytes > 0) {
      args.addAll(List.of("--page-bytes", String.valueOf(pageBytes)));
    }
    jobs.run("generate-" + dir.getFileName(), args).requireSuccess("generate " + dir);
    return dir;
  }

  /** The articles table of a JSONL archive, ingested once (not timed) for the analysis runs. */
  private Path articles(Path archive, int size) throws IOException, InterruptedException {
    Path out = outputs.resolve("articles-jsonl-" + size);
    if (!Files.exists(out.resolve("_manifest.json"))) {
      jobs.run(
              "ingest-for-analysis-" + size,
              List.of(
                  "ingest",
                  "--input",
                  archive.resolve("input").toString(),
                  "--output",
                  out.toString(),
                  "--overwrite",
                  "--driver-memory",
                  options.driverMemory()))
          .requireSuccess("ingest " + archive);
    }
    return out.resolve("articles");
  }

  private Map<String, Object> ingest(String name, Path input, String master, int size)
      throws IOException, InterruptedException {
    Path out = outputs.resolve("ingest-" + name + "-" + slug(master));
    Jobs.Run run =
        jobs.run(
                "ingest-" + name + "-" + slug(master),
                List.of(
                    "ingest",
                    "--master",
                    master,
                    "--driver-memory",
                    options.driverMemory(),
                    "--input",
                    input.toString(),
                    "--output",
                    out.toString(),
                    "--overwrite"))
            .requireSuccess("ingest " + input);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("archive", name);
    r.put("articles_generated", size);
    r.put("master", master);
    r.put("cores", cores(master));
    r.put("wall_seconds", run.wallSeconds());
    r.put("manifest", Jobs.manifest(out));
    r.put("articles_bytes", Jobs.bytes(out.resolve("articles")));
    return r;
  }

  private Map<String, Object> analyze(
      String name, Path articles, String master, int size, boolean lda)
      throws IOException, InterruptedException {
    String label = name + "-" + slug(master) + (lda ? "-lda" : "");
    Path out = outputs.resolve("analysis-" + label);
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                "--master",
                master,
                "--driver-memory",
                options.driverMemory(),
                "--input",
                articles.toString(),
                "--output",
                out.toString(),
                "--overwrite"));
    if (lda) {
      args.addAll(options.ldaArgs());
    } else {
      args.add("--no-lda");
    }
    Jobs.Run run = jobs.run("analyze-" + label, args).requireSuccess("analyze " + articles);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("archive", name);
    r.put("articles_generated", size);
    r.put("master", master);
    r.put("cores", cores(master));
    r.put("lda", lda);
    r.put("wall_seconds", run.wallSeconds());
    r.put("manifest", Jobs.manifest(out));
    r.put("output_bytes", Jobs.bytes(out));
    return r;
  }

  private Map<String, Object> parseReference(String name, List<String> dirs)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(List.of("--limit", String.valueOf(options.referenceLimit())));
    args.addAll(dirs);
    return jobs.reference(name, ParseReference.class, "3g", args);
  }

  /** Task slots of a local master ({@code local[2]}: 2); other masters count as 1. */
  static int cores(String master) {
    if (master.startsWith("local[") && master.endsWith("]")) {
      String n = master.substring(6, master.length() - 1);
      if (n.equals("*")) {
        return Runtime.getRuntime().availableProcessors();
      }
      return Integer.parseInt(n);
    }
    return master.equals("local") ? 1 : Runtime.getRuntime().availableProcessors();
  }

  private static String slug(String master) {
    return master.replaceAll("[^A-Za-z0-9]+", "");
  }
}
