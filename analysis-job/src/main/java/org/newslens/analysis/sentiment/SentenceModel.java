package org.newslens.analysis.sentiment;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Scores a frame of sentences: the lexicon scorer, or a model saved by {@code train-sentiment}. */
public interface SentenceModel {
  /**
   * Adds a double column {@code scoreColumn} in [-1, 1] scoring the string column {@code
   * textColumn}.
   */
  Dataset<Row> withSentenceScore(Dataset<Row> sentences, String textColumn, String scoreColumn);

  String id();

  /**
   * Half-width of the neutral band for this model's scores: {@link SentimentLabels#EVIDENCE} for
   * the rules (neutral means no evidence), {@link SentimentLabels#HUMAN_BAND} for a trained model,
   * which predicts the human rating / 4.
   */
  double neutralBand();

  String version();
}
