package org.newslens.analysis.sentiment;

import java.io.Serializable;

/**
 * Scores one sentence in [-1, 1]: the per-sentence function of a {@link SentenceModel}, shipped to
 * executors by the article pass. Implementations are pure and thread-safe.
 */
@FunctionalInterface
public interface SentenceScorer extends Serializable {
  double score(String sentence);
}
