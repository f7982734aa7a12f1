package org.newslens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/**
 * Options of {@code bin/newslens bench}.
 *
 * @param output folder for the archives, job outputs, logs and the report
 * @param analysisSizes articles of the JSONL archives the analysis is timed on
 * @param ingestSizes articles of the HTML and WARC archives (pages of {@code pageBytes}) the ingest
 *     is timed on
 * @param pageBytes furniture added to each generated page, to make pages of a crawl's size
 * @param masters Spark masters each job runs under, e.g. {@code local[1]} and {@code local[2]}
 * @param driverMemory heap of each job's driver JVM, e.g. {@code 4g}
 * @param lda also time an analysis with the topic model at every analysis size
 * @param ldaArgs analyze options for the LDA runs (for example fewer restarts)
 * @param realPages folders of real pages ({@code .html} or {@code .html.gz}) ingested and parsed as
 *     well
 * @param referenceLimit most pages and articles held in memory by the references
 */
public record BenchOptions(
    Path output,
    List<Integer> analysisSizes,
    List<Integer> ingestSizes,
    int pageBytes,
    List<String> masters,
    String driverMemory,
    boolean lda,
    List<String> ldaArgs,
    List<String> realPages,
    int referenceLimit) {

  public static final String USAGE =
      """
      usage: bin/newslens bench [--output DIR] [--analysis-sizes N,...] [--ingest-sizes N,...]
                                [--page-bytes B] [--masters M,...] [--driver-memory M] [--no-lda]
                                [--lda-args="..."] [--real-pages DIR,...] [--smoke]

      Times ingest and analysis on archives of several sizes from the generator, each job run as a user
      runs it (bin/newslens), and in the same run the references they are measured against: a bare jsoup
      parse of the same pages and the sentence scorer alone over the same sentences. Writes
      DIR/bench-report.json and DIR/bench-report.md: pages/s and MB/s per core, articles/s per core,
      LDA fit time, peak driver and executor memory, output sizes, local[1] against local[2], each job
      as a fraction of its reference, and the growth exponent of time against size.

      Options:
        --output DIR          work folder (default target/bench); archives are kept there and reused
        --analysis-sizes N,.. JSONL archive sizes for analysis (default 10000,100000,1000000)
        --ingest-sizes N,...  HTML and WARC archive sizes for ingest (default 2000,10000)
        --page-bytes B        furniture added to each generated page (default 140000: pages of about
                              150 KB, the median of real article pages)
        --masters M,...       Spark masters to run each job under (default local[1],local[2])
        --driver-memory M     heap of each job's driver (default 4g)
        --no-lda              time the analysis without the topic model only
        --lda-args="..."      analyze options for the LDA runs (default: the job's defaults)
        --real-pages DIR,...  also ingest and parse these folders of real pages (.html, .html.gz)
        --reference-limit N   most pages and articles the references hold in memory (default 3000)
        --smoke               the smallest run, for CI: analysis 2000, ingest 200, local[2], LDA with
                              --restarts 1 --iterations 10
        --help                this text
      """;

  public static BenchOptions parse(String[] argv) throws UsageException {
    Args args =
        Args.parse(
            argv,
            Set.of(
                "output",
                "analysis-sizes",
                "ingest-sizes",
                "page-bytes",
                "masters",
                "driver-memory",
                "lda-args",
                "real-pages",
                "reference-limit"),
            Set.of("no-lda", "smoke", "help"));
    if (!args.positional().isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(0) + "' (see --help)");
    }
    boolean smoke = args.has("smoke");
    List<Integer> analysis = sizes(args, "analysis-sizes", smoke ? "2000" : "10000,100000,1000000");
    List<Integer> ingest = sizes(args, "ingest-sizes", smoke ? "200" : "2000,10000");
    List<String> masters = list(args.get("masters", smoke ? "local[2]" : "local[1],local[2]"));
    for (String m : masters) {
      if (m.isBlank()) {
        throw new UsageException("--masters needs Spark master URLs separated by commas");
      }
    }
    int pageBytes = args.getInt("page-bytes", 140_000);
    if (pageBytes < 0) {
      throw new UsageException("--page-bytes must be at least 0, got " + pageBytes);
    }
    int limit = args.getInt("reference-limit", 3000);
    if (limit < 1) {
      throw new UsageException("--reference-limit must be at least 1, got " + limit);
    }
    String ldaArgs = args.get("lda-args", smoke ? "--restarts 1 --iterations 10" : "");
    return new BenchOptions(
        Path.of(args.get("output", "target/bench")),
        analysis,
        ingest,
        pageBytes,
        masters,
        args.get("driver-memory", "4g"),
        !args.has("no-lda"),
        ldaArgs.isBlank() ? List.of() : List.of(ldaArgs.strip().split("\\s+")),
        args.has("real-pages") ? list(args.get("real-pages", "")) : List.of(),
        limit);
  }

  private static List<Integer> sizes(Args args, String name, String fallback)
      throws UsageException {
    List<Integer> out = new ArrayList<>();
    for (String s : list(args.get(name, fallback))) {
      try {
        int n = Integer.parseInt(s.replace("_", ""));
        if (n < 1) {
          throw new NumberFormatException();
        }
        out.add(n);
      } catch (NumberFormatException e) {
        throw new UsageException("--" + name + " takes positive whole numbers, got '" + s + "'");
      }
    }
    return out;
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  public static boolean wantsHelp(String[] argv) {
    for (String a : argv) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }
}
