package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.testing.LocalSpark;
import org.newslens.sample.GenerateOptions;
import org.newslens.sample.Generator;
import org.newslens.sample.PlantedSignals;

/**
 * On a generated archive, the sentiment drift the generator plants (one outlet's coverage of one
 * topic turning negative from a given day) is found: the 95% interval of that outlet-topic's mean
 * article score after the drift day lies below, and excludes, its mean before. The articles are the
 * generator's own records (title, body, date, outlet, planted topics), so the test checks the
 * scorer and the interval, not ingest or topic assignment.
 */
class PlantedDriftTest {
  @TempDir Path tmp;

  @Test
  void theIntervalAfterThePlantedDriftDayExcludesTheMeanBefore() throws Exception {
    GenerateOptions options =
        new GenerateOptions(
            tmp.resolve("archive"), 2000, 5, 120, 42, LocalDate.of(2025, 1, 6), false);
    Generator generator = new Generator(options);
    generator.run();
    PlantedSignals planted = generator.signals();
    String outlet = planted.driftOutlet().name();
    String topic = planted.driftTopic().name();

    SparkSession spark = LocalSpark.spark();
    Dataset<Row> truth =
        spark
            .read()
            .json(tmp.resolve("archive/ground_truth.jsonl").toString())
            .dropDuplicates("id");
    Dataset<Row> articles =
        truth
            .filter(
                col("outlet")
                    .equalTo(outlet)
                    .and(array_contains(col("topics"), topic))
                    .and(col("date").isNotNull()))
            .select(
                col("id").as(ArticleColumns.ARTICLE_ID),
                col("outlet").as(ArticleColumns.OUTLET),
                to_date(col("date")).as(ArticleColumns.PUBLISHED_DATE),
                col("title").as(ArticleColumns.TITLE),
                col("body").as(ArticleColumns.TEXT));
    Dataset<Row> perArticle =
        SentimentStages.toArticleScores(articles, new LexiconSentenceModel())
            .withColumn(
                "after",
                col(ArticleColumns.PUBLISHED_DATE)
                    .geq(lit(java.sql.Date.valueOf(planted.driftStart()))))
            .withColumn("day", col(ArticleColumns.PUBLISHED_DATE));
    // one "period" per side of the drift day, with the same statistics as the daily and weekly
    // tables
    List<Row> stats =
        SentimentStages.toPeriodStats(
                perArticle.withColumn("side", col("after").cast("string")), "side")
            .collectAsList();
    Row before =
        stats.stream()
            .filter(r -> r.getString(r.fieldIndex("side")).equals("false"))
            .findFirst()
            .orElseThrow();
    Row after =
        stats.stream()
            .filter(r -> r.getString(r.fieldIndex("side")).equals("true"))
            .findFirst()
            .orElseThrow();
    double meanBefore = before.getDouble(before.fieldIndex("mean"));
    double highAfter = after.getDouble(after.fieldIndex("ci_high"));
    String detail =
        outlet
            + " / "
            + topic
            + ": before n="
            + before.getLong(before.fieldIndex("articles"))
            + " mean "
            + meanBefore
            + "; after n="
            + after.getLong(after.fieldIndex("articles"))
            + " mean "
            + after.getDouble(after.fieldIndex("mean"))
            + " interval ["
            + after.getDouble(after.fieldIndex("ci_low"))
            + ", "
            + highAfter
            + "]";
    assertTrue(highAfter < meanBefore, detail);
    System.out.println("planted drift found: " + detail);
  }
}
