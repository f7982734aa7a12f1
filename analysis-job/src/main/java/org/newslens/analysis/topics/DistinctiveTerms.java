package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.newslens.analysis.topics.TopicTables.COUNT;
import static org.newslens.analysis.topics.TopicTables.DISTINCTIVE_TERMS;
import static org.newslens.analysis.topics.TopicTables.LOG_ODDS;
import static org.newslens.analysis.topics.TopicTables.MONTH_START;
import static org.newslens.analysis.topics.TopicTables.OTHER_COUNT;
import static org.newslens.analysis.topics.TopicTables.OTHER_TERMS;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.OUTLET_TERMS;
import static org.newslens.analysis.topics.TopicTables.RANK;
import static org.newslens.analysis.topics.TopicTables.TERM;
import static org.newslens.analysis.topics.TopicTables.Z_SCORE;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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
  /** A scored term: the columns of {@link TopicTables#DISTINCTIVE_TERMS} but the rank. */
  private static final StructType SCORED =
      new StructType(
          Arrays.stream(DISTINCTIVE_TERMS.fields())
              .filter(f -> !f.name().equals(RANK))
              .toArray(StructField[]::new));

  private DistinctiveTerms() {}

  /**
   * Log-odds ratio with the informative Dirichlet prior (the formula above), as a pure function.
   */
  public static double logOdds(double yi, double ni, double yj, double nj, double aw, double a0) {
    return StrictMath.log((yi + aw) / (ni + a0 - yi - aw))
        - StrictMath.log((yj + aw) / (nj + a0 - yj - aw));
  }

  /** The z-score of {@link #logOdds}. */
  public static double zScore(double yi, double ni, double yj, double nj, double aw, double a0) {
    return logOdds(yi, ni, yj, nj, aw, a0) / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
  }

  /**
   * {@code distinctive_terms}: one row per outlet × month × term, for the {@code top} terms with
   * the highest z-score, among terms the outlet used at least {@code minCount} times that month.
   *
   * <p>The term counts are shuffled once, by term: each term's rows hold everything its scores need
   * (its count by outlet and month, hence its count by month and in the whole input) but the totals
   * by outlet and month, which are as many as outlets times months and are read first, to the
   * driver. The ranking then keeps the best {@code top} of each outlet and month before its own
   * shuffle.
   *
   * @param termCounts {@link TopicTables#TERM_COUNTS} rows: term occurrences of dated articles by
   *     outlet and month, possibly split over several rows
   */
  public static Dataset<Row> toDistinctiveTerms(Dataset<Row> termCounts, int top, long minCount) {
    Totals totals =
        Totals.of(
            termCounts
                .groupBy(col(OUTLET), col(MONTH_START))
                .agg(sum(col(COUNT)).as(OUTLET_TERMS))
                .collectAsList());
    Dataset<Row> scored =
        termCounts
            .groupByKey((MapFunction<Row, String>) r -> r.getString(2), Encoders.STRING())
            .flatMapGroups(new TermScores(totals, minCount), Encoders.row(SCORED));
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

  /**
   * Term occurrences by outlet and month, by month, and in all, with the prior's size: an average
   * outlet-month's term occurrences.
   */
  record Totals(Map<String, Map<Integer, Long>> byOutletMonth, Map<Integer, Long> byMonth, long all)
      implements Serializable {
    /** From rows of outlet, month_start and the outlet's term occurrences that month. */
    static Totals of(List<Row> rows) {
      Map<String, Map<Integer, Long>> byOutletMonth = new HashMap<>();
      Map<Integer, Long> byMonth = new HashMap<>();
      long all = 0;
      for (Row r : rows) {
        int month = (int) r.getDate(1).toLocalDate().toEpochDay();
        long n = r.getLong(2);
        byOutletMonth.computeIfAbsent(r.getString(0), o -> new HashMap<>()).put(month, n);
        byMonth.merge(month, n, Long::sum);
        all += n;
      }
      return new Totals(byOutletMonth, byMonth, all);
    }

    double priorSize() {
      long outletMonths = 0;
      for (Map<Integer, Long> months : byOutletMonth.values()) {
        outletMonths += months.size();
      }
      return (double) all / (double) outletMonths;
    }
  }

  /** One term's rows ({@link TopicTables#TERM_COUNTS}) to its scored outlet-months. */
  private static final class TermScores implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Totals totals;
    private final double priorSize;
    private final long minCount;

    TermScores(Totals totals, long minCount) {
      this.totals = totals;
      this.priorSize = totals.priorSize();
      this.minCount = minCount;
    }

    @Override
    public Iterator<Row> call(String term, Iterator<Row> rows) {
      Map<String, Map<Integer, long[]>> counts = new HashMap<>();
      Map<Integer, long[]> byMonth = new HashMap<>();
      long background = 0;
      while (rows.hasNext()) {
        Row r = rows.next();
        int month = (int) r.getDate(1).toLocalDate().toEpochDay();
        long n = r.getLong(3);
        counts.computeIfAbsent(r.getString(0), o -> new HashMap<>())
                .computeIfAbsent(month, m -> new long[1])[0] +=
            n;
        byMonth.computeIfAbsent(month, m -> new long[1])[0] += n;
        background += n;
      }
      double aw = (double) background / (double) totals.all() * priorSize;
      List<Row> out = new ArrayList<>();
      for (var outlet : counts.entrySet()) {
        for (var cell : outlet.getValue().entrySet()) {
          long count = cell.getValue()[0];
          if (count < minCount) {
            continue;
          }
          int month = cell.getKey();
          long outletTerms = totals.byOutletMonth().get(outlet.getKey()).get(month);
          long otherCount = byMonth.get(month)[0] - count;
          long otherTerms = totals.byMonth().get(month) - outletTerms;
          double yi = count;
          double ni = outletTerms;
          double yj = otherCount;
          double nj = otherTerms;
          double delta = logOdds(yi, ni, yj, nj, aw, priorSize);
          out.add(
              RowFactory.create(
                  outlet.getKey(),
                  Date.valueOf(LocalDate.ofEpochDay(month)),
                  term,
                  count,
                  outletTerms,
                  otherCount,
                  otherTerms,
                  delta,
                  delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw))));
        }
      }
      return out.iterator();
    }
  }
}
