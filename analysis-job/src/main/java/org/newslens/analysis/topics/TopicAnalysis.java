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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newslens.common.schema.ArticleColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topic half of the analysis job, as a list of stage calls and writes: taxonomy and LDA topics per article,
 * topic frequencies by day and week, topic sentiment by week, distinctive terms by month, change points.
 */
public final class TopicAnalysis {
  private static final Logger LOG = LoggerFactory.getLogger(TopicAnalysis.class);
  /** Topics per outlet and source listed in the summary. */
  static final int SUMMARY_TOPICS = 3;

  private TopicAnalysis() {}

  /**
   * Runs the topic stages and writes their tables under {@code output}.
   *
   * @param articles the articles table (article_id, outlet, published_date, title, text)
   * @param articleSentiment per-article sentiment (article_id, outlet, published_date, score), or null to skip the
   *     sentiment-dependent tables
   */
  public static TopicSummary run(SparkSession spark, Dataset<Row> articles, Dataset<Row> articleSentiment,
      TopicOptions options, String output) throws IOException {
    Taxonomy taxonomy =
        options.taxonomy() == null ? Taxonomy.defaultTaxonomy() : Taxonomy.load(options.taxonomy());
    Dataset<Row> docs = TopicModel.withDocumentText(
            articles.select(col(ArticleColumns.ARTICLE_ID), col(ArticleColumns.OUTLET),
                col(ArticleColumns.PUBLISHED_DATE), col(ArticleColumns.TITLE), col(ArticleColumns.TEXT)),
            ArticleColumns.TITLE, ArticleColumns.TEXT)
        .cache();

    Dataset<Row> articleTopics = ArticleTopics.toTaxonomyTopics(docs, taxonomy, options.taxonomyMinMatches());
    String modelId = null;
    String modelPath = null;
    if (options.ldaEnabled()) {
      TopicModel model;
      if (options.topicModel() != null) {
        modelPath = options.topicModel().toString();
        model = TopicModel.load(modelPath);
        LOG.info("topic model {} loaded from {}", model.id(), modelPath);
      } else {
        model = TopicModel.fit(sampleForFitting(docs, options), options.lda());
        modelPath = TopicSink.path(output, TopicSink.TOPIC_MODEL);
        model.save(modelPath);
        LOG.info("topic model {} fitted and saved to {}", model.id(), modelPath);
      }
      modelId = model.id();
      List<List<TopicModel.TopicTerm>> terms = model.topTerms(options.lda().topTerms());
      TopicSink.writeAggregate(spark.createDataFrame(ArticleTopics.topicTermRows(modelId, terms),
          TopicTables.TOPIC_TERMS), TopicTables.TOPIC_TERMS, output, TopicSink.TOPIC_TERMS);
      articleTopics = articleTopics.unionByName(
          ArticleTopics.toLdaTopics(model.transform(docs), terms, options.ldaMinWeight()));
    }
    articleTopics = articleTopics.cache();
    TopicSink.writeArticleGrain(articleTopics, TopicTables.ARTICLE_TOPICS, output, TopicSink.ARTICLE_TOPICS);

    Dataset<Row> daily = TopicFrequencies.toDailyFrequency(docs, articleTopics).cache();
    TopicSink.writeAggregate(daily, TopicTables.TOPIC_FREQUENCY_DAILY, output, TopicSink.TOPIC_FREQUENCY_DAILY);
    TopicSink.writeAggregate(TopicFrequencies.toWeeklyFrequency(docs, articleTopics),
        TopicTables.TOPIC_FREQUENCY_WEEKLY, output, TopicSink.TOPIC_FREQUENCY_WEEKLY);

    Dataset<Row> changes = options.changePoints().toShareChangePoints(daily);
    if (articleSentiment != null) {
      TopicSink.writeAggregate(TopicFrequencies.toTopicSentiment(articleSentiment, articleTopics),
          TopicTables.TOPIC_SENTIMENT, output, TopicSink.TOPIC_SENTIMENT);
      changes = changes.unionByName(options.changePoints().toSentimentChangePoints(articleSentiment, articleTopics));
    }
    TopicSink.writeAggregate(changes, TopicTables.CHANGE_POINTS, output, TopicSink.CHANGE_POINTS);

    TopicSink.writeAggregate(
        DistinctiveTerms.toDistinctiveTerms(TopicModel.withTerms(docs), options.distinctiveTop(),
            options.distinctiveMinCount()),
        TopicTables.DISTINCTIVE_TERMS, output, TopicSink.DISTINCTIVE_TERMS);

    List<TopTopic> top = topTopics(docs, articleTopics);
    long changePoints = spark.read().parquet(TopicSink.path(output, TopicSink.CHANGE_POINTS)).count();
    daily.unpersist();
    articleTopics.unpersist();
    docs.unpersist();
    return new TopicSummary(modelId, modelPath, taxonomy.topics().size(), changePoints, top);
  }

  /** The articles LDA is fitted on: all of them, or a seeded sample of about {@code ldaMaxDocs}. */
  static Dataset<Row> sampleForFitting(Dataset<Row> docs, TopicOptions options) {
    long total = docs.count();
    if (total <= options.ldaMaxDocs()) {
      return docs;
    }
    double fraction = Math.min(1.0, 1.05 * options.ldaMaxDocs() / total);
    LOG.info("fitting the topic model on a sample of about {} of {} articles", options.ldaMaxDocs(), total);
    return docs.sample(false, fraction, options.lda().seed()).limit(options.ldaMaxDocs());
  }

  /**
   * Each outlet's most covered topics per source over the whole input: share of its articles (dated or not) on
   * the topic, top {@value #SUMMARY_TOPICS} per outlet and source.
   */
  static List<TopTopic> topTopics(Dataset<Row> docs, Dataset<Row> articleTopics) {
    Dataset<Row> totals = docs.groupBy(col(ArticleColumns.OUTLET).as(OUTLET)).agg(count(lit(1)).as(TOTAL_ARTICLES));
    Dataset<Row> counts = docs.select(col(ArticleColumns.ARTICLE_ID).as(ARTICLE_ID),
            col(ArticleColumns.OUTLET).as(OUTLET))
        .join(articleTopics, ARTICLE_ID)
        .groupBy(col(OUTLET), col(SOURCE), col(TOPIC), col(LABEL))
        .agg(count(lit(1)).as(ARTICLES));
    List<Row> rows = counts.join(totals, OUTLET)
        .withColumn(SHARE, col(ARTICLES).divide(col(TOTAL_ARTICLES)))
        .withColumn("r", row_number().over(
            Window.partitionBy(col(OUTLET), col(SOURCE)).orderBy(col(SHARE).desc(), col(TOPIC))))
        .filter(col("r").leq(SUMMARY_TOPICS))
        .orderBy(col(OUTLET), col(SOURCE).desc(), col("r"))
        .select(OUTLET, SOURCE, TOPIC, LABEL, ARTICLES, TOTAL_ARTICLES, SHARE)
        .collectAsList();
    List<TopTopic> out = new ArrayList<>();
    for (Row row : rows) {
      out.add(new TopTopic(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
          row.getLong(5), row.getDouble(6)));
    }
    return out;
  }

  /** One of an outlet's most covered topics. */
  public record TopTopic(
      String outlet, String source, String topic, String label, long articles, long totalArticles, double share) {}

  /** What the topic stages did, for the job's log and summary. */
  public record TopicSummary(
      String modelId, String modelPath, int taxonomyTopics, long changePoints, List<TopTopic> topTopics) {

    /** Lines for the job's printed summary: per outlet, its top taxonomy topics and top LDA topics. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "topics: %d taxonomy topics; LDA model %s; %d change points",
          taxonomyTopics, modelId == null ? "off" : modelId + " (" + modelPath + ")", changePoints));
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
        String name = t.source().equals(TopicTables.SOURCE_LDA) ? t.topic() + " (" + t.label() + ")" : t.topic();
        line.append(String.format(Locale.ROOT, " %s %.1f%%", name, 100 * t.share()));
      }
      if (line != null) {
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
