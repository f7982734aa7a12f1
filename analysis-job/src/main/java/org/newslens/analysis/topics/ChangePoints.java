package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.newslens.analysis.topics.TopicTables.AFTER;
import static org.newslens.analysis.topics.TopicTables.ARTICLES;
import static org.newslens.analysis.topics.TopicTables.ARTICLE_ID;
import static org.newslens.analysis.topics.TopicTables.BEFORE;
import static org.newslens.analysis.topics.TopicTables.DATE;
import static org.newslens.analysis.topics.TopicTables.DIRECTION;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.MAGNITUDE;
import static org.newslens.analysis.topics.TopicTables.METHOD;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.SERIES;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.TOTAL_ARTICLES;
import static org.newslens.analysis.topics.TopicTables.Z;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.newslens.common.schema.ArticleColumns;

/**
 * Flags days on which a daily series moves to a new level, with a two-window test: for each day d
 * of a series, the window of {@code w} days before d ([d-w, d-1]) is compared with the window of
 * {@code w} days from d on ([d, d+w-1]). Calendar days without data simply contribute nothing to a
 * window.
 *
 * <ul>
 *   <li>Topic shares: two-proportion z-test of (articles on the topic / all articles) after vs
 *       before, with the pooled proportion in the standard error.
 *   <li>Sentiment: Welch z of the mean article score after vs before.
 * </ul>
 *
 * A day is a change point when |z| reaches the threshold, both windows hold at least {@code minN}
 * articles, and |z| is the largest within w days either side (so one shift is reported once, on the
 * day the windows split it best). The many series and days tested make a high threshold (default 4)
 * necessary to keep false flags rare.
 *
 * @param window days per window, w
 * @param threshold smallest |z| flagged
 * @param minN fewest articles per window
 */
public record ChangePoints(int window, double threshold, long minN) {
  public static final String SERIES_TOPIC_SHARE = "topic_share";
  public static final String SERIES_SENTIMENT = "sentiment";

  public static ChangePoints defaults() {
    return new ChangePoints(7, 4.0, 10);
  }

  public String method() {
    return String.format(
        Locale.ROOT,
        "two-window z, %d+%d days, |z|>=%.1f, n>=%d per window, local max",
        window,
        window,
        threshold,
        minN);
  }

  /**
   * Change points of every outlet × topic daily share series.
   *
   * @param daily {@link TopicTables#TOPIC_FREQUENCY_DAILY} rows
   */
  public Dataset<Row> toShareChangePoints(Dataset<Row> daily) {
    WindowSpec series =
        Window.partitionBy(col(OUTLET), col(SOURCE), col(TOPIC)).orderBy(col("day"));
    WindowSpec before = series.rangeBetween(-window, -1);
    WindowSpec after = series.rangeBetween(0, window - 1);
    Dataset<Row> windows =
        daily
            .withColumn("day", dayNumber(col(DATE)))
            .select(
                col(OUTLET),
                col(SOURCE),
                col(TOPIC),
                col(LABEL),
                col(DATE),
                col("day"),
                sum(col(ARTICLES)).over(before).as("k_before"),
                sum(col(TOTAL_ARTICLES)).over(before).as("n_before"),
                sum(col(ARTICLES)).over(after).as("k_after"),
                sum(col(TOTAL_ARTICLES)).over(after).as("n_after"));
    Column pBefore = col("k_before").divide(col("n_before"));
    Column pAfter = col("k_after").divide(col("n_after"));
    Column pooled =
        col("k_before").plus(col("k_after")).divide(col("n_before").plus(col("n_after")));
    Column se =
        sqrt(
            pooled
                .multiply(lit(1).minus(pooled))
                .multiply(lit(1.0).divide(col("n_before")).plus(lit(1.0).divide(col("n_after")))));
    Column enough = col("n_before").geq(minN).and(col("n_after").geq(minN)).and(se.gt(0));
    Dataset<Row> tested =
        windows.select(
            lit(SERIES_TOPIC_SHARE).as(SERIES),
            col(OUTLET),
            col(SOURCE),
            col(TOPIC),
            col(LABEL),
            col(DATE),
            col("day"),
            pBefore.as(BEFORE),
            pAfter.as(AFTER),
            when(enough, pAfter.minus(pBefore).divide(se)).as(Z));
    return peaks(
        tested, Window.partitionBy(col(OUTLET), col(SOURCE), col(TOPIC)).orderBy(col("day")));
  }

  /**
   * Change points of each outlet's daily mean sentiment, overall (source and topic null) and per
   * topic.
   *
   * @param articleSentiment {@code article_id}, {@code outlet}, {@code published_date}, {@code
   *     score}
   * @param articleTopics {@link TopicTables#ARTICLE_TOPICS} rows
   */
  public Dataset<Row> toSentimentChangePoints(
      Dataset<Row> articleSentiment, Dataset<Row> articleTopics) {
    Dataset<Row> scored =
        articleSentiment
            .filter(col(ArticleColumns.PUBLISHED_DATE).isNotNull().and(col("score").isNotNull()))
            .select(
                col(ArticleColumns.ARTICLE_ID).as(ARTICLE_ID),
                col(ArticleColumns.OUTLET).as(OUTLET),
                col(ArticleColumns.PUBLISHED_DATE).as(DATE),
                col("score").cast("double").as("score"));
    Dataset<Row> overall =
        scored.select(
            col(OUTLET),
            lit(null).cast("string").as(SOURCE),
            lit(null).cast("string").as(TOPIC),
            lit(null).cast("string").as(LABEL),
            col(DATE),
            col("score"));
    Dataset<Row> byTopic =
        scored
            .join(articleTopics.select(ARTICLE_ID, SOURCE, TOPIC, LABEL), ARTICLE_ID)
            .select(col(OUTLET), col(SOURCE), col(TOPIC), col(LABEL), col(DATE), col("score"));
    Dataset<Row> daily =
        overall
            .unionByName(byTopic)
            .groupBy(col(OUTLET), col(SOURCE), col(TOPIC), col(LABEL), col(DATE))
            .agg(
                count(lit(1)).as("n"),
                sum(col("score")).as("s"),
                sum(col("score").multiply(col("score"))).as("ss"));

    WindowSpec series =
        Window.partitionBy(col(OUTLET), col(SOURCE), col(TOPIC)).orderBy(col("day"));
    WindowSpec before = series.rangeBetween(-window, -1);
    WindowSpec after = series.rangeBetween(0, window - 1);
    Dataset<Row> windows =
        daily
            .withColumn("day", dayNumber(col(DATE)))
            .select(
                col(OUTLET),
                col(SOURCE),
                col(TOPIC),
                col(LABEL),
                col(DATE),
                col("day"),
                sum(col("n")).over(before).as("n_before"),
                sum(col("s")).over(before).as("s_before"),
                sum(col("ss")).over(before).as("ss_before"),
                sum(col("n")).over(after).as("n_after"),
                sum(col("s")).over(after).as("s_after"),
                sum(col("ss")).over(after).as("ss_after"));
    Column meanBefore = col("s_before").divide(col("n_before"));
    Column meanAfter = col("s_after").divide(col("n_after"));
    Column varBefore = sampleVariance(col("n_before"), col("s_before"), col("ss_before"));
    Column varAfter = sampleVariance(col("n_after"), col("s_after"), col("ss_after"));
    Column se = sqrt(varBefore.divide(col("n_before")).plus(varAfter.divide(col("n_after"))));
    Column enough = col("n_before").geq(minN).and(col("n_after").geq(minN)).and(se.gt(0));
    Dataset<Row> tested =
        windows.select(
            lit(SERIES_SENTIMENT).as(SERIES),
            col(OUTLET),
            col(SOURCE),
            col(TOPIC),
            col(LABEL),
            col(DATE),
            col("day"),
            meanBefore.as(BEFORE),
            meanAfter.as(AFTER),
            when(enough, meanAfter.minus(meanBefore).divide(se)).as(Z));
    return peaks(tested, series);
  }

  /** Sample variance from count, sum and sum of squares; never below 0 (rounding). */
  static Column sampleVariance(Column n, Column s, Column ss) {
    Column raw = ss.minus(s.multiply(s).divide(n)).divide(n.minus(1));
    return when(raw.gt(0), raw).otherwise(lit(0.0));
  }

  /** Days since 1970-01-01, so that range windows count calendar days. */
  static Column dayNumber(Column date) {
    return datediff(date, lit("1970-01-01").cast("date"));
  }

  /**
   * Keeps the days whose |z| reaches the threshold and is the largest within {@code window} days
   * either side.
   */
  private Dataset<Row> peaks(Dataset<Row> tested, WindowSpec series) {
    Column localMax = max(abs(col(Z))).over(series.rangeBetween(-window, window));
    return tested
        .withColumn("local_max", localMax)
        .filter(
            col(Z)
                .isNotNull()
                .and(abs(col(Z)).geq(threshold))
                .and(abs(col(Z)).equalTo(col("local_max"))))
        .select(
            col(SERIES),
            col(OUTLET),
            col(SOURCE),
            col(TOPIC),
            col(LABEL),
            col(DATE),
            when(col(Z).gt(0), lit("up")).otherwise(lit("down")).as(DIRECTION),
            col(AFTER).minus(col(BEFORE)).as(MAGNITUDE),
            col(BEFORE),
            col(AFTER),
            col(Z),
            lit(method()).as(METHOD));
  }
}
