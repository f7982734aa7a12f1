package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** The rule-based scorer as a {@link SentenceModel}: a UDF wrapping {@link LexiconScorer#score}. */
public final class LexiconSentenceModel implements SentenceModel {
  private static final UserDefinedFunction SCORE =
      udf((UDF1<String, Double>) text -> LexiconScorer.get().score(text), DataTypes.DoubleType)
          .asNonNullable();

  @Override
  public Dataset<Row> withSentenceScore(
      Dataset<Row> sentences, String textColumn, String scoreColumn) {
    return sentences.withColumn(scoreColumn, SCORE.apply(col(textColumn)));
  }

  @Override
  public double neutralBand() {
    return SentimentLabels.EVIDENCE;
  }

  @Override
  public String id() {
    return LexiconScorer.MODEL_ID;
  }

  @Override
  public String version() {
    return LexiconScorer.MODEL_VERSION;
  }
}
