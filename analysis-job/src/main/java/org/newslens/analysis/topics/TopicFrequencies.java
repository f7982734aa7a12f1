package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.newslens.analysis.article.ArticleFrame.dated;
import static org.newslens.analysis.article.ArticleFrame.datedAndScored;
import static org.newslens.analysis.article.ArticleFrame.weekStart;
import static org.newslens.analysis.topics.TopicTables.ARTICLES;
import static org.newslens.analysis.topics.TopicTables.DATE;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.MEAN_HIGH;
import static org.newslens.analysis.topics.TopicTables.MEAN_LOW;
import static org.newslens.analysis.topics.TopicTables.MEAN_SENTIMENT;
import static org.newslens.analysis.topics.TopicTables.N;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.SCORE;
import static org.newslens.analysis.topics.TopicTables.SD_SENTIMENT;
import static org.newslens.analysis.topics.TopicTables.SHARE;
import static org.newslens.analysis.topics.TopicTables.SHARE_HIGH;
import static org.newslens.analysis.topics.TopicTables.SHARE_LOW;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.TOTAL_ARTICLES;
import static org.newslens.analysis.topics.TopicTables.WEEK_START;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newslens.common.schema.ArticleColumns;

/**
 * How much each outlet covers each topic, over time, with the outlet's own article count as the
 * denominator; and how positive its coverage of each topic is.
 */
public final class TopicFrequencies {
  /** Named pure function behind the t-quantile UDF. */
  private static final UDF1<Long, Double> T975 = Intervals::t975;

  private TopicFrequencies() {}

  /**
   * {@code topic_frequency_weekly}: one row per outlet × ISO week (with dated articles) × topic,
   * zeros included, summed from the daily table: each outlet-day with dated articles has a row for
   * every topic there, so a week's sums of its days' counts and totals are the week's.
   *
   * @param daily {@link #toDailyFrequency} rows (the table as written)
   */
  public static Dataset<Row> toWeeklyFrequency(Dataset<Row> daily) {
    Column articles = col(ARTICLES);
    Column total = col(TOTAL_ARTICLES);
    return daily
        .groupBy(
            col(OUTLET), weekStart(col(DATE)).as(WEEK_START), col(SOURCE), col(TOPIC), col(LABEL))
        .agg(sum(articles).as(ARTICLES), sum(total).as(TOTAL_ARTICLES))
        .select(
            col(OUTLET),
            col(WEEK_START),
            col(SOURCE),
            col(TOPIC),
            col(LABEL),
            articles,
            total,
            articles.divide(total).as(SHARE),
            Intervals.wilsonLow(articles, total).as(SHARE_LOW),
            Intervals.wilsonHigh(articles, total).as(SHARE_HIGH));
  }

  /**
   * {@code topic_frequency_daily}: one row per outlet × day (with dated articles) × topic, articles
   * on the topic against the outlet's dated articles that day. Every topic seen anywhere gets a row
   * for every outlet × day, so a topic's absence is a share of 0, not a missing row. Undated
   * articles are left out of numerator and denominator alike.
   *
   * @param articles {@code outlet}, {@code published_date}: one row per article
   * @param topicRows {@link ArticleTopics#toTopicRows} rows ({@code outlet}, {@code
   *     published_date}, {@code source}, {@code topic}, {@code label})
   */
  public static Dataset<Row> toDailyFrequency(Dataset<Row> articles, Dataset<Row> topicRows) {
    Column day = col(ArticleColumns.PUBLISHED_DATE);
    Column dated = dated();
    Dataset<Row> totals =
        articles
            .filter(dated)
            .groupBy(col(ArticleColumns.OUTLET).as(OUTLET), day.as(DATE))
            .agg(count(lit(1)).as(TOTAL_ARTICLES));
    Dataset<Row> topics = topicRows.select(col(SOURCE), col(TOPIC), col(LABEL)).distinct();
    Dataset<Row> onTopic =
        topicRows
            .filter(dated)
            .groupBy(col(OUTLET), day.as(DATE), col(SOURCE), col(TOPIC))
            .agg(count(lit(1)).as(ARTICLES));
    Column articlesOrZero = coalesce(col(ARTICLES), lit(0L)).cast("long");
    return totals
        .crossJoin(topics)
        .join(onTopic, new String[] {OUTLET, DATE, SOURCE, TOPIC}, "left")
        .select(
            col(OUTLET),
            col(DATE),
            col(SOURCE),
            col(TOPIC),
            col(LABEL),
            articlesOrZero.as(ARTICLES),
            col(TOTAL_ARTICLES),
            articlesOrZero.divide(col(TOTAL_ARTICLES)).as(SHARE),
            Intervals.wilsonLow(articlesOrZero, col(TOTAL_ARTICLES)).as(SHARE_LOW),
            Intervals.wilsonHigh(articlesOrZero, col(TOTAL_ARTICLES)).as(SHARE_HIGH));
  }

  /**
   * {@code topic_sentiment}: one row per outlet × ISO week × topic with at least one scored
   * article: n, mean score, standard deviation and the 95% t interval of the mean.
   *
   * @param topicRows {@link ArticleTopics#toTopicRows} rows (with {@code score})
   */
  public static Dataset<Row> toTopicSentiment(Dataset<Row> topicRows) {
    UserDefinedFunction t975 = udf(T975, DataTypes.DoubleType);
    Dataset<Row> grouped =
        topicRows
            .filter(datedAndScored())
            .groupBy(
                col(OUTLET),
                weekStart(col(ArticleColumns.PUBLISHED_DATE)).as(WEEK_START),
                col(SOURCE),
                col(TOPIC),
                col(LABEL))
            .agg(
                count(lit(1)).as(N),
                avg(col(SCORE)).as(MEAN_SENTIMENT),
                stddev_samp(col(SCORE)).as(SD_SENTIMENT));
    Column sd = when(col(N).geq(2), col(SD_SENTIMENT));
    Column half = Intervals.meanHalfWidth(sd, col(N), t975.apply(col(N)));
    return grouped.select(
        col(OUTLET),
        col(WEEK_START),
        col(SOURCE),
        col(TOPIC),
        col(LABEL),
        col(N),
        col(MEAN_SENTIMENT),
        sd.as(SD_SENTIMENT),
        col(MEAN_SENTIMENT).minus(half).as(MEAN_LOW),
        col(MEAN_SENTIMENT).plus(half).as(MEAN_HIGH));
  }
}
