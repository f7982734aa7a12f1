package org.newslens.analysis.topics;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * LDA's per-document variational inference, as MLlib's online optimiser runs it ({@code
 * OnlineLDAOptimizer.variationalTopicInference}: the same start, the same updates in the same
 * order, the same stopping rule, a mean change of the topic weights below 1e-3), on plain arrays:
 * MLlib's version builds Breeze slices and boxes every term index of every document, which made it
 * most of the cost of fitting and of scoring. Its digamma is more accurate than the one MLlib uses
 * ({@link #digamma}), and sums of products are taken in index order, where MLlib's BLAS may group
 * them differently, so results agree with MLlib's to about 1e-7 relative, far inside the 1e-3 mean
 * change at which both stop.
 *
 * <p>Not thread-safe: one instance per task thread; it keeps its working arrays between documents.
 */
final class VariationalInference {
  /** MLlib's stopping rule: the mean absolute change of the topic weights. */
  private static final double MEAN_CHANGE = 1e-3;

  private final int k;
  private final double[] alpha;
  private final double[] gammaStart;
  private final double[] gamma;
  private final double[] last;
  private final double[] expElogtheta;
  private final double[] digammas;
  private final double[] sums;
  private double[] betad = new double[0];
  private double[] phiNorm = new double[0];
  private double[] ratio = new double[0];

  /**
   * @param alpha the document concentration, one value per topic
   * @param gammaShape shape of the Gamma distribution the topic weights start from
   * @param seed seed of that start: MLlib draws it afresh for each document from a generator seeded
   *     with the same value, so every document of a task starts from the same weights
   */
  VariationalInference(double[] alpha, double gammaShape, long seed) {
    this.k = alpha.length;
    this.alpha = alpha.clone();
    this.gammaStart = gammaDraws(k, gammaShape, seed);
    this.gamma = new double[k];
    this.last = new double[k];
    this.expElogtheta = new double[k];
    this.digammas = new double[k];
    this.sums = new double[k];
  }

  /**
   * {@code n} draws of Gamma(shape, 1 / shape) from a Mersenne Twister seeded with {@code seed},
   * exactly as MLlib draws its starting values (Breeze's Gamma over the same generator).
   */
  static double[] gammaDraws(int n, double shape, long seed) {
    breeze.stats.distributions.RandBasis basis =
        new breeze.stats.distributions.RandBasis(new MersenneTwister(seed));
    breeze.stats.distributions.Gamma draws =
        new breeze.stats.distributions.Gamma(shape, 1.0 / shape, basis);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = draws.draw$mcD$sp();
    }
    return out;
  }

  /**
   * Infers the topic weights of one document of {@code n} distinct terms.
   *
   * @param ids the terms' indices in the vocabulary
   * @param counts the terms' counts
   * @param expElogbeta exp(E[log beta]) by term: term {@code w}'s {@code k} values at {@code w * k}
   * @return the unnormalised weights (gamma); valid until the next call
   */
  double[] infer(int[] ids, double[] counts, int n, double[] expElogbeta) {
    int k = this.k;
    if (betad.length < n * k) {
      betad = new double[Math.max(n * k, 2 * betad.length)];
      phiNorm = new double[Math.max(n, 2 * phiNorm.length)];
      ratio = new double[Math.max(n, 2 * ratio.length)];
    }
    double[] b = betad;
    for (int j = 0; j < n; j++) {
      System.arraycopy(expElogbeta, ids[j] * k, b, j * k, k);
    }
    System.arraycopy(gammaStart, 0, gamma, 0, k);
    expDirichletExpectation(gamma, expElogtheta);
    normalisers(n);
    double meanChange = 1;
    while (meanChange > MEAN_CHANGE) {
      System.arraycopy(gamma, 0, last, 0, k);
      for (int j = 0; j < n; j++) {
        ratio[j] = counts[j] / phiNorm[j];
      }
      // Each topic's sum over the terms, in term order; the inner loop runs over the topics.
      java.util.Arrays.fill(sums, 0);
      for (int j = 0, o = 0; j < n; j++, o += k) {
        double r = ratio[j];
        for (int t = 0; t < k; t++) {
          sums[t] += b[o + t] * r;
        }
      }
      for (int t = 0; t < k; t++) {
        gamma[t] = expElogtheta[t] * sums[t] + alpha[t];
      }
      expDirichletExpectation(gamma, expElogtheta);
      normalisers(n);
      double change = 0;
      for (int t = 0; t < k; t++) {
        change += Math.abs(gamma[t] - last[t]);
      }
      meanChange = change / k;
    }
    return gamma;
  }

  /**
   * Adds the last document's sufficient statistics to {@code stats} (by term, like {@code
   * expElogbeta}): exp(E[log theta]) times count / normaliser for each of its terms.
   */
  void addStatistics(int[] ids, double[] counts, int n, double[] stats) {
    int k = this.k;
    for (int j = 0; j < n; j++) {
      double r = counts[j] / phiNorm[j];
      int o = ids[j] * k;
      for (int t = 0; t < k; t++) {
        stats[o + t] += expElogtheta[t] * r;
      }
    }
  }

  /** Each term's normaliser: its sum over the topics, in topic order. */
  private void normalisers(int n) {
    int k = this.k;
    double[] b = betad;
    for (int j = 0, o = 0; j < n; j++, o += k) {
      double s = 0;
      for (int t = 0; t < k; t++) {
        s += b[o + t] * expElogtheta[t];
      }
      phiNorm[j] = s + 1e-100;
    }
  }

  /** exp(digamma(g) - digamma(sum g)) for each value of {@code g}, into {@code out}. */
  private void expDirichletExpectation(double[] g, double[] out) {
    double sum = 0;
    for (int t = 0; t < k; t++) {
      sum += g[t];
      digammas[t] = digamma(g[t]);
    }
    double ofSum = digamma(sum);
    for (int t = 0; t < k; t++) {
      out[t] = Math.exp(digammas[t] - ofSum);
    }
  }

  /**
   * The digamma function for x > 0: the recurrence digamma(x) = digamma(x + 1) - 1/x up to 10, then
   * the asymptotic series through x^-14, whose next term is below 1e-16 there. Against a 40-digit
   * reference its largest error is about 3e-13 (absolute, and relative away from the root at
   * 1.4616); Commons Math's digamma, which MLlib uses through Breeze, recurses up to 49 with a
   * shorter series and is off by up to 3e-9 for small arguments. This one takes at most 10 steps
   * instead of 49. Other arguments (zero, negative, NaN, infinite) go to Commons Math.
   */
  static double digamma(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      return org.apache.commons.math3.special.Gamma.digamma(x);
    }
    double y = x;
    double recurrence = 0;
    while (y < 10) {
      recurrence += 1 / y;
      y += 1;
    }
    double inv = 1 / (y * y);
    double series =
        inv
            * (1.0 / 12
                - inv
                    * (1.0 / 120
                        - inv
                            * (1.0 / 252
                                - inv
                                    * (1.0 / 240
                                        - inv
                                            * (1.0 / 132
                                                - inv * (691.0 / 32760 - inv * (1.0 / 12)))))));
    return Math.log(y) - 0.5 / y - series - recurrence;
  }
}
