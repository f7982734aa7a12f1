package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.newslens.analysis.stats.Stats;

/**
 * 95% intervals for shares and means: pure functions, and the same formulas as Column expressions.
 */
public final class Intervals {
  /** The 97.5% quantile of the standard normal distribution. */
  public static final double Z95 = 1.959963984540054;

  private Intervals() {}

  /**
   * Wilson score interval for {@code k} successes out of {@code n}: {@code {low, high}}, or {@code
   * {NaN, NaN}} when n = 0. Unlike the normal approximation it stays inside [0, 1] and is sensible
   * for shares near 0 or 1.
   */
  public static double[] wilson(long k, long n) {
    if (n <= 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double p = (double) k / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Lower Wilson bound of {@code k / n} as a Column ({@code n > 0}). */
  public static Column wilsonLow(Column k, Column n) {
    return greatest(lit(0.0), wilsonCentre(k, n).minus(wilsonHalf(k, n)));
  }

  /** Upper Wilson bound of {@code k / n} as a Column ({@code n > 0}). */
  public static Column wilsonHigh(Column k, Column n) {
    return least(lit(1.0), wilsonCentre(k, n).plus(wilsonHalf(k, n)));
  }

  private static Column wilsonCentre(Column k, Column n) {
    double z2 = Z95 * Z95;
    Column p = k.cast("double").divide(n);
    return p.plus(lit(z2 / 2).divide(n)).divide(lit(1).plus(lit(z2).divide(n)));
  }

  private static Column wilsonHalf(Column k, Column n) {
    double z2 = Z95 * Z95;
    Column p = k.cast("double").divide(n);
    Column variance = p.multiply(lit(1).minus(p)).divide(n).plus(lit(z2 / 4).divide(n.multiply(n)));
    return lit(Z95).divide(lit(1).plus(lit(z2).divide(n))).multiply(sqrt(variance));
  }

  /**
   * The 97.5% quantile of Student's t with {@code n - 1} degrees of freedom (n articles); NaN when
   * n < 2.
   */
  public static double t975(long n) {
    if (n < 2) {
      return Double.NaN;
    }
    return Stats.tCritical95((double) (n - 1));
  }

  /**
   * Half-width of the 95% t interval of a mean, {@code t(0.975, n-1) * sd / sqrt(n)}, as a Column;
   * null when n < 2.
   *
   * @param t975 a Column holding {@link #t975} of {@code n} (a UDF around that function)
   */
  public static Column meanHalfWidth(Column sd, Column n, Column t975) {
    return when(n.geq(2), t975.multiply(sd).divide(sqrt(n.cast("double"))));
  }
}
