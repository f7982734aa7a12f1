package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class ChangePointsTest {
  private static final LocalDate START = LocalDate.parse("2025-01-01");
  private static final StructType DAILY =
      new StructType()
          .add("outlet", DataTypes.StringType)
          .add("date", DataTypes.DateType)
          .add("source", DataTypes.StringType)
          .add("topic", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("articles", DataTypes.LongType)
          .add("total_articles", DataTypes.LongType);

  /**
   * 60 days of 20 articles a day; the topic's daily count is binomial with a share that jumps on
   * day 30.
   */
  private static Dataset<Row> series(double before, double after, long seed) {
    Random random = new Random(seed);
    List<Object[]> rows = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      if (d == 12) {
        continue; // a day without articles must not break the windows
      }
      double share = d < 30 ? before : after;
      long k = 0;
      for (int i = 0; i < 20; i++) {
        k += random.nextDouble() < share ? 1 : 0;
      }
      rows.add(
          new Object[] {
            "North", Date.valueOf(START.plusDays(d)), "taxonomy", "health", "health", k, 20L
          });
    }
    return Rows.of(DAILY, rows.toArray(new Object[0][]));
  }

  @Test
  void findsAShareThatDoublesOnTheDayItDoubles() {
    List<Row> found =
        ChangePoints.defaults().toShareChangePoints(series(0.15, 0.45, 7)).collectAsList();
    assertEquals(1, found.size(), found.toString());
    Row change = found.get(0);
    assertEquals("topic_share", change.getString(0));
    long offByDays =
        Math.abs(change.getDate(5).toLocalDate().toEpochDay() - START.plusDays(30).toEpochDay());
    assertTrue(offByDays <= 1, "found at " + change.getDate(5));
    assertEquals("up", change.getString(6));
    assertTrue(
        change.getDouble(7) > 0.2 && change.getDouble(7) < 0.4, "magnitude " + change.getDouble(7));
    assertTrue(change.getDouble(10) >= 4, "z " + change.getDouble(10));
  }

  @Test
  void windowsCountCalendarDaysSoADayWithoutDataShortensTheWindowBeforeIt() {
    // days 0..3 and 10..13: on day 10 the week before (days 3..9) holds only day 3
    int[] days = {0, 1, 2, 3, 10, 11, 12, 13};
    double[] onTopic = {1, 1, 1, 1, 9, 9, 9, 9};
    double[] all = {10, 10, 10, 10, 10, 10, 10, 10};
    List<ChangePoints.Flag> flags =
        new ChangePoints(7, 2.0, 5).flags(days, new double[][] {onTopic, all}, "topic_share");
    assertEquals(1, flags.size(), flags.toString());
    ChangePoints.Flag flag = flags.get(0);
    assertEquals(4, flag.index());
    assertEquals(0.1, flag.before(), 1e-12, "day 3 alone before day 10");
    assertEquals(0.9, flag.after(), 1e-12);
    double pooled = 37.0 / 50;
    assertEquals(0.8 / Math.sqrt(pooled * (1 - pooled) * (1 / 10.0 + 1 / 40.0)), flag.z(), 1e-12);
  }

  @Test
  void flagsNothingOnAFlatSeries() {
    assertEquals(0, ChangePoints.defaults().toShareChangePoints(series(0.2, 0.2, 11)).count());
  }

  @Test
  void findsASentimentDropForTheOutletAndItsTopic() {
    StructType sentiment =
        new StructType()
            .add("article_id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add("score", DataTypes.DoubleType);
    StructType topics = TopicTables.ARTICLE_TOPICS;
    Random random = new Random(3);
    List<Object[]> scores = new ArrayList<>();
    List<Object[]> assigned = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      for (int i = 0; i < 4; i++) {
        String id = d + "-" + i;
        double mean = d < 20 ? 0.2 : -0.2;
        scores.add(
            new Object[] {
              id, "North", Date.valueOf(START.plusDays(d)), mean + 0.1 * random.nextGaussian()
            });
        assigned.add(new Object[] {id, "taxonomy", "health", "health", 1.0, 2});
      }
    }
    Dataset<Row> articles = Rows.of(sentiment, scores.toArray(new Object[0][]));
    // topic rows carry their article's outlet, day and score, as ArticleTopics makes them
    Dataset<Row> topicRows =
        Rows.of(topics, assigned.toArray(new Object[0][])).join(articles, "article_id");
    List<Row> found =
        ChangePoints.defaults()
            .toSentimentChangePoints(articles, topicRows)
            .orderBy("topic")
            .collectAsList();
    assertEquals(2, found.size(), found.toString());
    for (Row change : found) {
      assertEquals("sentiment", change.getString(0));
      assertEquals(Date.valueOf(START.plusDays(20)), change.getDate(5));
      assertEquals("down", change.getString(6));
      assertEquals(-0.4, change.getDouble(7), 0.1);
    }
    assertEquals(null, found.get(0).get(3), "the outlet's overall series has no topic");
    assertEquals("health", found.get(1).getString(3));
  }
}
