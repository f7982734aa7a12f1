package org.newslens.ingest;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.SubmittedHadoopConf;
import org.newslens.common.cli.UsageException;
import org.newslens.ingest.source.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code news-ingest}: archives → {@code articles} and {@code rejects} Parquet. See {@link
 * IngestOptions#USAGE}.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  /** Exit status of a run that wrote everything but has more rejects than allowed. */
  static final int EXIT_REJECT_RATIO = 3;

  private IngestJob() {}

  public static void main(String[] args) throws Exception {
    IngestOptions opts = IngestOptions.parseOrExit(args);
    List<InputFiles.InputFile> files = checkPathsOrExit(opts);
    SparkSession spark = SparkSession.builder().appName("news-ingest").getOrCreate();
    IngestSummary summary;
    try {
      summary = IngestPipeline.run(spark, opts, files);
    } finally {
      spark.stop();
    }
    LOG.info(
        "ingest done: records_in={} articles={} duplicates={} rejects={} by_reason={}",
        summary.recordsIn(),
        summary.articles(),
        summary.duplicates(),
        summary.rejects(),
        summary.byReason());
    System.out.println(summary.report(opts.output()));
    if (!summary.reconciled()) {
      System.err.println(
          "newslens ingest: counts do not reconcile; see " + opts.output() + "/_manifest.json");
      System.exit(1);
    }
    String ratio = summary.rejectRatioFailure(opts.maxRejectRatio(), opts.output());
    if (ratio != null) {
      System.err.println("newslens ingest: " + ratio);
      System.exit(EXIT_REJECT_RATIO);
    }
  }

  /**
   * Lists inputs and checks the output before Spark starts: a bad path is one line on stderr and
   * exit 2.
   */
  private static List<InputFiles.InputFile> checkPathsOrExit(IngestOptions opts) {
    Configuration conf = SubmittedHadoopConf.forThisDriver();
    try {
      InputFiles.checkOutput(opts.output(), opts.overwrite(), opts.inputs(), conf);
      return InputFiles.list(opts.inputs(), opts.format(), conf);
    } catch (UsageException e) {
      Cli.exitUsage("newslens ingest", e.getMessage());
      throw new IllegalStateException("unreachable");
    }
  }
}
