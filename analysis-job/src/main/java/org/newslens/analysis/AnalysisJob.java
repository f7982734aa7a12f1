package org.newslens.analysis;

import org.apache.spark.sql.SparkSession;

/** {@code news-analysis}: articles Parquet → sentiment (and topic) tables by outlet and date. */
public final class AnalysisJob {
  private AnalysisJob() {}

  public static void main(String[] args) throws Exception {
    AnalysisOptions options = AnalysisOptions.parseOrExit(args);
    SparkSession spark = SparkSession.builder().appName("news-analysis").getOrCreate();
    try {
      AnalysisPipeline.Summary summary = AnalysisPipeline.run(spark, options);
      System.out.print(summary.text());
      System.out.println("tables and _manifest.json written to " + options.output());
    } finally {
      spark.stop();
    }
  }
}
