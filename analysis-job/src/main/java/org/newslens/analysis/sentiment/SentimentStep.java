package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newslens.analysis.AnalysisContext;
import org.newslens.analysis.AnalysisStep;
import org.newslens.analysis.StepResult;
import org.newslens.analysis.sink.AnalysisSink;

/**
 * Sentiment: scores every sentence, writes article_sentiment, sentiment_daily, sentiment_weekly and
 * sentiment_outlet_diff, and publishes the article_sentiment frame (cached) for later steps such as
 * topic sentiment.
 */
public final class SentimentStep implements AnalysisStep {
  private final String modelDir;

  /**
   * @param modelDir a model saved by train-sentiment, or null for the lexicon scorer
   */
  public SentimentStep(String modelDir) {
    this.modelDir = modelDir;
  }

  @Override
  public String name() {
    return "sentiment";
  }

  @Override
  public StepResult run(AnalysisContext context) {
    SentenceModel model =
        modelDir == null ? new LexiconSentenceModel() : TrainedSentenceModel.load(modelDir);
    Dataset<Row> sentences = SentimentStages.toSentences(context.articles());
    Dataset<Row> scored =
        model.withSentenceScore(
            sentences, SentimentStages.SENTENCE, SentimentStages.SENTENCE_SCORE);
    Dataset<Row> articleSentiment =
        SentimentStages.toArticleSentiment(scored, model.id(), model.version(), model.neutralBand())
            .cache();
    context.publish(SentimentTables.ARTICLE_SENTIMENT.name(), articleSentiment);

    AnalysisSink sink = context.sink();
    long articles = sink.write(SentimentTables.ARTICLE_SENTIMENT, articleSentiment);
    sink.write(SentimentTables.SENTIMENT_DAILY, SentimentStages.toDaily(articleSentiment));
    sink.write(SentimentTables.SENTIMENT_WEEKLY, SentimentStages.toWeekly(articleSentiment));
    sink.write(
        SentimentTables.SENTIMENT_OUTLET_DIFF, SentimentStages.toOutletDiff(articleSentiment));

    Row totals =
        articleSentiment
            .agg(
                org.apache.spark.sql.functions.sum(col(SentimentTables.SENTENCES)).as("sentences"),
                org.apache.spark.sql.functions.count(col(SentimentTables.SCORE)).as("scored"))
            .first();
    long undatedScored =
        articleSentiment
            .filter(
                col(SentimentTables.PUBLISHED_DATE)
                    .isNull()
                    .and(col(SentimentTables.SCORE).isNotNull()))
            .count();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("model_id", model.id());
    manifest.put("model_version", model.version());
    manifest.put("model_dir", modelDir);
    manifest.put(
        "label_thresholds",
        Map.of("positive", model.neutralBand(), "negative", -model.neutralBand()));
    manifest.put("articles", articles);
    manifest.put("sentences", totals.isNullAt(0) ? 0L : totals.getLong(0));
    manifest.put("articles_scored", totals.getLong(1));
    manifest.put("articles_without_sentences", articles - totals.getLong(1));
    manifest.put("undated_scored_articles_excluded_from_daily_weekly_diff", undatedScored);
    return new StepResult(
        manifest,
        summary(SentimentStages.toOutletSummary(articleSentiment).collectAsList(), undatedScored));
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
