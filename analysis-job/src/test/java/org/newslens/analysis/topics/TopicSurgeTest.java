package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newslens.analysis.ArticlePass;
import org.newslens.analysis.ArticleRows;
import org.newslens.analysis.sentiment.LexiconSentenceModel;
import org.newslens.analysis.sentiment.SentimentLabels;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.testing.Rows;

/**
 * A planted topic surge, end to end through the topic stages: articles of two outlets over eight
 * weeks, where one outlet's share of health stories doubles (0.15 to 0.30) for two weeks. The
 * built-in taxonomy must tag the stories, the daily shares must show the surge with an interval
 * that excludes the baseline, and the change-point test must flag its start within three days, and
 * nothing on the other outlet.
 */
class TopicSurgeTest {
  private static final LocalDate START = LocalDate.parse("2025-01-06");
  private static final LocalDate SURGE_START = START.plusDays(21);
  private static final int SURGE_DAYS = 14;
  private static final int PER_DAY = 60;
  private static final String[][] TOPICS = {
    {
      "health",
      "Patients waited for hours at the hospital as nurses struggled to cope.",
      "Doctors warned that the new vaccine would reach clinics late."
    },
    {
      "sport",
      "The team won the match after a late goal from the striker.",
      "The coach praised his players before the cup final."
    },
    {
      "economy",
      "Inflation rose again, and the central bank kept interest rates on hold.",
      "Economists cut their growth forecasts as the recession deepened."
    },
    {
      "climate",
      "Carbon emissions fell as renewable energy replaced coal.",
      "Scientists linked the heatwave to climate change and global warming."
    },
    {
      "education",
      "Teachers said pupils needed smaller classes and more support.",
      "The university raised tuition for students from next year."
    },
  };

  private static List<Row> daily;
  private static List<Row> changes;

  @BeforeAll
  static void runTheStagesOnThePlantedArchive() {
    Random random = new Random(17);
    List<Object[]> rows = new ArrayList<>();
    for (int d = 0; d < 56; d++) {
      LocalDate day = START.plusDays(d);
      boolean surge = !day.isBefore(SURGE_START) && day.isBefore(SURGE_START.plusDays(SURGE_DAYS));
      for (String outlet : new String[] {"North", "South"}) {
        double health = outlet.equals("North") && surge ? 0.30 : 0.15;
        for (int i = 0; i < PER_DAY; i++) {
          int topic = random.nextDouble() < health ? 0 : 1 + random.nextInt(TOPICS.length - 1);
          String text =
              TOPICS[topic][1] + " Officials will meet again next week.\n\n" + TOPICS[topic][2];
          rows.add(
              ArticleRows.article(outlet + "-" + d + "-" + i, outlet, day, "News in brief", text));
        }
      }
    }
    Dataset<Row> articles = Rows.of(ArticleSchema.ARTICLE, rows.toArray(new Object[0][]));
    Dataset<Row> input =
        ArticlePass.topicInput(
                new ArticlePass(
                        new LexiconSentenceModel().scorer(),
                        SentimentLabels.EVIDENCE,
                        Taxonomy.defaultTaxonomy(),
                        2,
                        null)
                    .apply(articles))
            .articles()
            .cache();
    Dataset<Row> topics = ArticleTopics.toTopicRows(input, null, 0.25);
    Dataset<Row> frequencies =
        TopicFrequencies.toDailyFrequency(input, topics)
            .filter("source = 'taxonomy' and topic = 'health'")
            .cache();
    daily = frequencies.collectAsList();
    changes = ChangePoints.defaults().toShareChangePoints(frequencies).collectAsList();
  }

  @Test
  void theSurgeWindowShareIntervalExcludesTheBaseline() {
    long inArticles = 0;
    long inTotal = 0;
    long outArticles = 0;
    long outTotal = 0;
    for (Row row : daily) {
      if (!row.getString(0).equals("North")) {
        continue;
      }
      LocalDate day = row.getDate(1).toLocalDate();
      boolean surge = !day.isBefore(SURGE_START) && day.isBefore(SURGE_START.plusDays(SURGE_DAYS));
      if (surge) {
        inArticles += row.getLong(5);
        inTotal += row.getLong(6);
      } else {
        outArticles += row.getLong(5);
        outTotal += row.getLong(6);
      }
    }
    double baseline = (double) outArticles / outTotal;
    double[] interval = Intervals.wilson(inArticles, inTotal);
    assertEquals(0.15, baseline, 0.02);
    assertTrue(
        interval[0] > baseline,
        "surge interval " + interval[0] + ".." + interval[1] + ", baseline " + baseline);
  }

  @Test
  void aChangePointIsFlaggedWithinThreeDaysOfTheSurgeStartAndNoneOnTheOtherOutlet() {
    List<Row> north = changes.stream().filter(r -> r.getString(1).equals("North")).toList();
    assertTrue(
        north.stream()
            .anyMatch(
                r ->
                    r.getString(6).equals("up")
                        && Math.abs(
                                r.getDate(5).toLocalDate().toEpochDay() - SURGE_START.toEpochDay())
                            <= 3),
        "change points: " + changes);
    assertTrue(
        changes.stream().noneMatch(r -> r.getString(1).equals("South")),
        "change points: " + changes);
  }
}
