package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.newslens.analysis.topics.TopicTables.ARTICLES;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.SHARE;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.TOTAL_ARTICLES;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * Topics, the second analysis step: from the article pass's taxonomy matches, LDA weights and term
 * counts, writes topic_terms, article_topics, topic frequencies by day and week, topic sentiment by
 * week, change points of the topic-share and sentiment series, and distinctive terms by month. The
 * LDA model is fitted (or loaded) before the pass, by {@link #prepareModel}, so that the pass can
 * score every article with it.
 */
public final class TopicStep implements AnalysisStep {
  private static final Logger LOG = LoggerFactory.getLogger(TopicStep.class);

  /** Topics per outlet and source listed in the summary. */
  static final int SUMMARY_TOPICS = 3;

  private final TopicOptions options;
  private final Taxonomy taxonomy;
  private final PreparedModel lda;
  private final Input input;

  /**
   * What the step reads, handed to it by the pipeline from the article pass.
   *
   * @param articles one row per selected article in {@link TopicTables#ARTICLE_TOPIC_INPUT}
   * @param termCounts the selected articles' term counts in {@link TopicTables#TERM_COUNTS}
   */
  public record Input(Dataset<Row> articles, Dataset<Row> termCounts) {}

  /**
   * @param lda the run's LDA model, or null without LDA
   */
  public TopicStep(TopicOptions options, Taxonomy taxonomy, PreparedModel lda, Input input) {
    this.options = options;
    this.taxonomy = taxonomy;
    this.lda = lda;
    this.input = input;
  }

  /** The taxonomy of {@code --taxonomy}, or the built-in one. */
  public static Taxonomy taxonomy(TopicOptions options) throws IOException {
    return options.taxonomy() == null
        ? Taxonomy.defaultTaxonomy()
        : Taxonomy.load(options.taxonomy());
  }

  /**
   * A run's LDA model: where it is, and what the manifest says of it.
   *
   * @param manifest the model's entries in the topics section of the manifest
   */
  public record PreparedModel(TopicModel model, String path, Map<String, Object> manifest) {}

  /**
   * Loads the model of {@code --topic-model}, or fits one on {@code articles} (a seeded sample of
   * about {@code --lda-max-docs} of them when there are more) and saves it under the output; null
   * with {@code --no-lda}.
   *
   * @param articles the selected articles (article_id, outlet, published_date, title, text)
   * @param articleCount how many they are
   */
  public static PreparedModel prepareModel(
      Dataset<Row> articles, long articleCount, TopicOptions options, AnalysisSink sink)
      throws IOException {
    if (!options.ldaEnabled()) {
      return null;
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    if (options.topicModel() != null) {
      TopicModel model = TopicModel.load(options.topicModel());
      LOG.info("topic model {} loaded from {}", model.id(), options.topicModel());
      manifest.put("lda_reused", true);
      return new PreparedModel(model, options.topicModel(), manifest);
    }
    Dataset<Row> docs =
        TopicModel.withDocumentText(
            articles.select(
                col(ArticleColumns.ARTICLE_ID),
                col(ArticleColumns.OUTLET),
                col(ArticleColumns.PUBLISHED_DATE),
                col(ArticleColumns.TITLE),
                col(ArticleColumns.TEXT)),
            ArticleColumns.TITLE,
            ArticleColumns.TEXT);
    long start = System.nanoTime();
    TopicModel model = TopicModel.fit(sampleForFitting(docs, articleCount, options), options.lda());
    manifest.put("lda_fit_seconds", (System.nanoTime() - start) / 1e9);
    model.save(sink.modelPath(TopicTables.TOPIC_MODEL_DIR));
    String path = sink.publishedPath(TopicTables.TOPIC_MODEL_DIR);
    LOG.info("topic model {} fitted; published to {} with the tables", model.id(), path);
    manifest.put("lda_reused", false);
    LdaSettings settings = options.lda();
    manifest.put(
        "lda_settings",
        Map.of(
            "k",
            settings.k(),
            "seed",
            settings.seed(),
            "iterations",
            settings.iterations(),
            "restarts",
            settings.restarts(),
            "min_df",
            settings.minDf(),
            "max_df",
            settings.maxDf(),
            "vocab_size",
            settings.vocabSize(),
            "max_docs",
            options.ldaMaxDocs()));
    return new PreparedModel(model, path, manifest);
  }

  @Override
  public String name() {
    return "topics";
  }

  @Override
  public StepResult run(AnalysisContext context) {
    AnalysisSink sink = context.sink();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put(
        "taxonomy", options.taxonomy() == null ? "built-in" : options.taxonomy().toString());
    manifest.put("taxonomy_topics", taxonomy.topics().size());
    manifest.put("taxonomy_min_matches", options.taxonomyMinMatches());

    List<String> ldaLabels = null;
    String modelId = null;
    if (lda != null) {
      modelId = lda.model().id();
      manifest.putAll(lda.manifest());
      manifest.put("lda_model", modelId);
      manifest.put("lda_model_dir", lda.path());
      manifest.put("lda_k", lda.model().k());
      manifest.put("lda_min_weight", options.ldaMinWeight());
      List<List<TopicModel.TopicTerm>> terms = lda.model().topTerms(options.lda().topTerms());
      sink.write(
          TopicTables.TOPIC_TERMS_TABLE,
          context
              .spark()
              .createDataFrame(
                  ArticleTopics.topicTermRows(modelId, terms), TopicTables.TOPIC_TERMS));
      ldaLabels = new ArrayList<>();
      for (List<TopicModel.TopicTerm> topic : terms) {
        ldaLabels.add(TopicModel.label(topic));
      }
    }
    Dataset<Row> articles = input.articles();
    Dataset<Row> topicRows = ArticleTopics.toTopicRows(articles, ldaLabels, options.ldaMinWeight());
    // the tables are written at the same time; the weekly frequencies and the change points read
    // the daily frequencies written
    CompletableFuture<AnalysisSink.Written> articleTopics =
        sink.saveAsync(TopicTables.ARTICLE_TOPICS_TABLE, topicRows);
    CompletableFuture<AnalysisSink.Written> daily =
        sink.saveAsync(
            TopicTables.TOPIC_FREQUENCY_DAILY_TABLE,
            TopicFrequencies.toDailyFrequency(articles, topicRows));
    CompletableFuture<AnalysisSink.Written> changes =
        daily.thenCompose(
            written ->
                sink.saveAsync(
                    TopicTables.CHANGE_POINTS_TABLE,
                    options
                        .changePoints()
                        .toShareChangePoints(written.table())
                        .unionByName(
                            options.changePoints().toSentimentChangePoints(articles, topicRows))));
    List<CompletableFuture<AnalysisSink.Written>> others =
        List.of(
            daily.thenCompose(
                written ->
                    sink.saveAsync(
                        TopicTables.TOPIC_FREQUENCY_WEEKLY_TABLE,
                        TopicFrequencies.toWeeklyFrequency(written.table()))),
            sink.saveAsync(
                TopicTables.TOPIC_SENTIMENT_TABLE, TopicFrequencies.toTopicSentiment(topicRows)),
            // its frame reads the term totals first: built on the writer thread, as it is written
            sink.inBackground(
                () ->
                    sink.save(
                        TopicTables.DISTINCTIVE_TERMS_TABLE,
                        DistinctiveTerms.toDistinctiveTerms(
                            input.termCounts(),
                            options.distinctiveTop(),
                            options.distinctiveMinCount()))));
    List<TopTopic> topTopics = topTopics(articles, topicRows);
    manifest.put("article_topic_rows", AnalysisSink.await(articleTopics).rows());
    long changePoints = AnalysisSink.await(changes).rows();
    others.forEach(AnalysisSink::await);
    manifest.put("change_point_method", options.changePoints().method());
    manifest.put("change_points", changePoints);

    TopicSummary summary =
        new TopicSummary(
            modelId,
            lda == null ? null : lda.path(),
            taxonomy.topics().size(),
            changePoints,
            topTopics);
    return new StepResult(manifest, String.join("\n", summary.lines()));
  }

  /** Documents per partition of the articles LDA is fitted on. */
  static final int FIT_PIECE = 2_500;

  /**
   * The articles LDA is fitted on: all of them, or a seeded sample of about {@code ldaMaxDocs}; in
   * pieces of about {@value #FIT_PIECE} documents, so that the fit's passes run on every core.
   * Small inputs arrive in one partition and a limited sample leaves one; the number of pieces
   * depends on the documents only, not on the cluster, so the fit is the same everywhere.
   */
  static Dataset<Row> sampleForFitting(Dataset<Row> docs, long total, TopicOptions options) {
    Dataset<Row> chosen = docs;
    long size = total;
    if (total > options.ldaMaxDocs()) {
      double fraction = Math.min(1.0, 1.05 * options.ldaMaxDocs() / total);
      LOG.info(
          "fitting the topic model on a sample of about {} of {} articles",
          options.ldaMaxDocs(),
          total);
      chosen = docs.sample(false, fraction, options.lda().seed()).limit(options.ldaMaxDocs());
      size = options.ldaMaxDocs();
    }
    long pieces = (size + FIT_PIECE - 1) / FIT_PIECE;
    return pieces > 1 ? chosen.repartition((int) pieces) : chosen;
  }

  /**
   * Each outlet's most covered topics per source over the whole input: share of its articles (dated
   * or not) on the topic, top {@value #SUMMARY_TOPICS} per outlet and source.
   */
  static List<TopTopic> topTopics(Dataset<Row> articles, Dataset<Row> topicRows) {
    Dataset<Row> totals =
        articles
            .groupBy(col(ArticleColumns.OUTLET).as(OUTLET))
            .agg(count(lit(1)).as(TOTAL_ARTICLES));
    Dataset<Row> counts =
        topicRows
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
