package org.newslens.analysis.sentiment;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.SubmittedHadoopConf;
import org.newslens.common.cli.UsageException;

/** {@code train-sentiment}: labelled sentences → a saved sentence sentiment model. */
public final class TrainSentimentJob {
  private TrainSentimentJob() {}

  public static void main(String[] args) throws Exception {
    if (java.util.Arrays.asList(args).contains("--help")
        || java.util.Arrays.asList(args).contains("-h")) {
      System.out.println(TrainSentimentOptions.USAGE);
      return;
    }
    TrainSentimentOptions options;
    try {
      options = TrainSentimentOptions.parse(args);
      options.checkPaths(SubmittedHadoopConf.forThisDriver());
    } catch (UsageException e) {
      Cli.exitUsage("newslens train-sentiment", e.getMessage());
      return;
    }
    SparkSession spark =
        SparkSession.builder().appName("news-analysis-train-sentiment").getOrCreate();
    try {
      Dataset<Row> labels =
          EditorialSplit.filterHalf(
              spark.read().schema(SentimentTraining.LABELS).json(options.labels()),
              "id",
              options.splitHalf());
      Dataset<Row> training = SentimentTraining.withTarget(labels, options.scoreScale()).cache();
      long rows = training.count();
      if (rows < 10) {
        System.err.println(
            "newslens train-sentiment: only "
                + rows
                + " usable labelled rows in "
                + options.labels()
                + (options.splitHalf() == null ? "" : " (half " + options.splitHalf() + ")"));
        System.exit(2);
      }
      long start = System.nanoTime();
      SentimentTraining.Fit fit = SentimentTraining.fit(training);
      TrainedSentenceModel.save(fit.model(), options.model());
      StringBuilder cv = new StringBuilder();
      fit.cvPearsonByRegParam().forEach((p, r) -> cv.append(String.format(" %.4g:%.4f", p, r)));
      System.out.printf(
          "trained on %d sentences%s in %.0f s; %d-fold CV grouped by document, Pearson r by regParam"
              + "%s; chosen regParam %.4g (CV r %.4f); saved to %s%n",
          rows,
          options.splitHalf() == null ? "" : " (half " + options.splitHalf() + ")",
          (System.nanoTime() - start) / 1e9,
          fit.folds(),
          cv,
          fit.regParam(),
          fit.cvPearson(),
          options.model());
    } finally {
      spark.stop();
    }
  }
}
