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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.newslens.analysis.article.ArticleFrame;
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
    Dataset<Row> windows = withWindowSums(daily, ARTICLES, TOTAL_ARTICLES);
    Column kBefore = col(ARTICLES + "_before");
    Column nBefore = col(TOTAL_ARTICLES + "_before");
    Column kAfter = col(ARTICLES + "_after");
    Column nAfter = col(TOTAL_ARTICLES + "_after");
    Column pooled = kBefore.plus(kAfter).divide(nBefore.plus(nAfter));
    Column se =
        sqrt(
            pooled
                .multiply(lit(1).minus(pooled))
                .multiply(lit(1.0).divide(nBefore).plus(lit(1.0).divide(nAfter))));
    return peaks(
        tested(
            windows,
            SERIES_TOPIC_SHARE,
            kBefore.divide(nBefore),
            kAfter.divide(nAfter),
            se,
            nBefore,
            nAfter));
  }

  /**
   * Change points of each outlet's daily mean sentiment, overall (source and topic null) and per
   * topic.
   *
   * @param articles {@code outlet}, {@code published_date}, {@code score}: one row per article
   * @param topicRows {@link ArticleTopics#toTopicRows} rows (with {@code score})
   */
  public Dataset<Row> toSentimentChangePoints(Dataset<Row> articles, Dataset<Row> topicRows) {
    Column scored = ArticleFrame.datedAndScored();
    Dataset<Row> overall =
        articles
            .filter(scored)
            .select(
                col(ArticleColumns.OUTLET).as(OUTLET),
                lit(null).cast("string").as(SOURCE),
                lit(null).cast("string").as(TOPIC),
                lit(null).cast("string").as(LABEL),
                col(ArticleColumns.PUBLISHED_DATE).as(DATE),
                col(TopicTables.SCORE).cast("double").as("score"));
    Dataset<Row> byTopic =
        topicRows
            .filter(scored)
            .select(
                col(OUTLET),
                col(SOURCE),
                col(TOPIC),
                col(LABEL),
                col(ArticleColumns.PUBLISHED_DATE).as(DATE),
                col(TopicTables.SCORE).cast("double").as("score"));
    Dataset<Row> daily =
        overall
            .unionByName(byTopic)
            .groupBy(col(OUTLET), col(SOURCE), col(TOPIC), col(LABEL), col(DATE))
            .agg(
                count(lit(1)).as("n"),
                sum(col("score")).as("s"),
                sum(col("score").multiply(col("score"))).as("ss"));

    Dataset<Row> windows = withWindowSums(daily, "n", "s", "ss");
    Column nBefore = col("n_before");
    Column nAfter = col("n_after");
    Column varBefore = sampleVariance(nBefore, col("s_before"), col("ss_before"));
    Column varAfter = sampleVariance(nAfter, col("s_after"), col("ss_after"));
    Column se = sqrt(varBefore.divide(nBefore).plus(varAfter.divide(nAfter)));
    return peaks(
        tested(
            windows,
            SERIES_SENTIMENT,
            col("s_before").divide(nBefore),
            col("s_after").divide(nAfter),
            se,
            nBefore,
            nAfter));
  }

  /** One outlet × source × topic series, in day order. */
  private static WindowSpec series() {
    return Window.partitionBy(col(OUTLET), col(SOURCE), col(TOPIC)).orderBy(col("day"));
  }

  /**
   * Adds, for each column of {@code sums}, its total over the {@code window} days before each day
   * ({@code <name>_before}) and over that day and the {@code window - 1} days after it ({@code
   * <name>_after}); one row per series × day, with {@code day} the day number.
   */
  private Dataset<Row> withWindowSums(Dataset<Row> daily, String... sums) {
    WindowSpec before = series().rangeBetween(-window, -1);
    WindowSpec after = series().rangeBetween(0, window - 1);
    List<Column> columns =
        new ArrayList<>(
            List.of(col(OUTLET), col(SOURCE), col(TOPIC), col(LABEL), col(DATE), col("day")));
    for (String c : sums) {
      columns.add(sum(col(c)).over(before).as(c + "_before"));
    }
    for (String c : sums) {
      columns.add(sum(col(c)).over(after).as(c + "_after"));
    }
    return daily.withColumn("day", dayNumber(col(DATE))).select(columns.toArray(Column[]::new));
  }

  /**
   * The two-window test of every series × day: the values before and after and their z, null where
   * either window holds fewer than {@code minN} observations or the standard error is 0.
   */
  private Dataset<Row> tested(
      Dataset<Row> windows,
      String seriesName,
      Column before,
      Column after,
      Column se,
      Column nBefore,
      Column nAfter) {
    Column enough = nBefore.geq(minN).and(nAfter.geq(minN)).and(se.gt(0));
    return windows.select(
        lit(seriesName).as(SERIES),
        col(OUTLET),
        col(SOURCE),
        col(TOPIC),
        col(LABEL),
        col(DATE),
        col("day"),
        before.as(BEFORE),
        after.as(AFTER),
        when(enough, after.minus(before).divide(se)).as(Z));
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
  private Dataset<Row> peaks(Dataset<Row> tested) {
    Column localMax = max(abs(col(Z))).over(series().rangeBetween(-window, window));
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
