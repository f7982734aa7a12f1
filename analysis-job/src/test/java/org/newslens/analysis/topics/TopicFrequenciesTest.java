package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class TopicFrequenciesTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("published_date", DataTypes.DateType)
          .add("score", DataTypes.DoubleType);
  private static final Date MON = Date.valueOf("2025-03-03");
  private static final Date TUE = Date.valueOf("2025-03-04");

  private static Dataset<Row> articles() {
    return Rows.of(
        ARTICLES,
        new Object[] {"a1", "North", MON, 0.5},
        new Object[] {"a2", "North", MON, -0.1},
        new Object[] {"a3", "North", TUE, 0.3},
        new Object[] {"a4", "South", TUE, 0.0},
        new Object[] {"a5", "South", null, 0.9});
  }

  private static Dataset<Row> topics() {
    return Rows.of(
        TopicTables.ARTICLE_TOPICS,
        new Object[] {"a1", "taxonomy", "health", "health", 1.0, 3},
        new Object[] {"a3", "taxonomy", "health", "health", 0.5, 2},
        new Object[] {"a3", "taxonomy", "sport", "sport", 0.5, 2},
        new Object[] {"a4", "lda", "t01", "ferry, harbour, tide", 0.8, null},
        new Object[] {"a5", "taxonomy", "health", "health", 1.0, 4});
  }

  /**
   * The topic rows of the article pass: each topic row carries its article's outlet, day, score.
   */
  private static Dataset<Row> topicRows() {
    return topics().join(articles(), "article_id");
  }

  @Test
  void dailySharesUseTheOutletsDatedArticlesAndKeepZeros() {
    List<Row> rows =
        TopicFrequencies.toDailyFrequency(articles(), topicRows())
            .orderBy("outlet", "date", "source", "topic")
            .collectAsList();
    // 3 outlet-days with dated articles x 3 topics seen anywhere.
    assertEquals(9, rows.size());
    Row northMondayHealth = rows.get(1);
    assertEquals(
        List.of("North", MON, "taxonomy", "health", "health", 2L, 1L),
        List.of(
            northMondayHealth.get(0),
            northMondayHealth.get(1),
            northMondayHealth.get(2),
            northMondayHealth.get(3),
            northMondayHealth.get(4),
            northMondayHealth.getLong(6),
            northMondayHealth.getLong(5)));
    assertEquals(0.5, northMondayHealth.getDouble(7), 1e-12);
    double[] wilson = Intervals.wilson(1, 2);
    assertEquals(wilson[0], northMondayHealth.getDouble(8), 1e-9);
    assertEquals(wilson[1], northMondayHealth.getDouble(9), 1e-9);
    Row southTuesdayHealth = rows.get(7);
    assertEquals("South", southTuesdayHealth.getString(0));
    assertEquals("health", southTuesdayHealth.getString(3));
    assertEquals(0L, southTuesdayHealth.getLong(5), "the undated South article is not counted");
    assertEquals(1L, southTuesdayHealth.getLong(6));
  }

  @Test
  void weeklySharesStartOnMonday() {
    List<Row> rows =
        TopicFrequencies.toWeeklyFrequency(
                TopicFrequencies.toDailyFrequency(articles(), topicRows()))
            .filter("outlet = 'North' and topic = 'health'")
            .collectAsList();
    assertEquals(1, rows.size());
    assertEquals(MON, rows.get(0).getDate(1));
    assertEquals(2L, rows.get(0).getLong(5));
    assertEquals(3L, rows.get(0).getLong(6));
  }

  @Test
  void topicSentimentGivesMeansWithTIntervals() {
    List<Row> rows =
        TopicFrequencies.toTopicSentiment(topicRows())
            .orderBy("outlet", "source", "topic")
            .collectAsList();
    assertEquals(3, rows.size());
    Row health = rows.get(0);
    assertEquals("health", health.getString(3));
    assertEquals(2L, health.getLong(5));
    assertEquals(0.4, health.getDouble(6), 1e-12);
    double sd = Math.sqrt(0.02);
    assertEquals(sd, health.getDouble(7), 1e-12);
    double half = 12.706204736 * sd / Math.sqrt(2);
    assertEquals(0.4 - half, health.getDouble(8), 1e-6);
    assertEquals(0.4 + half, health.getDouble(9), 1e-6);
    Row single = rows.get(1);
    assertEquals("sport", single.getString(3));
    assertNull(single.get(7));
    assertNull(single.get(8));
  }
}
