package org.newslens.analysis;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.sink.AnalysisSink;
import org.newslens.analysis.topics.TopicTables;

/**
 * What every step sees: the session, the options, the sink, and the frames of the article pass
 * ({@link ArticlePass}), each in the columns of the schema its reader declares.
 */
public final class AnalysisContext {
  private final SparkSession spark;
  private final AnalysisOptions options;
  private final AnalysisSink sink;
  private final Dataset<Row> facts;

  /**
   * @param facts the article pass's frame ({@link ArticlePass#SCHEMA}), read back from its working
   *     copy
   */
  public AnalysisContext(
      SparkSession spark, AnalysisOptions options, AnalysisSink sink, Dataset<Row> facts) {
    this.spark = spark;
    this.options = options;
    this.sink = sink;
    this.facts = facts;
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

  /** One row per selected article in {@link SentimentTables#ARTICLE_SCORES}. */
  public Dataset<Row> articleScores() {
    return ArticlePass.articleScores(facts);
  }

  /** One row per selected article in {@link TopicTables#ARTICLE_TOPIC_INPUT}. */
  public Dataset<Row> articleTopicInput() {
    return ArticlePass.articleTopicInput(facts);
  }

  /** The selected articles' term counts in {@link TopicTables#TERM_COUNTS}. */
  public Dataset<Row> termCounts() {
    return ArticlePass.termCounts(facts);
  }
}
