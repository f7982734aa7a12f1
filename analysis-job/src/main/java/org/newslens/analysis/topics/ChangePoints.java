package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.newslens.analysis.topics.TopicTables.ARTICLES;
import static org.newslens.analysis.topics.TopicTables.DATE;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.TOTAL_ARTICLES;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
public record ChangePoints(int window, double threshold, long minN) implements Serializable {
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
    return detect(
        daily.select(
            col(OUTLET),
            col(SOURCE),
            col(TOPIC),
            col(LABEL),
            col(DATE),
            col(ARTICLES).cast("double"),
            col(TOTAL_ARTICLES).cast("double")),
        SERIES_TOPIC_SHARE);
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
                count(lit(1)).cast("double").as("n"),
                sum(col("score")).as("s"),
                sum(col("score").multiply(col("score"))).as("ss"));
    return detect(daily, SERIES_SENTIMENT);
  }

  /**
   * The change points of every series of {@code daily}: rows of outlet, source, topic, label, date
   * and the day's sums the series' test reads (doubles), one row per series and day. Each series is
   * tested whole, in day order, by {@link #flags}.
   */
  private Dataset<Row> detect(Dataset<Row> daily, String seriesName) {
    return daily
        .repartition(col(OUTLET), col(SOURCE), col(TOPIC))
        .sortWithinPartitions(col(OUTLET), col(SOURCE), col(TOPIC), col(DATE))
        .mapPartitions(new SeriesScan(this, seriesName), Encoders.row(TopicTables.CHANGE_POINTS));
  }

  /** A flagged day of a series: its index in the series, the levels before and after, and z. */
  record Flag(int index, double before, double after, double z) {}

  /**
   * The change points of one series (a pure function): {@code days} its day numbers, ascending and
   * distinct; {@code sums[c][i]} the value of its c-th daily sum on day i (for {@value
   * #SERIES_TOPIC_SHARE}: articles on the topic, all articles; for {@value #SERIES_SENTIMENT}:
   * articles scored, sum of scores, sum of squared scores). Each window's sums are added in day
   * order.
   */
  List<Flag> flags(int[] days, double[][] sums, String seriesName) {
    int n = days.length;
    double[] z = new double[n];
    double[] before = new double[n];
    double[] after = new double[n];
    double[] b = new double[sums.length];
    double[] a = new double[sums.length];
    int first = 0;
    int last = 0;
    for (int i = 0; i < n; i++) {
      while (days[first] < days[i] - window) {
        first++;
      }
      if (last < i) {
        last = i;
      }
      while (last + 1 < n && days[last + 1] <= days[i] + window - 1) {
        last++;
      }
      for (int c = 0; c < sums.length; c++) {
        b[c] = 0.0;
        for (int j = first; j < i; j++) {
          b[c] += sums[c][j];
        }
        a[c] = 0.0;
        for (int j = i; j <= last; j++) {
          a[c] += sums[c][j];
        }
      }
      double[] test =
          first == i
              ? null
              : seriesName.equals(SERIES_TOPIC_SHARE) ? shareTest(b, a) : meanTest(b, a);
      z[i] = test == null ? Double.NaN : test[2];
      before[i] = test == null ? Double.NaN : test[0];
      after[i] = test == null ? Double.NaN : test[1];
    }
    List<Flag> out = new ArrayList<>();
    int from = 0;
    int to = 0;
    for (int i = 0; i < n; i++) {
      while (days[from] < days[i] - window) {
        from++;
      }
      while (to + 1 < n && days[to + 1] <= days[i] + window) {
        to++;
      }
      if (Double.isNaN(z[i]) || Math.abs(z[i]) < threshold) {
        continue;
      }
      double localMax = 0;
      for (int j = from; j <= to; j++) {
        if (!Double.isNaN(z[j])) {
          localMax = Math.max(localMax, Math.abs(z[j]));
        }
      }
      if (Math.abs(z[i]) == localMax) {
        out.add(new Flag(i, before[i], after[i], z[i]));
      }
    }
    return out;
  }

  /**
   * Two-proportion z of the share after against before, with the pooled proportion in the standard
   * error: {before, after, z}, z NaN when a window holds fewer than {@code minN} articles or the
   * error is 0.
   */
  private double[] shareTest(double[] b, double[] a) {
    double before = b[0] / b[1];
    double after = a[0] / a[1];
    double pooled = (b[0] + a[0]) / (b[1] + a[1]);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / b[1] + 1.0 / a[1]));
    boolean enough = b[1] >= minN && a[1] >= minN && se > 0;
    return new double[] {before, after, enough ? (after - before) / se : Double.NaN};
  }

  /**
   * Welch z of the mean after against before: {before, after, z}, z NaN when a window holds fewer
   * than {@code minN} articles or the error is 0.
   */
  private double[] meanTest(double[] b, double[] a) {
    double before = b[1] / b[0];
    double after = a[1] / a[0];
    double se = Math.sqrt(sampleVariance(b) / b[0] + sampleVariance(a) / a[0]);
    boolean enough = b[0] >= minN && a[0] >= minN && se > 0;
    return new double[] {before, after, enough ? (after - before) / se : Double.NaN};
  }

  /** Sample variance from count, sum and sum of squares; never below 0 (rounding), 0 for n < 2. */
  static double sampleVariance(double[] nSumSquares) {
    double n = nSumSquares[0];
    if (n < 2) {
      return 0.0;
    }
    double raw = (nSumSquares[2] - nSumSquares[1] * nSumSquares[1] / n) / (n - 1);
    return raw > 0 ? raw : 0.0;
  }

  /**
   * Reads a partition's series (sorted by outlet, source, topic and date, each series in one
   * partition) one at a time and emits their change points as {@link TopicTables#CHANGE_POINTS}
   * rows.
   */
  private static final class SeriesScan implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ChangePoints test;
    private final String seriesName;

    SeriesScan(ChangePoints test, String seriesName) {
      this.test = test;
      this.seriesName = seriesName;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      List<Row> out = new ArrayList<>();
      List<Row> series = new ArrayList<>();
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!series.isEmpty() && !sameSeries(series.get(0), row)) {
          emit(series, out);
          series.clear();
        }
        series.add(row);
      }
      if (!series.isEmpty()) {
        emit(series, out);
      }
      return out.iterator();
    }

    private static boolean sameSeries(Row a, Row b) {
      for (int c = 0; c < 3; c++) {
        if (!Objects.equals(a.get(c), b.get(c))) {
          return false;
        }
      }
      return true;
    }

    private void emit(List<Row> series, List<Row> out) {
      int n = series.size();
      int width = series.get(0).size() - 5;
      int[] days = new int[n];
      double[][] sums = new double[width][n];
      for (int i = 0; i < n; i++) {
        Row r = series.get(i);
        days[i] = (int) r.getDate(4).toLocalDate().toEpochDay();
        for (int c = 0; c < width; c++) {
          sums[c][i] = r.getDouble(5 + c);
        }
      }
      for (Flag f : test.flags(days, sums, seriesName)) {
        Row r = series.get(f.index());
        out.add(
            RowFactory.create(
                seriesName,
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                f.z() > 0 ? "up" : "down",
                f.after() - f.before(),
                f.before(),
                f.after(),
                f.z(),
                test.method()));
      }
    }
  }
}
