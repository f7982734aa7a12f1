package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Labels from scores in [-1, 1] by the sign of the evidence: positive at or above {@link #POSITIVE}, negative at or
 * below {@link #NEGATIVE}, neutral between, i.e. neutral means the rules found no sentiment (or evidence that cancels
 * out); the ±1e-6 band only absorbs rounding. Why not VADER's ±0.05: human raters call a sentence neutral only when
 * its mean rating is within ±0.2 of 0 on the -4..+4 scale, narrower than 98% of lexicon entries, so any evidence the
 * rules leave standing after negation and dampening points to a polar sentence. The same rule labels sentences (for
 * the shares) and articles (their mean score).
 */
public final class SentimentLabels {
  public static final double POSITIVE = 1e-6;
  public static final double NEGATIVE = -1e-6;
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
