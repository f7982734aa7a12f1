package org.newslens.analysis.stats;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Student's t distribution, for intervals and Welch tests: pure functions wrapped by the few UDFs
 * the aggregation needs (Spark has no t quantile or t CDF as a Column function).
 */
public final class Stats {
  /**
   * Whole degrees of freedom (n - 1 of an interval over n values) up to this many keep their
   * critical value once computed: each takes a hundred bisection steps, and an aggregate table asks
   * for the same few thousand again and again.
   */
  private static final int REMEMBERED_DF = 1 << 16;

  private static final ConcurrentHashMap<Integer, Double> CRITICAL_BY_DF =
      new ConcurrentHashMap<>();

  private Stats() {}

  /** The two-sided 95% critical value t(0.975, df); null for df below 1 or null. */
  public static Double tCritical95(Double df) {
    if (df == null || !(df >= 1.0) || Double.isInfinite(df)) {
      return df != null && Double.isInfinite(df) ? 1.959963984540054 : null;
    }
    double d = df;
    if (d <= REMEMBERED_DF && d == Math.rint(d)) {
      return CRITICAL_BY_DF.computeIfAbsent((int) d, whole -> bisectCritical95(whole));
    }
    return bisectCritical95(d);
  }

  private static double bisectCritical95(double df) {
    double lo = 0.0;
    double hi = 1000.0;
    for (int k = 0; k < 100; k++) {
      double mid = 0.5 * (lo + hi);
      if (twoSidedP(mid, df) > 0.05) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** Two-sided p-value of t with df degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
  public static double twoSidedP(double t, double df) {
    if (Double.isNaN(t) || Double.isNaN(df) || df <= 0) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    double x = df / (df + t * t);
    return regularizedBeta(x, df / 2.0, 0.5);
  }

  /** Two-sided p-value, null when t or df is null or not finite. */
  public static Double pValue(Double t, Double df) {
    if (t == null || df == null || Double.isNaN(t) || Double.isNaN(df)) {
      return null;
    }
    double p = twoSidedP(t, df);
    return Double.isNaN(p) ? null : Math.min(1.0, Math.max(0.0, p));
  }

  /**
   * The regularised incomplete beta function I_x(a, b) (continued fraction, Numerical Recipes 6.4).
   */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0.0;
    }
    if (x >= 1) {
      return 1.0;
    }
    double lnFront =
        logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(lnFront) * betaFraction(x, a, b) / a;
    }
    return 1.0 - Math.exp(lnFront) * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 300; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1.0 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1.0 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1.0 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1.0 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1.0 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1.0 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1.0) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
  static double logGamma(double x) {
    double[] c = {
      0.99999999999980993,
      676.5203681218851,
      -1259.1392167224028,
      771.32342877765313,
      -176.61502916214059,
      12.507343278686905,
      -0.13857109526572012,
      9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    if (x < 0.5) {
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    x -= 1;
    double a = c[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
