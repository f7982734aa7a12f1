package org.newslens.analysis.topics;

/**
 * How the LDA topic model is fitted. The defaults are the recipe calibrated on the BBC topic
 * benchmark: the online optimiser made "batch-like" (a batch the size of the corpus in every
 * iteration, drawn with replacement as MLlib samples, learning offset 1, learning decay near 0,
 * fixed document concentration), 100 iterations, 5 restarts keeping the restart with the lowest
 * log-perplexity on the training documents (no labels are used to choose). Lower log-perplexity
 * tracks better topics closely, so more restarts make a poor local optimum less likely; 5 raised
 * BBC NMI over 3 (docs/evaluation.md).
 *
 * @param k number of topics
 * @param seed seed of the first restart; the others derive from it
 * @param iterations optimiser iterations per restart
 * @param restarts independent fits per model; the one with the lowest log-perplexity is kept
 * @param minDf a term must occur in at least this many documents (a fraction of documents when
 *     below 1)
 * @param maxDf a term may occur in at most this fraction of documents (a count when 1 or more)
 * @param vocabSize largest vocabulary kept, most frequent terms first
 * @param topTerms terms kept per topic in {@code topic_terms}
 */
public record LdaSettings(
    int k,
    long seed,
    int iterations,
    int restarts,
    double minDf,
    double maxDf,
    int vocabSize,
    int topTerms) {

  public static final int DEFAULT_K = 10;
  public static final long DEFAULT_SEED = 42L;
  public static final int DEFAULT_ITERATIONS = 100;
  public static final int DEFAULT_RESTARTS = 5;
  public static final double DEFAULT_MIN_DF = 5;
  public static final double DEFAULT_MAX_DF = 0.5;
  public static final int DEFAULT_VOCAB_SIZE = 50_000;
  public static final int DEFAULT_TOP_TERMS = 15;

  public LdaSettings {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2, got " + k);
    }
    if (iterations < 1 || restarts < 1) {
      throw new IllegalArgumentException("iterations and restarts must be at least 1");
    }
    if (minDf < 0 || maxDf <= 0) {
      throw new IllegalArgumentException("document-frequency bounds must be positive");
    }
    if (vocabSize < 1 || topTerms < 1) {
      throw new IllegalArgumentException("vocabulary size and top terms must be at least 1");
    }
  }

  public static LdaSettings defaults() {
    return new LdaSettings(
        DEFAULT_K,
        DEFAULT_SEED,
        DEFAULT_ITERATIONS,
        DEFAULT_RESTARTS,
        DEFAULT_MIN_DF,
        DEFAULT_MAX_DF,
        DEFAULT_VOCAB_SIZE,
        DEFAULT_TOP_TERMS);
  }

  public LdaSettings withK(int newK) {
    return new LdaSettings(newK, seed, iterations, restarts, minDf, maxDf, vocabSize, topTerms);
  }

  public LdaSettings withSeed(long newSeed) {
    return new LdaSettings(k, newSeed, iterations, restarts, minDf, maxDf, vocabSize, topTerms);
  }

  public LdaSettings withIterations(int newIterations) {
    return new LdaSettings(k, seed, newIterations, restarts, minDf, maxDf, vocabSize, topTerms);
  }

  public LdaSettings withRestarts(int newRestarts) {
    return new LdaSettings(k, seed, iterations, newRestarts, minDf, maxDf, vocabSize, topTerms);
  }

  public LdaSettings withDocumentFrequency(double newMinDf, double newMaxDf) {
    return new LdaSettings(k, seed, iterations, restarts, newMinDf, newMaxDf, vocabSize, topTerms);
  }

  /** The seed of restart {@code r} (0-based): the first restart uses {@link #seed()} itself. */
  public long restartSeed(int r) {
    return r == 0 ? seed : seed * 1_000_003L + r * 7_919L;
  }
}
