package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.testing.LocalSpark;
import org.newslens.common.testing.Rows;

class AnalysisPipelineTest {
  @TempDir Path tmp;

  private static Object[] article(String id, String outlet, String day, String title, String text) {
    return ArticleRows.article(id, outlet, day == null ? null : LocalDate.parse(day), title, text);
  }

  private String writeArticles() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        article(
            "a1",
            "Good Times",
            "2025-05-12",
            "Rescue a success",
            "The rescue was a great success. " + "Families were happy and grateful."));
    rows.add(
        article(
            "a2",
            "Good Times",
            "2025-05-13",
            "Fair opens",
            "The fair was wonderful. Visitors loved it."));
    rows.add(
        article("a3", "Good Times", "2025-05-13", null, "A pleasant day with excellent weather."));
    rows.add(
        article(
            "b1",
            "Grim Post",
            "2025-05-12",
            "Fire kills three",
            "Three people died in a terrible fire. " + "Neighbours were devastated."));
    rows.add(
        article(
            "b2", "Grim Post", "2025-05-14", "Crash", "The crash was a disaster. Many were hurt."));
    rows.add(article("b3", "Grim Post", null, "Undated", "An awful, tragic loss."));
    String dir = tmp.resolve("articles").toString();
    Rows.of(ArticleSchema.ARTICLE, rows.toArray(new Object[0][]))
        .write()
        .partitionBy("published_date")
        .parquet(dir);
    return dir;
  }

  @Test
  void writesEveryTableAndAManifestWhoseCountsReconcile() throws Exception {
    SparkSession spark = LocalSpark.spark();
    String out = tmp.resolve("analysis").toString();
    AnalysisOptions options =
        AnalysisOptions.parse(
            new String[] {
              "--input", writeArticles(), "--output", out, "--no-lda"
            }); // six articles are too few for a topic model
    AnalysisPipeline.Summary summary = AnalysisPipeline.run(spark, options);

    Dataset<Row> articles = spark.read().parquet(out + "/article_sentiment");
    assertEquals(6, articles.count());
    double good =
        articles
            .filter("outlet = 'Good Times'")
            .agg(org.apache.spark.sql.functions.avg("score"))
            .first()
            .getDouble(0);
    double grim =
        articles
            .filter("outlet = 'Grim Post'")
            .agg(org.apache.spark.sql.functions.avg("score"))
            .first()
            .getDouble(0);
    assertTrue(good > 0.2 && grim < -0.2, "good " + good + ", grim " + grim);
    assertEquals("Good Times", articles.filter("article_id = 'a1'").first().getAs("outlet"));

    Dataset<Row> daily = spark.read().parquet(out + "/sentiment_daily");
    assertEquals(4, daily.count()); // outlet x day; the undated article is left out
    assertEquals(5L, daily.agg(org.apache.spark.sql.functions.sum("articles")).first().getLong(0));
    assertEquals(2, spark.read().parquet(out + "/sentiment_weekly").count());
    Dataset<Row> diff = spark.read().parquet(out + "/sentiment_outlet_diff");
    assertEquals(1, diff.filter("period = 'all'").count());

    RunManifest manifest = RunManifest.read(out, spark.sparkContext().hadoopConfiguration());
    @SuppressWarnings("unchecked")
    Map<String, Object> counts = (Map<String, Object>) manifest.get("counts");
    assertEquals(6, ((Number) counts.get("articles_in")).intValue());
    assertEquals(1, ((Number) counts.get("articles_undated")).intValue());
    assertTrue(summary.text().contains("Good Times") && summary.text().contains("Grim Post"));
  }

  @Test
  void selectsByDateAndOutletAndDropsUndatedArticlesWhenABoundIsGiven() throws Exception {
    SparkSession spark = LocalSpark.spark();
    String out = tmp.resolve("selected").toString();
    AnalysisPipeline.run(
        spark,
        AnalysisOptions.parse(
            new String[] {
              "--input",
              writeArticles(),
              "--output",
              out,
              "--from",
              "2025-05-13",
              "--outlets",
              "grim post",
              "--no-lda"
            }));
    List<Row> rows = spark.read().parquet(out + "/article_sentiment").collectAsList();
    assertEquals(1, rows.size());
    assertEquals("b2", rows.get(0).getAs("article_id"));
  }

  @Test
  void refusesAnInputThatIsNotAnArticlesTable() {
    SparkSession spark = LocalSpark.spark();
    String wrong = tmp.resolve("wrong").toString();
    spark.range(3).toDF("article_id").write().parquet(wrong);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AnalysisPipeline.run(
                    spark,
                    AnalysisOptions.parse(
                        new String[] {"--input", wrong, "--output", tmp.resolve("o").toString()})));
    assertTrue(e.getMessage().contains("missing column outlet"), e.getMessage());
  }
}
