package org.newslens.analysis;

import org.apache.spark.sql.SparkSession;
import org.newslens.analysis.sink.AnalysisSink;

/**
 * What every step sees: the session, the options and the sink. The frames a step reads are handed
 * to it by the pipeline when it is built.
 */
public final class AnalysisContext {
  private final SparkSession spark;
  private final AnalysisOptions options;
  private final AnalysisSink sink;

  public AnalysisContext(SparkSession spark, AnalysisOptions options, AnalysisSink sink) {
    this.spark = spark;
    this.options = options;
    this.sink = sink;
  }

  public SparkSession spark() {
    return spark;
  }

  public AnalysisOptions options() {
    return options;
  }

  public AnalysisSink sink() {
    return sink;
  }
}
