package org.newslens.analysis.evaluate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.sentiment.EditorialSplit;
import org.newslens.analysis.sentiment.LexiconSentenceModel;
import org.newslens.analysis.sentiment.SentenceModel;
import org.newslens.analysis.sentiment.SentimentLabels;
import org.newslens.analysis.sentiment.SentimentStages;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.sentiment.TrainedSentenceModel;
import org.newslens.common.cli.Cli;
import org.newslens.common.schema.ArticleColumns;

/**
 * Benchmark predictions for sentence sentiment: each item is scored as a one-paragraph article by
 * the same stages as {@code analyze} (split, score, average). Reads only {@code id} and {@code
 * text}; writes a prediction for every id (score 0, neutral, for an empty text).
 */
public final class SentimentEvaluation {
  /** The only fields read from the ground truth. */
  public static final StructType INPUT =
      new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);

  private SentimentEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (EvaluateJob.wantsHelp(args)) {
      System.out.println(SentimentEvaluationOptions.USAGE);
      return;
    }
    SentimentEvaluationOptions options;
    try {
      options = SentimentEvaluationOptions.parse(args);
      options.checkPaths(new org.apache.hadoop.conf.Configuration());
    } catch (org.newslens.common.cli.UsageException e) {
      Cli.exitUsage("newslens evaluate sentiment", e.getMessage());
      return;
    }
    SparkSession spark =
        SparkSession.builder().appName("news-analysis-evaluate-sentiment").getOrCreate();
    try {
      long n = run(spark, options);
      System.out.println("wrote " + n + " predictions to " + options.predictions());
    } finally {
      spark.stop();
    }
  }

  public static long run(SparkSession spark, SentimentEvaluationOptions options)
      throws IOException {
    Dataset<Row> items =
        EditorialSplit.filterHalf(
                spark.read().schema(INPUT).json(options.groundTruth()), "id", options.splitHalf())
            .filter(col("id").isNotNull())
            .withColumn("order", monotonically_increasing_id());
    SentenceModel model =
        options.model() == null
            ? new LexiconSentenceModel()
            : TrainedSentenceModel.load(options.model());
    List<Row> predictions = predict(items, model).collectAsList();
    write(predictions, options.predictions(), spark);
    return predictions.size();
  }

  /** id, score and label per item, in input order. */
  public static Dataset<Row> predict(Dataset<Row> items, SentenceModel model) {
    Dataset<Row> asArticles =
        items.select(
            col("id").as(ArticleColumns.ARTICLE_ID),
            lit("benchmark").as(ArticleColumns.OUTLET),
            lit(null).cast("date").as(ArticleColumns.PUBLISHED_DATE),
            lit(null).cast("string").as(ArticleColumns.TITLE),
            col("text").as(ArticleColumns.TEXT));
    Dataset<Row> perItem =
        SentimentStages.toArticleScores(asArticles, model)
            .select(col(SentimentTables.ARTICLE_ID).as("sid"), col(SentimentTables.SCORE).as("s"));
    Dataset<Row> joined = items.join(perItem, items.col("id").equalTo(perItem.col("sid")), "left");
    return joined
        .withColumn("score", coalesce(col("s"), lit(0.0)))
        .withColumn("label", SentimentLabels.label(col("score"), model.neutralBand()))
        .orderBy(col("order"))
        .select(col("id"), col("score"), col("label"));
  }

  static void write(List<Row> predictions, String path, SparkSession spark) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(p, true)) {
      for (Row r : predictions) {
        ObjectNode node = json.createObjectNode();
        node.put("id", r.getString(0));
        node.put("score", Math.round(r.getDouble(1) * 1e6) / 1e6);
        node.put("label", r.getString(2));
        out.write(json.writeValueAsBytes(node));
        out.write('\n');
      }
    }
  }
}
