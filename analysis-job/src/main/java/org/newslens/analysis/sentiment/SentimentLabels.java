package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Labels from scores in [-1, 1]: positive at or above {@link #POSITIVE}, negative at or below {@link #NEGATIVE},
 * neutral between. The thresholds are VADER's published compound thresholds (±0.05), used for sentences and articles.
 */
public final class SentimentLabels {
  public static final double POSITIVE = 0.05;
  public static final double NEGATIVE = -0.05;
  public static final String POSITIVE_LABEL = "positive";
  public static final String NEGATIVE_LABEL = "negative";
  public static final String NEUTRAL_LABEL = "neutral";

  private SentimentLabels() {}

  public static String label(double score) {
    return score >= POSITIVE ? POSITIVE_LABEL : score <= NEGATIVE ? NEGATIVE_LABEL : NEUTRAL_LABEL;
  }

  /** The label of a score column; null for a null score. */
  public static Column label(Column score) {
    return when(score.isNull(), lit(null).cast("string"))
        .when(score.geq(POSITIVE), lit(POSITIVE_LABEL))
        .when(score.leq(NEGATIVE), lit(NEGATIVE_LABEL))
        .otherwise(lit(NEUTRAL_LABEL));
  }
}
