package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.newslens.analysis.topics.TopicTables.COUNT;
import static org.newslens.analysis.topics.TopicTables.LOG_ODDS;
import static org.newslens.analysis.topics.TopicTables.MONTH_START;
import static org.newslens.analysis.topics.TopicTables.OTHER_COUNT;
import static org.newslens.analysis.topics.TopicTables.OTHER_TERMS;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.OUTLET_TERMS;
import static org.newslens.analysis.topics.TopicTables.RANK;
import static org.newslens.analysis.topics.TopicTables.TERM;
import static org.newslens.analysis.topics.TopicTables.Z_SCORE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Terms most characteristic of one outlet against the others in the same month: the log-odds ratio
 * with an informative Dirichlet prior of Monroe, Colaresi and Quinn, "Fightin' Words" (Political
 * Analysis 16(4), 2008, section 3.5), and its z-score.
 *
 * <p>For term w, outlet i (counts y_iw of n_i term occurrences) and the other outlets j (y_jw of
 * n_j), with prior pseudo-counts a_w summing to a_0:
 *
 * <pre>
 *   delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
 *   var_w   ~ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
 *   z_w     = delta_w / sqrt(var_w)
 * </pre>
 *
 * The prior is the term distribution of the whole input (all outlets, all months), scaled so that
 * a_0 equals the term occurrences of an average outlet-month: frequent words are shrunk little,
 * rare words a lot.
 */
public final class DistinctiveTerms {
  private DistinctiveTerms() {}

  /**
   * Log-odds ratio with the informative Dirichlet prior (the formula above), as a pure function.
   */
  public static double logOdds(double yi, double ni, double yj, double nj, double aw, double a0) {
    return Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
  }

  /** The z-score of {@link #logOdds}. */
  public static double zScore(double yi, double ni, double yj, double nj, double aw, double a0) {
    return logOdds(yi, ni, yj, nj, aw, a0) / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
  }

  static Column logOdds(Column yi, Column ni, Column yj, Column nj, Column aw, Column a0) {
    return log(yi.plus(aw).divide(ni.plus(a0).minus(yi).minus(aw)))
        .minus(log(yj.plus(aw).divide(nj.plus(a0).minus(yj).minus(aw))));
  }

  static Column variance(Column yi, Column yj, Column aw) {
    return lit(1.0).divide(yi.plus(aw)).plus(lit(1.0).divide(yj.plus(aw)));
  }

  /**
   * {@code distinctive_terms}: one row per outlet × month × term, for the {@code top} terms with
   * the highest z-score, among terms the outlet used at least {@code minCount} times that month.
   *
   * @param termCounts {@link TopicTables#TERM_COUNTS} rows: term occurrences of dated articles by
   *     outlet and month, possibly split over several rows
   */
  public static Dataset<Row> toDistinctiveTerms(Dataset<Row> termCounts, int top, long minCount) {
    Dataset<Row> counts =
        termCounts.groupBy(col(OUTLET), col(MONTH_START), col(TERM)).agg(sum(col(COUNT)).as(COUNT));
    Dataset<Row> outletTotals =
        counts.groupBy(col(OUTLET), col(MONTH_START)).agg(sum(col(COUNT)).as(OUTLET_TERMS));
    Dataset<Row> monthTerm =
        counts.groupBy(col(MONTH_START), col(TERM)).agg(sum(col(COUNT)).as("month_count"));
    Dataset<Row> monthTotals =
        counts.groupBy(col(MONTH_START)).agg(sum(col(COUNT)).as("month_terms"));
    Dataset<Row> background = counts.groupBy(col(TERM)).agg(sum(col(COUNT)).as("background_count"));
    Dataset<Row> corpus =
        counts.agg(
            sum(col(COUNT)).as("corpus_terms"),
            countDistinct(col(OUTLET), col(MONTH_START)).as("outlet_months"));

    Column priorSize = col("corpus_terms").divide(col("outlet_months"));
    Column aw = col("background_count").divide(col("corpus_terms")).multiply(priorSize);
    Column yi = col(COUNT).cast("double");
    Column ni = col(OUTLET_TERMS).cast("double");
    Column yj = col("month_count").minus(col(COUNT)).cast("double");
    Column nj = col("month_terms").minus(col(OUTLET_TERMS)).cast("double");
    Column delta = logOdds(yi, ni, yj, nj, aw, priorSize);

    Dataset<Row> scored =
        counts
            .filter(col(COUNT).geq(minCount))
            .join(outletTotals, new String[] {OUTLET, MONTH_START})
            .join(monthTerm, new String[] {MONTH_START, TERM})
            .join(monthTotals, MONTH_START)
            .join(background, TERM)
            .crossJoin(corpus)
            .select(
                col(OUTLET),
                col(MONTH_START),
                col(TERM),
                col(COUNT),
                col(OUTLET_TERMS),
                col("month_count").minus(col(COUNT)).as(OTHER_COUNT),
                col("month_terms").minus(col(OUTLET_TERMS)).as(OTHER_TERMS),
                delta.as(LOG_ODDS),
                delta.divide(sqrt(variance(yi, yj, aw))).as(Z_SCORE));
    Column rank =
        row_number()
            .over(
                Window.partitionBy(col(OUTLET), col(MONTH_START))
                    .orderBy(col(Z_SCORE).desc(), col(TERM)));
    return scored
        .withColumn(RANK, rank)
        .filter(col(RANK).leq(top))
        .select(
            col(OUTLET),
            col(MONTH_START),
            col(RANK),
            col(TERM),
            col(COUNT),
            col(OUTLET_TERMS),
            col(OTHER_COUNT),
            col(OTHER_TERMS),
            col(LOG_ODDS),
            col(Z_SCORE));
  }
}
