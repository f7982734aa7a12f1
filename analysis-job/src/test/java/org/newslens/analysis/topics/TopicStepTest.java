package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.AnalysisOptions;
import org.newslens.analysis.AnalysisPipeline;
import org.newslens.analysis.ArticleRows;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.testing.LocalSpark;
import org.newslens.common.testing.Rows;

class TopicStepTest {
  private static final String[] SPORT = {
    "The striker scored twice as the team won the league match.",
    "Fans filled the stadium for the cup final; the coach praised his players.",
  };
  private static final String[] HEALTH = {
    "Hospital waiting lists grew as nurses and doctors treated more patients.",
    "A new vaccine cut infections, health officials said, easing pressure on clinics.",
  };

  /** Two outlets over ten days: North writes mostly about sport, South mostly about health. */
  private static List<Object[]> articles() {
    List<Object[]> rows = new ArrayList<>();
    LocalDate start = LocalDate.parse("2025-04-01");
    for (int d = 0; d < 10; d++) {
      for (int i = 0; i < 4; i++) {
        for (String outlet : new String[] {"North", "South"}) {
          boolean sport = outlet.equals("North") ? i < 3 : i == 0;
          String[] pool = sport ? SPORT : HEALTH;
          String text = pool[(d + i) % 2] + "\n\n" + pool[(d + i + 1) % 2];
          String id = outlet + "-" + d + "-" + i;
          LocalDate day = start.plusDays(d);
          rows.add(
              ArticleRows.article(id, outlet, day, sport ? "Match report" : "Health report", text));
        }
      }
    }
    return rows;
  }

  @Test
  void analyzeWritesTheTopicTablesAndSummarisesTopTopicsPerOutlet(@TempDir Path dir)
      throws Exception {
    SparkSession spark = LocalSpark.spark();
    String input = dir.resolve("articles").toString();
    Rows.of(ArticleSchema.ARTICLE, articles().toArray(new Object[0][])).write().parquet(input);
    String output = dir.resolve("analysis").toString();
    AnalysisOptions options =
        AnalysisOptions.parse(
            new String[] {
              "--input",
              input,
              "--output",
              output,
              "--k",
              "2",
              "--iterations",
              "5",
              "--restarts",
              "1",
              "--min-df",
              "1",
              "--max-df",
              "0.9"
            });

    AnalysisPipeline.Summary summary = AnalysisPipeline.run(spark, options);

    List<Row> northSport =
        spark
            .read()
            .parquet(output + "/topic_frequency_weekly")
            .filter("outlet = 'North' and source = 'taxonomy' and topic = 'sport'")
            .collectAsList();
    assertTrue(!northSport.isEmpty());
    long onTopic = northSport.stream().mapToLong(r -> r.getLong(r.fieldIndex("articles"))).sum();
    long total =
        northSport.stream().mapToLong(r -> r.getLong(r.fieldIndex("total_articles"))).sum();
    assertEquals(30, onTopic);
    assertEquals(40, total);
    assertEquals(
        2, spark.read().parquet(output + "/topic_terms").select("topic").distinct().count());
    assertTrue(
        spark.read().parquet(output + "/article_topics").filter("source = 'lda'").count() >= 80);
    assertTrue(spark.read().parquet(output + "/topic_sentiment").count() > 0);
    assertTrue(
        spark.read().parquet(output + "/distinctive_terms").filter("outlet = 'North'").count() > 0);
    spark.read().parquet(output + "/change_points");
    assertTrue(
        Files.isDirectory(dir.resolve("analysis/topic_model/stages")), "the fitted model is saved");
    assertTrue(summary.text().contains("top topics per outlet"), summary.text());
    assertTrue(
        summary.text().matches("(?s).*North\\s+taxonomy\\s+sport 75\\.0%.*"), summary.text());
  }
}
