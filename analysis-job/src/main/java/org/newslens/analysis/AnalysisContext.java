package org.newslens.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.analysis.sink.AnalysisSink;

/**
 * What every step sees: the session (for reading models), the options, the selected articles (the
 * {@code articles} schema, cached), the sink, and the frames earlier steps published by name.
 */
public final class AnalysisContext {
  private final SparkSession spark;
  private final AnalysisOptions options;
  private final Dataset<Row> articles;
  private final AnalysisSink sink;
  private final Map<String, Dataset<Row>> frames = new LinkedHashMap<>();

  public AnalysisContext(
      SparkSession spark, AnalysisOptions options, Dataset<Row> articles, AnalysisSink sink) {
    this.spark = spark;
    this.options = options;
    this.articles = articles;
    this.sink = sink;
  }

  public SparkSession spark() {
    return spark;
  }

  public AnalysisOptions options() {
    return options;
  }

  /**
   * The selected articles: after --from/--to/--outlets, including undated ones unless a date bound
   * was given.
   */
  public Dataset<Row> articles() {
    return articles;
  }

  public AnalysisSink sink() {
    return sink;
  }

  /**
   * Makes {@code frame} available to later steps under {@code name} (a table name such as
   * article_sentiment).
   */
  public void publish(String name, Dataset<Row> frame) {
    frames.put(name, frame);
  }

  /** A frame published by an earlier step. */
  public Dataset<Row> frame(String name) {
    Dataset<Row> frame = frames.get(name);
    if (frame == null) {
      throw new IllegalStateException(
          "no step published " + name + " before it was needed; check the step order");
    }
    return frame;
  }

  public boolean hasFrame(String name) {
    return frames.containsKey(name);
  }
}
