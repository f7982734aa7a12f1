package org.newslens.analysis.sentiment;

/** Scores a frame of sentences: the lexicon scorer, or a model saved by {@code train-sentiment}. */
public interface SentenceModel {
  /** Scores one sentence at a time in [-1, 1], shipped to the executors. */
  SentenceScorer scorer();

  String id();

  /**
   * Half-width of the neutral band for this model's scores: {@link SentimentLabels#EVIDENCE} for
   * the rules (neutral means no evidence), {@link SentimentLabels#HUMAN_BAND} for a trained model,
   * which predicts the human rating / 4.
   */
  double neutralBand();

  String version();
}
