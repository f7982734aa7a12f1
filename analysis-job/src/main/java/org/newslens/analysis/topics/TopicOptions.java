package org.newslens.analysis.topics;

import java.nio.file.Path;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/**
 * The topic part of {@code analyze}'s command line.
 *
 * @param taxonomy taxonomy file, or null for the built-in one
 * @param taxonomyMinMatches matches an article needs for a taxonomy topic
 * @param topicModel directory (a Hadoop path) of a saved topic model to reuse, or null to fit one
 * @param lda how a new model is fitted
 * @param ldaEnabled false skips LDA (taxonomy topics only)
 * @param ldaMaxDocs most articles the model is fitted on (a seeded sample beyond that); all are
 *     then scored
 * @param ldaMinWeight smallest topic weight that puts an article on an LDA topic (its heaviest
 *     topic always does)
 * @param distinctiveTop terms kept per outlet × month in {@code distinctive_terms}
 * @param distinctiveMinCount occurrences a term needs in the outlet × month to be ranked
 * @param changePoints the change-point test's settings
 */
public record TopicOptions(
    Path taxonomy,
    int taxonomyMinMatches,
    String topicModel,
    LdaSettings lda,
    boolean ldaEnabled,
    int ldaMaxDocs,
    double ldaMinWeight,
    int distinctiveTop,
    int distinctiveMinCount,
    ChangePoints changePoints) {

  /** Options that take a value. */
  public static final Set<String> VALUE_OPTIONS =
      Set.of(
          "taxonomy",
          "taxonomy-min-matches",
          "topic-model",
          "k",
          "seed",
          "iterations",
          "restarts",
          "min-df",
          "max-df",
          "lda-max-docs",
          "lda-min-weight",
          "distinctive-top",
          "change-window",
          "change-z");

  /** Options that take none. */
  public static final Set<String> FLAG_OPTIONS = Set.of("no-lda");

  public static final String USAGE =
      String.join(
          "\n",
          "Topics:",
          "  --taxonomy FILE             keyword taxonomy to use instead of the built-in one (format in docs/analysis.md)",
          "  --taxonomy-min-matches N    term matches an article needs to get a taxonomy topic (default 2)",
          "  --topic-model DIR           reuse a saved LDA model (e.g. an earlier run's <output>/topic_model)",
          "  --k N                       LDA topics (default " + LdaSettings.DEFAULT_K + ")",
          "  --seed N                    LDA seed (default " + LdaSettings.DEFAULT_SEED + ")",
          "  --iterations N              LDA iterations per restart (default "
              + LdaSettings.DEFAULT_ITERATIONS
              + ")",
          "  --restarts N                LDA fits, keeping the lowest log-perplexity (default "
              + LdaSettings.DEFAULT_RESTARTS
              + ")",
          "  --min-df X                  a term's minimum document frequency, count or fraction (default 5)",
          "  --max-df X                  a term's maximum document frequency, fraction or count (default 0.5)",
          "  --lda-max-docs N            fit on at most N articles, a seeded sample (default 20000); all are scored",
          "  --lda-min-weight X          topic weight that puts an article on an LDA topic (default 0.25)",
          "  --no-lda                    taxonomy topics only",
          "  --distinctive-top N         distinctive terms per outlet and month (default 25)",
          "  --change-window DAYS        days in each window of the change-point test (default 7)",
          "  --change-z Z                smallest |z| reported as a change point (default 4)");

  public static TopicOptions defaults() {
    return new TopicOptions(
        null, 2, null, LdaSettings.defaults(), true, 20_000, 0.25, 25, 5, ChangePoints.defaults());
  }

  /**
   * Reads the topic options from a parsed command line (which must accept {@link #VALUE_OPTIONS}).
   */
  public static TopicOptions from(Args args) throws UsageException {
    int minMatches = positive(args, "taxonomy-min-matches", 2);
    int k = args.getInt("k", LdaSettings.DEFAULT_K);
    if (k < 2) {
      throw new UsageException("--k must be at least 2, got " + k);
    }
    long seed;
    try {
      seed = Long.parseLong(args.get("seed", String.valueOf(LdaSettings.DEFAULT_SEED)).trim());
    } catch (NumberFormatException e) {
      throw new UsageException(
          "option --seed needs a whole number, got '" + args.get("seed", "") + "'");
    }
    int iterations = positive(args, "iterations", LdaSettings.DEFAULT_ITERATIONS);
    int restarts = positive(args, "restarts", LdaSettings.DEFAULT_RESTARTS);
    double minDf = args.getDouble("min-df", LdaSettings.DEFAULT_MIN_DF);
    double maxDf = args.getDouble("max-df", LdaSettings.DEFAULT_MAX_DF);
    if (minDf < 0 || maxDf <= 0) {
      throw new UsageException("--min-df must be >= 0 and --max-df > 0");
    }
    double minWeight = args.getDouble("lda-min-weight", 0.25);
    if (minWeight < 0 || minWeight > 1) {
      throw new UsageException("--lda-min-weight must be between 0 and 1, got " + minWeight);
    }
    double changeZ = args.getDouble("change-z", ChangePoints.defaults().threshold());
    if (changeZ <= 0) {
      throw new UsageException("--change-z must be positive, got " + changeZ);
    }
    LdaSettings lda =
        LdaSettings.defaults()
            .withK(k)
            .withSeed(seed)
            .withIterations(iterations)
            .withRestarts(restarts)
            .withDocumentFrequency(minDf, maxDf);
    return new TopicOptions(
        args.has("taxonomy") ? Path.of(args.get("taxonomy", null)) : null,
        minMatches,
        args.get("topic-model", null),
        lda,
        !args.has("no-lda"),
        positive(args, "lda-max-docs", 20_000),
        minWeight,
        positive(args, "distinctive-top", 25),
        5,
        new ChangePoints(
            positive(args, "change-window", 7), changeZ, ChangePoints.defaults().minN()));
  }

  private static int positive(Args args, String name, int fallback) throws UsageException {
    int value = args.getInt(name, fallback);
    if (value < 1) {
      throw new UsageException("--" + name + " must be at least 1, got " + value);
    }
    return value;
  }
}
