package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.when;
import static org.newslens.analysis.article.ArticleFrame.filterDatedScored;
import static org.newslens.analysis.article.ArticleFrame.weekStart;
import static org.newslens.analysis.sentiment.SentimentTables.*;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.newslens.analysis.stats.Stats;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.Columns;

/**
 * The sentiment stages: articles → sentences → scored sentences → articles → daily, weekly and
 * outlet differences.
 */
public final class SentimentStages {
  private static final UserDefinedFunction T_CRITICAL =
      udf((UDF1<Double, Double>) Stats::tCritical95, DataTypes.DoubleType);
  private static final UserDefinedFunction P_VALUE_OF =
      udf((UDF2<Double, Double, Double>) Stats::pValue, DataTypes.DoubleType);

  private SentimentStages() {}

  /**
   * One row per article of {@code articles} (article_id, outlet, published_date, title, text): the
   * columns of {@link SentimentTables#ARTICLE_SCORES}, from {@link ArticleSentiment#of} with the
   * model's scorer and neutral band.
   */
  public static Dataset<Row> toArticleScores(Dataset<Row> articles, SentenceModel model) {
    SentenceScorer scorer = model.scorer();
    double band = model.neutralBand();
    return articles
        .select(
            col(ArticleColumns.ARTICLE_ID),
            col(ArticleColumns.OUTLET),
            col(ArticleColumns.PUBLISHED_DATE),
            col(ArticleColumns.TITLE),
            col(ArticleColumns.TEXT))
        .map(
            (MapFunction<Row, Row>)
                in -> {
                  Object[] scores =
                      ArticleSentiment.of(in.getString(3), in.getString(4), scorer, band).values();
                  Object[] values = new Object[3 + scores.length];
                  values[0] = in.get(0);
                  values[1] = in.get(1);
                  values[2] = in.get(2);
                  System.arraycopy(scores, 0, values, 3, scores.length);
                  return RowFactory.create(values);
                },
            Encoders.row(Columns.nullable(ARTICLE_SCORES)));
  }

  /**
   * One row per outlet × day: the columns of {@link SentimentTables#SENTIMENT_DAILY}; undated
   * articles excluded.
   */
  public static Dataset<Row> toDaily(Dataset<Row> articleSentiment) {
    return toPeriodStats(
        filterDatedScored(articleSentiment).withColumn(DAY, col(PUBLISHED_DATE)), DAY);
  }

  /** One row per outlet × ISO week: the columns of {@link SentimentTables#SENTIMENT_WEEKLY}. */
  public static Dataset<Row> toWeekly(Dataset<Row> articleSentiment) {
    return toPeriodStats(
        filterDatedScored(articleSentiment).withColumn(WEEK_START, weekStart(col(PUBLISHED_DATE))),
        WEEK_START);
  }

  /** n, mean, sd, 95% t interval and label shares of article scores per outlet × {@code period}. */
  static Dataset<Row> toPeriodStats(Dataset<Row> scored, String period) {
    Dataset<Row> g =
        scored
            .groupBy(col(OUTLET), col(period))
            .agg(
                count(lit(1)).as(ARTICLES),
                avg(col(SCORE)).as(MEAN),
                stddev_samp(col(SCORE)).as(SD),
                avg(when(col(LABEL).equalTo(SentimentLabels.POSITIVE_LABEL), 1.0).otherwise(0.0))
                    .as(POSITIVE_SHARE),
                avg(when(col(LABEL).equalTo(SentimentLabels.NEGATIVE_LABEL), 1.0).otherwise(0.0))
                    .as(NEGATIVE_SHARE));
    Column halfWidth =
        T_CRITICAL
            .apply(col(ARTICLES).minus(1).cast("double"))
            .multiply(col(SD))
            .divide(sqrt(col(ARTICLES).cast("double")));
    return g.withColumn(SD, when(col(ARTICLES).gt(1), col(SD)))
        .withColumn(CI_LOW, when(col(ARTICLES).gt(1), col(MEAN).minus(halfWidth)))
        .withColumn(CI_HIGH, when(col(ARTICLES).gt(1), col(MEAN).plus(halfWidth)))
        .orderBy(col(OUTLET), col(period));
  }

  /**
   * One row per period × outlet pair (outlet_a before outlet_b): Welch's t test of the difference
   * of mean article scores, with Holm and Benjamini-Hochberg adjustments within each period's
   * family of pairs. Periods are ISO weeks ({@code week}) and the whole selection ({@code all}).
   * Columns of {@link SentimentTables#SENTIMENT_OUTLET_DIFF}.
   */
  public static Dataset<Row> toOutletDiff(Dataset<Row> articleSentiment) {
    Dataset<Row> dated = filterDatedScored(articleSentiment);
    Dataset<Row> weeks =
        dated
            .withColumn(PERIOD, lit("week"))
            .withColumn(PERIOD_START, weekStart(col(PUBLISHED_DATE)))
            .withColumn(PERIOD_END, date_add(weekStart(col(PUBLISHED_DATE)), 6));
    Dataset<Row> bounds =
        dated.agg(min(col(PUBLISHED_DATE)).as("lo"), max(col(PUBLISHED_DATE)).as("hi"));
    Dataset<Row> all =
        dated
            .crossJoin(bounds)
            .withColumn(PERIOD, lit("all"))
            .withColumn(PERIOD_START, col("lo"))
            .withColumn(PERIOD_END, col("hi"))
            .drop("lo", "hi");
    Dataset<Row> groups =
        weeks
            .unionByName(all)
            .groupBy(col(PERIOD), col(PERIOD_START), col(PERIOD_END), col(OUTLET))
            .agg(count(lit(1)).as("n"), avg(col(SCORE)).as("m"), var_samp(col(SCORE)).as("v"));
    Dataset<Row> a =
        groups.select(
            col(PERIOD),
            col(PERIOD_START),
            col(PERIOD_END),
            col(OUTLET).as(OUTLET_A),
            col("n").as(ARTICLES_A),
            col("m").as(MEAN_A),
            col("v").as("var_a"));
    Dataset<Row> b =
        groups.select(
            col(PERIOD).as("p_b"),
            col(PERIOD_START).as("s_b"),
            col(OUTLET).as(OUTLET_B),
            col("n").as(ARTICLES_B),
            col("m").as(MEAN_B),
            col("v").as("var_b"));
    Dataset<Row> pairs =
        a.join(
                b,
                col(PERIOD)
                    .equalTo(col("p_b"))
                    .and(col(PERIOD_START).equalTo(col("s_b")))
                    .and(col(OUTLET_A).lt(col(OUTLET_B))))
            .drop("p_b", "s_b");

    Column seA = col("var_a").divide(col(ARTICLES_A));
    Column seB = col("var_b").divide(col(ARTICLES_B));
    Column testable = col(ARTICLES_A).geq(2).and(col(ARTICLES_B).geq(2)).and(seA.plus(seB).gt(0));
    Column se = sqrt(seA.plus(seB));
    Column df =
        pow(seA.plus(seB), 2)
            .divide(
                pow(seA, 2)
                    .divide(col(ARTICLES_A).minus(1))
                    .plus(pow(seB, 2).divide(col(ARTICLES_B).minus(1))));
    Dataset<Row> tested =
        pairs
            .withColumn(DIFFERENCE, col(MEAN_A).minus(col(MEAN_B)))
            .withColumn("se", when(testable, se))
            .withColumn(T_STATISTIC, col(DIFFERENCE).divide(col("se")))
            .withColumn(DF, when(testable, df))
            .withColumn(P_VALUE, P_VALUE_OF.apply(col(T_STATISTIC), col(DF)))
            .withColumn("half", T_CRITICAL.apply(col(DF)).multiply(col("se")))
            .withColumn(DIFF_CI_LOW, col(DIFFERENCE).minus(col("half")))
            .withColumn(DIFF_CI_HIGH, col(DIFFERENCE).plus(col("half")));
    return withAdjustedPValues(tested)
        .withColumn(SIGNIFICANT, coalesce(col(Q_BH).lt(0.05), lit(false)))
        .drop("se", "half", "var_a", "var_b")
        .orderBy(col(PERIOD), col(PERIOD_START), col(OUTLET_A), col(OUTLET_B));
  }

  /**
   * Adds {@code p_holm} and {@code q_bh}: within each period (period, period_start), over the pairs
   * with a p-value, Holm's step-down adjustment max_{j≤i} min(1, (m−j+1)·p_(j)) and
   * Benjamini-Hochberg's step-up min_{j≥i} min(1, m·p_(j)/j), both computed with window functions.
   */
  static Dataset<Row> withAdjustedPValues(Dataset<Row> tested) {
    WindowSpec family = Window.partitionBy(col(PERIOD), col(PERIOD_START));
    WindowSpec ordered =
        family.orderBy(col(P_VALUE).asc_nulls_last(), col(OUTLET_A), col(OUTLET_B));
    Column m = count(col(P_VALUE)).over(family);
    Column rank = row_number().over(ordered);
    Dataset<Row> ranked = tested.withColumn("m", m).withColumn("rank", rank);
    Column holmStep = least(lit(1.0), col("m").minus(col("rank")).plus(1).multiply(col(P_VALUE)));
    Column bhStep = least(lit(1.0), col("m").multiply(col(P_VALUE)).divide(col("rank")));
    WindowSpec upTo = ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    WindowSpec from = ordered.rowsBetween(Window.currentRow(), Window.unboundedFollowing());
    return ranked
        .withColumn("holm_step", when(col(P_VALUE).isNotNull(), holmStep))
        .withColumn("bh_step", when(col(P_VALUE).isNotNull(), bhStep))
        .withColumn(P_HOLM, when(col(P_VALUE).isNotNull(), max(col("holm_step")).over(upTo)))
        .withColumn(Q_BH, when(col(P_VALUE).isNotNull(), min(col("bh_step")).over(from)))
        .drop("m", "rank", "holm_step", "bh_step");
  }

  /**
   * Mean score by outlet over the dated and undated scored articles, for the end-of-run summary.
   */
  public static Dataset<Row> toOutletSummary(Dataset<Row> articleSentiment) {
    return toPeriodStats(
            articleSentiment.filter(col(SCORE).isNotNull()).withColumn("all", lit("all")), "all")
        .drop("all");
  }
}
