package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newslens.analysis.AnalysisContext;
import org.newslens.analysis.AnalysisStep;
import org.newslens.analysis.StepResult;
import org.newslens.analysis.sink.AnalysisSink;

/**
 * Sentiment: from the article pass's scores, writes article_sentiment, sentiment_daily,
 * sentiment_weekly and sentiment_outlet_diff.
 */
public final class SentimentStep implements AnalysisStep {
  private final SentenceModel model;
  private final String modelDir;
  private final Dataset<Row> articleScores;

  /**
   * @param model the model the article pass scored with
   * @param modelDir where it was loaded from, or null for the lexicon scorer
   * @param articleScores one row per selected article in {@link SentimentTables#ARTICLE_SCORES},
   *     handed to the step by the pipeline from the article pass
   */
  public SentimentStep(SentenceModel model, String modelDir, Dataset<Row> articleScores) {
    this.model = model;
    this.modelDir = modelDir;
    this.articleScores = articleScores;
  }

  /** The model of {@code modelDir} (a model saved by train-sentiment), or the lexicon scorer. */
  public static SentenceModel load(String modelDir) {
    return modelDir == null ? new LexiconSentenceModel() : TrainedSentenceModel.load(modelDir);
  }

  @Override
  public String name() {
    return "sentiment";
  }

  @Override
  public StepResult run(AnalysisContext context) {
    Dataset<Row> articleSentiment =
        articleScores
            .withColumn(SentimentTables.MODEL_ID, lit(model.id()))
            .withColumn(SentimentTables.MODEL_VERSION, lit(model.version()));
    AnalysisSink sink = context.sink();
    AnalysisSink.Written written =
        sink.save(
            SentimentTables.ARTICLE_SENTIMENT,
            articleSentiment,
            sum(col(SentimentTables.SENTENCES)).as("sentences"),
            count(col(SentimentTables.SCORE)).as("scored"),
            count(
                    when(
                        col(SentimentTables.PUBLISHED_DATE)
                            .isNull()
                            .and(col(SentimentTables.SCORE).isNotNull()),
                        lit(1)))
                .as("undated_scored"));
    long articles = written.rows();
    long scored = written.metric("scored");
    long undatedScored = written.metric("undated_scored");
    // the aggregates read the table just written (its narrow columns only), all at the same time
    Dataset<Row> table = written.table();
    List<CompletableFuture<AnalysisSink.Written>> aggregates =
        List.of(
            sink.saveAsync(SentimentTables.SENTIMENT_DAILY, SentimentStages.toDaily(table)),
            sink.saveAsync(SentimentTables.SENTIMENT_WEEKLY, SentimentStages.toWeekly(table)),
            sink.saveAsync(
                SentimentTables.SENTIMENT_OUTLET_DIFF, SentimentStages.toOutletDiff(table)));
    List<Row> byOutlet = SentimentStages.toOutletSummary(table).collectAsList();
    aggregates.forEach(AnalysisSink::await);

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("model_id", model.id());
    manifest.put("model_version", model.version());
    manifest.put("model_dir", modelDir);
    manifest.put(
        "label_thresholds",
        Map.of("positive", model.neutralBand(), "negative", -model.neutralBand()));
    manifest.put("articles", articles);
    manifest.put("sentences", written.metric("sentences"));
    manifest.put("articles_scored", scored);
    manifest.put("articles_without_sentences", articles - scored);
    manifest.put("undated_scored_articles_excluded_from_daily_weekly_diff", undatedScored);
    return new StepResult(manifest, summary(byOutlet, undatedScored));
  }

  /** A small table of mean sentiment by outlet, with the interval and n. */
  static String summary(List<Row> byOutlet, long undated) {
    StringBuilder out =
        new StringBuilder("Mean sentence sentiment by outlet (article means, 95% interval):\n");
    out.append(
        String.format(
            "  %-28s %8s %8s %18s %8s %8s%n",
            "outlet", "articles", "mean", "95% interval", "pos", "neg"));
    for (Row r : byOutlet) {
      String ci =
          r.isNullAt(r.fieldIndex(SentimentTables.CI_LOW))
              ? "n/a"
              : String.format(
                  "[%+.3f, %+.3f]",
                  r.getDouble(r.fieldIndex(SentimentTables.CI_LOW)),
                  r.getDouble(r.fieldIndex(SentimentTables.CI_HIGH)));
      out.append(
          String.format(
              "  %-28s %8d %+8.3f %18s %7.0f%% %7.0f%%%n",
              truncate(r.getString(r.fieldIndex(SentimentTables.OUTLET)), 28),
              r.getLong(r.fieldIndex(SentimentTables.ARTICLES)),
              r.getDouble(r.fieldIndex(SentimentTables.MEAN)),
              ci,
              100 * r.getDouble(r.fieldIndex(SentimentTables.POSITIVE_SHARE)),
              100 * r.getDouble(r.fieldIndex(SentimentTables.NEGATIVE_SHARE))));
    }
    if (undated > 0) {
      out.append("  (")
          .append(undated)
          .append(" undated articles are in article_sentiment but not in the daily,")
          .append(" weekly and difference tables)\n");
    }
    return out.toString();
  }

  private static String truncate(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
