package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.newslens.analysis.topics.TopicTables.ARTICLES;
import static org.newslens.analysis.topics.TopicTables.ARTICLE_ID;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.SHARE;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.TOTAL_ARTICLES;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newslens.analysis.AnalysisContext;
import org.newslens.analysis.AnalysisStep;
import org.newslens.analysis.StepResult;
import org.newslens.analysis.sink.AnalysisSink;
import org.newslens.common.schema.ArticleColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Topics, the second analysis step: taxonomy and LDA topics per article, topic frequencies by day
 * and week, topic sentiment by week (from the {@code article_sentiment} frame the sentiment step
 * publishes), distinctive terms by month, and change points of the topic-share and sentiment
 * series.
 */
public final class TopicStep implements AnalysisStep {
  private static final Logger LOG = LoggerFactory.getLogger(TopicStep.class);

  /** Topics per outlet and source listed in the summary. */
  static final int SUMMARY_TOPICS = 3;

  /** The frame the sentiment step publishes. */
  static final String ARTICLE_SENTIMENT = "article_sentiment";

  private final TopicOptions options;

  public TopicStep(TopicOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "topics";
  }

  @Override
  public StepResult run(AnalysisContext context) {
    try {
      return runStages(context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StepResult runStages(AnalysisContext context) throws IOException {
    AnalysisSink sink = context.sink();
    Taxonomy taxonomy =
        options.taxonomy() == null ? Taxonomy.defaultTaxonomy() : Taxonomy.load(options.taxonomy());
    Dataset<Row> docs =
        TopicModel.withDocumentText(
                context
                    .articles()
                    .select(
                        col(ArticleColumns.ARTICLE_ID),
                        col(ArticleColumns.OUTLET),
                        col(ArticleColumns.PUBLISHED_DATE),
                        col(ArticleColumns.TITLE),
                        col(ArticleColumns.TEXT)),
                ArticleColumns.TITLE,
                ArticleColumns.TEXT)
            .cache();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put(
        "taxonomy", options.taxonomy() == null ? "built-in" : options.taxonomy().toString());
    manifest.put("taxonomy_topics", taxonomy.topics().size());
    manifest.put("taxonomy_min_matches", options.taxonomyMinMatches());

    Dataset<Row> articleTopics =
        ArticleTopics.toTaxonomyTopics(docs, taxonomy, options.taxonomyMinMatches());
    String modelId = null;
    String modelPath = null;
    if (options.ldaEnabled()) {
      TopicModel model;
      if (options.topicModel() != null) {
        modelPath = options.topicModel();
        model = TopicModel.load(modelPath);
        LOG.info("topic model {} loaded from {}", model.id(), modelPath);
        manifest.put("lda_reused", true);
      } else {
        long start = System.nanoTime();
        model = TopicModel.fit(sampleForFitting(docs, options), options.lda());
        manifest.put("lda_fit_seconds", (System.nanoTime() - start) / 1e9);
        modelPath =
            sink.output().endsWith("/")
                ? sink.output() + TopicTables.TOPIC_MODEL_DIR
                : sink.output() + "/" + TopicTables.TOPIC_MODEL_DIR;
        model.save(modelPath);
        LOG.info("topic model {} fitted and saved to {}", model.id(), modelPath);
        manifest.put("lda_reused", false);
        LdaSettings lda = options.lda();
        manifest.put(
            "lda_settings",
            Map.of(
                "k",
                lda.k(),
                "seed",
                lda.seed(),
                "iterations",
                lda.iterations(),
                "restarts",
                lda.restarts(),
                "min_df",
                lda.minDf(),
                "max_df",
                lda.maxDf(),
                "vocab_size",
                lda.vocabSize(),
                "max_docs",
                options.ldaMaxDocs()));
      }
      modelId = model.id();
      manifest.put("lda_model", modelId);
      manifest.put("lda_model_dir", modelPath);
      manifest.put("lda_k", model.k());
      manifest.put("lda_min_weight", options.ldaMinWeight());
      List<List<TopicModel.TopicTerm>> terms = model.topTerms(options.lda().topTerms());
      sink.write(
          TopicTables.TOPIC_TERMS_TABLE,
          context
              .spark()
              .createDataFrame(
                  ArticleTopics.topicTermRows(modelId, terms), TopicTables.TOPIC_TERMS));
      articleTopics =
          articleTopics.unionByName(
              ArticleTopics.toLdaTopics(model.transform(docs), terms, options.ldaMinWeight()));
    }
    articleTopics = articleTopics.cache();
    manifest.put("article_topic_rows", sink.write(TopicTables.ARTICLE_TOPICS_TABLE, articleTopics));

    Dataset<Row> daily = TopicFrequencies.toDailyFrequency(docs, articleTopics).cache();
    sink.write(TopicTables.TOPIC_FREQUENCY_DAILY_TABLE, daily);
    sink.write(
        TopicTables.TOPIC_FREQUENCY_WEEKLY_TABLE,
        TopicFrequencies.toWeeklyFrequency(docs, articleTopics));

    Dataset<Row> changes = options.changePoints().toShareChangePoints(daily);
    if (context.hasFrame(ARTICLE_SENTIMENT)) {
      Dataset<Row> articleSentiment = context.frame(ARTICLE_SENTIMENT);
      sink.write(
          TopicTables.TOPIC_SENTIMENT_TABLE,
          TopicFrequencies.toTopicSentiment(articleSentiment, articleTopics));
      changes =
          changes.unionByName(
              options.changePoints().toSentimentChangePoints(articleSentiment, articleTopics));
    }
    long changePoints = sink.write(TopicTables.CHANGE_POINTS_TABLE, changes);
    manifest.put("change_point_method", options.changePoints().method());
    manifest.put("change_points", changePoints);

    sink.write(
        TopicTables.DISTINCTIVE_TERMS_TABLE,
        DistinctiveTerms.toDistinctiveTerms(
            TopicModel.withTerms(docs), options.distinctiveTop(), options.distinctiveMinCount()));

    TopicSummary summary =
        new TopicSummary(
            modelId,
            modelPath,
            taxonomy.topics().size(),
            changePoints,
            topTopics(docs, articleTopics));
    daily.unpersist();
    articleTopics.unpersist();
    docs.unpersist();
    return new StepResult(manifest, String.join("\n", summary.lines()));
  }

  /** The articles LDA is fitted on: all of them, or a seeded sample of about {@code ldaMaxDocs}. */
  static Dataset<Row> sampleForFitting(Dataset<Row> docs, TopicOptions options) {
    long total = docs.count();
    if (total <= options.ldaMaxDocs()) {
      return docs;
    }
    double fraction = Math.min(1.0, 1.05 * options.ldaMaxDocs() / total);
    LOG.info(
        "fitting the topic model on a sample of about {} of {} articles",
        options.ldaMaxDocs(),
        total);
    return docs.sample(false, fraction, options.lda().seed()).limit(options.ldaMaxDocs());
  }

  /**
   * Each outlet's most covered topics per source over the whole input: share of its articles (dated
   * or not) on the topic, top {@value #SUMMARY_TOPICS} per outlet and source.
   */
  static List<TopTopic> topTopics(Dataset<Row> docs, Dataset<Row> articleTopics) {
    Dataset<Row> totals =
        docs.groupBy(col(ArticleColumns.OUTLET).as(OUTLET)).agg(count(lit(1)).as(TOTAL_ARTICLES));
    Dataset<Row> counts =
        docs.select(
                col(ArticleColumns.ARTICLE_ID).as(ARTICLE_ID),
                col(ArticleColumns.OUTLET).as(OUTLET))
            .join(articleTopics, ARTICLE_ID)
            .groupBy(col(OUTLET), col(SOURCE), col(TOPIC), col(LABEL))
            .agg(count(lit(1)).as(ARTICLES));
    List<Row> rows =
        counts
            .join(totals, OUTLET)
            .withColumn(SHARE, col(ARTICLES).divide(col(TOTAL_ARTICLES)))
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy(col(OUTLET), col(SOURCE))
                            .orderBy(col(SHARE).desc(), col(TOPIC))))
            .filter(col("r").leq(SUMMARY_TOPICS))
            .orderBy(col(OUTLET), col(SOURCE).desc(), col("r"))
            .select(OUTLET, SOURCE, TOPIC, LABEL, ARTICLES, TOTAL_ARTICLES, SHARE)
            .collectAsList();
    List<TopTopic> out = new ArrayList<>();
    for (Row row : rows) {
      out.add(
          new TopTopic(
              row.getString(0),
              row.getString(1),
              row.getString(2),
              row.getString(3),
              row.getLong(4),
              row.getLong(5),
              row.getDouble(6)));
    }
    return out;
  }

  /** One of an outlet's most covered topics. */
  public record TopTopic(
      String outlet,
      String source,
      String topic,
      String label,
      long articles,
      long totalArticles,
      double share) {}

  /** What the topic stages did, for the job's log and summary. */
  public record TopicSummary(
      String modelId,
      String modelPath,
      int taxonomyTopics,
      long changePoints,
      List<TopTopic> topTopics) {

    /**
     * Lines for the job's printed summary: per outlet, its top taxonomy topics and top LDA topics.
     */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(
          String.format(
              Locale.ROOT,
              "topics: %d taxonomy topics; LDA model %s; %d change points",
              taxonomyTopics,
              modelId == null ? "off" : modelId + " (" + modelPath + ")",
              changePoints));
      lines.add("top topics per outlet (share of the outlet's articles):");
      String outlet = null;
      String source = null;
      StringBuilder line = null;
      for (TopTopic t : topTopics) {
        if (!t.outlet().equals(outlet) || !t.source().equals(source)) {
          if (line != null) {
            lines.add(line.toString());
          }
          outlet = t.outlet();
          source = t.source();
          line = new StringBuilder(String.format(Locale.ROOT, "  %-24s %-8s", outlet, source));
        } else {
          line.append(";");
        }
        String name =
            t.source().equals(TopicTables.SOURCE_LDA)
                ? t.topic() + " (" + t.label() + ")"
                : t.topic();
        line.append(String.format(Locale.ROOT, " %s %.1f%%", name, 100 * t.share()));
      }
      if (line != null) {
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
