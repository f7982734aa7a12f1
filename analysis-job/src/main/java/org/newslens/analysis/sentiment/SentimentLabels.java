package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Labels from scores in [-1, 1]: positive at or above {@code +band}, negative at or below {@code
 * -band}, neutral between. The band depends on what the score measures:
 *
 * <ul>
 *   <li>{@link #EVIDENCE} (±1e-6, only absorbing rounding) for the rule-based scorer: neutral means
 *       the rules found no sentiment, or evidence that cancels out. Not VADER's ±0.05: raters call
 *       a sentence neutral only when its mean rating is within ±0.2 of 0 on the -4..+4 scale,
 *       narrower than 98% of lexicon entries, so any evidence the rules leave standing after
 *       negation and dampening points to a polar sentence.
 *   <li>{@link #HUMAN_BAND} (±0.05) for a trained model, whose score estimates the mean human
 *       rating / 4: the raters' own neutral band on that scale.
 * </ul>
 *
 * The same band labels a model's sentences (for the shares) and articles (their mean score).
 */
public final class SentimentLabels {
  public static final double EVIDENCE = 1e-6;
  public static final double HUMAN_BAND = 0.05;
  public static final String POSITIVE_LABEL = "positive";
  public static final String NEGATIVE_LABEL = "negative";
  public static final String NEUTRAL_LABEL = "neutral";

  private SentimentLabels() {}

  public static String label(double score, double band) {
    return score >= band ? POSITIVE_LABEL : score <= -band ? NEGATIVE_LABEL : NEUTRAL_LABEL;
  }

  /** The label of a score column; null for a null score. */
  public static Column label(Column score, double band) {
    return when(score.isNull(), lit(null).cast("string"))
        .when(score.geq(band), lit(POSITIVE_LABEL))
        .when(score.leq(-band), lit(NEGATIVE_LABEL))
        .otherwise(lit(NEUTRAL_LABEL));
  }
}
