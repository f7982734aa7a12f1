package org.newslens.analysis.topics;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.article.ArticleFrame;
import org.newslens.analysis.sink.Table;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.Columns;

/**
 * The topic tables the analysis job writes: column names and documented schemas (each column with a
 * description and an example, stored in the Parquet footer). Stages select their output in these
 * orders.
 */
public final class TopicTables {
  public static final String ARTICLE_ID = ArticleFrame.ARTICLE_ID;
  public static final String OUTLET = ArticleFrame.OUTLET;
  public static final String DATE = "date";
  public static final String WEEK_START = ArticleFrame.WEEK_START;
  public static final String MONTH_START = "month_start";
  public static final String MODEL = "model";
  public static final String SOURCE = "source";
  public static final String TOPIC = "topic";
  public static final String LABEL = "label";
  public static final String RANK = "rank";
  public static final String TERM = "term";
  public static final String WEIGHT = "weight";
  public static final String MATCHES = "matches";
  public static final String ARTICLES = "articles";
  public static final String TOTAL_ARTICLES = "total_articles";
  public static final String SHARE = "share";
  public static final String SHARE_LOW = "share_low";
  public static final String SHARE_HIGH = "share_high";
  public static final String N = "n";
  public static final String MEAN_SENTIMENT = "mean_sentiment";
  public static final String SD_SENTIMENT = "sd_sentiment";
  public static final String MEAN_LOW = "mean_low";
  public static final String MEAN_HIGH = "mean_high";
  public static final String COUNT = "count";
  public static final String OUTLET_TERMS = "outlet_terms";
  public static final String OTHER_COUNT = "other_count";
  public static final String OTHER_TERMS = "other_terms";
  public static final String LOG_ODDS = "log_odds";
  public static final String Z_SCORE = "z_score";
  public static final String SERIES = "series";
  public static final String DIRECTION = "direction";
  public static final String MAGNITUDE = "magnitude";
  public static final String BEFORE = "before";
  public static final String AFTER = "after";
  public static final String Z = "z";
  public static final String METHOD = "method";

  /** {@code source} value of keyword-taxonomy topics. */
  public static final String SOURCE_TAXONOMY = "taxonomy";

  /** {@code source} value of LDA topics. */
  public static final String SOURCE_LDA = "lda";

  private static final String SOURCE_DOC =
      "Where the topic comes from: taxonomy (keyword taxonomy) or lda (topic model)";
  private static final String TOPIC_DOC =
      "Topic id: the taxonomy topic name, or t00, t01, ... for LDA topics";
  private static final String LABEL_DOC =
      "Readable label: the taxonomy topic name, or an LDA topic's three top terms";

  // The frames the topic step reads (built by the article pass; not tables).
  public static final String SCORE = ArticleFrame.SCORE;
  public static final String TAXONOMY_TOPICS = "taxonomy_topics";
  public static final String LDA_WEIGHTS = "lda_weights";

  /** One taxonomy topic of an article: its name, its term matches and its share of them. */
  public static final StructType TAXONOMY_MATCH =
      new StructType()
          .add(TOPIC, DataTypes.StringType, false)
          .add(MATCHES, DataTypes.IntegerType, false)
          .add(WEIGHT, DataTypes.DoubleType, false);

  /** One row per selected article: what the topic step needs of it. */
  public static final StructType ARTICLE_TOPIC_INPUT =
      Columns.builder()
          .add(ARTICLE_ID, DataTypes.StringType, false, "Article id", "3f9a1c0e5b7d2a64")
          .add(OUTLET, DataTypes.StringType, false, "Outlet name", "Example News")
          .add(
              ArticleColumns.PUBLISHED_DATE,
              DataTypes.DateType,
              true,
              "Publication day; null when undated",
              "2025-05-15")
          .add(
              SCORE,
              DataTypes.DoubleType,
              true,
              "The article's sentiment score; null without sentences",
              "-0.12")
          .add(
              TAXONOMY_TOPICS,
              DataTypes.createArrayType(TAXONOMY_MATCH, false),
              false,
              "Taxonomy topics reaching --taxonomy-min-matches, in taxonomy order",
              "[{elections, 5, 0.71}, {economy, 2, 0.29}]")
          .add(
              LDA_WEIGHTS,
              DataTypes.createArrayType(DataTypes.DoubleType, false),
              true,
              "Topic weights of the LDA model (k values summing to 1, all 0 without a known term);"
                  + " null without LDA",
              "[0.02, 0.81, ...]")
          .build();

  /**
   * Term occurrences by outlet and month (dated articles), summed in part: several rows may hold
   * one outlet, month and term.
   */
  public static final StructType TERM_COUNTS =
      Columns.builder()
          .add(OUTLET, DataTypes.StringType, false, "Outlet name", "Example News")
          .add(MONTH_START, DataTypes.DateType, false, "First day of the month", "2025-05-01")
          .add(TERM, DataTypes.StringType, false, "Term, as the topic model counts it", "ballot")
          .add(COUNT, DataTypes.LongType, false, "Occurrences", "12")
          .build();

  public static final StructType TOPIC_TERMS =
      Columns.builder()
          .add(
              MODEL,
              DataTypes.StringType,
              false,
              "Id of the fitted LDA model (kept when reused with --topic-model)",
              "lda_k10_seed42_it100")
          .add(TOPIC, DataTypes.StringType, false, "LDA topic id", "t03")
          .add(
              LABEL,
              DataTypes.StringType,
              false,
              "The topic's three top terms",
              "election, labour, party")
          .add(
              RANK,
              DataTypes.IntegerType,
              false,
              "Rank of the term in the topic, 1 = heaviest",
              "1")
          .add(
              TERM,
              DataTypes.StringType,
              false,
              "Term (lower case, after stop-word removal)",
              "election")
          .add(
              WEIGHT,
              DataTypes.DoubleType,
              false,
              "Probability of the term in the topic's term distribution",
              "0.0213")
          .build();

  public static final StructType ARTICLE_TOPICS =
      Columns.builder()
          .add(
              ARTICLE_ID,
              DataTypes.StringType,
              false,
              "Article id, as in the articles table",
              "3f9a1c0e5b7d2a64")
          .add(SOURCE, DataTypes.StringType, false, SOURCE_DOC, "taxonomy")
          .add(TOPIC, DataTypes.StringType, false, TOPIC_DOC, "elections")
          .add(LABEL, DataTypes.StringType, false, LABEL_DOC, "elections")
          .add(
              WEIGHT,
              DataTypes.DoubleType,
              false,
              "lda: the topic's weight in the article's topic distribution (rows with weight >= --lda-min-weight);"
                  + " taxonomy: the topic's matches over all matches of the article's assigned topics",
              "0.42")
          .add(
              MATCHES,
              DataTypes.IntegerType,
              true,
              "taxonomy: how often the topic's terms occur in title and text (at least --taxonomy-min-matches);"
                  + " lda: null",
              "5")
          .build();

  private static Columns frequency(String periodColumn, String periodDoc, String periodExample) {
    return Columns.builder()
        .add(OUTLET, DataTypes.StringType, false, "Outlet name", "Example News")
        .add(periodColumn, DataTypes.DateType, false, periodDoc, periodExample)
        .add(SOURCE, DataTypes.StringType, false, SOURCE_DOC, "taxonomy")
        .add(TOPIC, DataTypes.StringType, false, TOPIC_DOC, "elections")
        .add(LABEL, DataTypes.StringType, false, LABEL_DOC, "elections")
        .add(
            ARTICLES,
            DataTypes.LongType,
            false,
            "The outlet's articles on the topic in the period (0 included)",
            "7")
        .add(
            TOTAL_ARTICLES,
            DataTypes.LongType,
            false,
            "All of the outlet's dated articles in the period",
            "41")
        .add(SHARE, DataTypes.DoubleType, false, "articles / total_articles", "0.1707")
        .add(
            SHARE_LOW,
            DataTypes.DoubleType,
            false,
            "Lower bound of the Wilson 95% score interval of share",
            "0.0853")
        .add(
            SHARE_HIGH,
            DataTypes.DoubleType,
            false,
            "Upper bound of the Wilson 95% score interval of share",
            "0.3115");
  }

  public static final StructType TOPIC_FREQUENCY_DAILY =
      frequency(DATE, "Publication day (UTC)", "2025-05-15").build();

  public static final StructType TOPIC_FREQUENCY_WEEKLY =
      frequency(WEEK_START, "Monday of the ISO week of publication", "2025-05-12").build();

  public static final StructType TOPIC_SENTIMENT =
      Columns.builder()
          .add(OUTLET, DataTypes.StringType, false, "Outlet name", "Example News")
          .add(
              WEEK_START,
              DataTypes.DateType,
              false,
              "Monday of the ISO week of publication",
              "2025-05-12")
          .add(SOURCE, DataTypes.StringType, false, SOURCE_DOC, "taxonomy")
          .add(TOPIC, DataTypes.StringType, false, TOPIC_DOC, "health")
          .add(LABEL, DataTypes.StringType, false, LABEL_DOC, "health")
          .add(N, DataTypes.LongType, false, "Articles on the topic with a sentiment score", "12")
          .add(
              MEAN_SENTIMENT,
              DataTypes.DoubleType,
              false,
              "Mean article sentiment score (article_sentiment.score)",
              "-0.084")
          .add(
              SD_SENTIMENT,
              DataTypes.DoubleType,
              true,
              "Sample standard deviation of the scores; null when n = 1",
              "0.21")
          .add(
              MEAN_LOW,
              DataTypes.DoubleType,
              true,
              "Lower bound of the 95% t interval of the mean (mean - t(0.975, n-1) sd / sqrt(n)); null when n = 1",
              "-0.217")
          .add(
              MEAN_HIGH,
              DataTypes.DoubleType,
              true,
              "Upper bound of the 95% t interval of the mean",
              "0.049")
          .build();

  public static final StructType DISTINCTIVE_TERMS =
      Columns.builder()
          .add(OUTLET, DataTypes.StringType, false, "Outlet name", "Example News")
          .add(
              MONTH_START,
              DataTypes.DateType,
              false,
              "First day of the month of publication",
              "2025-05-01")
          .add(
              RANK,
              DataTypes.IntegerType,
              false,
              "Rank by z_score among the outlet's terms that month, 1 = most" + " distinctive",
              "1")
          .add(
              TERM,
              DataTypes.StringType,
              false,
              "Term (lower case, after stop-word removal)",
              "asylum")
          .add(
              COUNT,
              DataTypes.LongType,
              false,
              "Occurrences in the outlet's articles that month",
              "58")
          .add(
              OUTLET_TERMS,
              DataTypes.LongType,
              false,
              "All term occurrences in the outlet's articles that month",
              "20412")
          .add(
              OTHER_COUNT,
              DataTypes.LongType,
              false,
              "Occurrences in the other outlets' articles that month",
              "61")
          .add(
              OTHER_TERMS,
              DataTypes.LongType,
              false,
              "All term occurrences in the other outlets' articles that month",
              "81220")
          .add(
              LOG_ODDS,
              DataTypes.DoubleType,
              false,
              "Log-odds ratio, outlet vs the other outlets, with an informative Dirichlet prior from the whole input"
                  + " (Monroe, Colaresi and Quinn 2008)",
              "1.12")
          .add(
              Z_SCORE,
              DataTypes.DoubleType,
              false,
              "log_odds divided by its estimated standard deviation",
              "5.8")
          .build();

  public static final StructType CHANGE_POINTS =
      Columns.builder()
          .add(
              SERIES,
              DataTypes.StringType,
              false,
              "Which daily series: topic_share (share of the outlet's articles on a topic) or sentiment (mean article"
                  + " score of the outlet, or of its articles on one topic)",
              "topic_share")
          .add(OUTLET, DataTypes.StringType, false, "Outlet name", "Example News")
          .add(
              SOURCE,
              DataTypes.StringType,
              true,
              SOURCE_DOC + "; null for an outlet's overall sentiment",
              "taxonomy")
          .add(
              TOPIC,
              DataTypes.StringType,
              true,
              TOPIC_DOC + "; null for an outlet's overall sentiment",
              "health")
          .add(LABEL, DataTypes.StringType, true, LABEL_DOC, "health")
          .add(DATE, DataTypes.DateType, false, "First day of the new level", "2025-06-02")
          .add(DIRECTION, DataTypes.StringType, false, "up or down", "up")
          .add(MAGNITUDE, DataTypes.DoubleType, false, "after - before", "0.14")
          .add(
              BEFORE,
              DataTypes.DoubleType,
              false,
              "Level in the window before date (share or mean score)",
              "0.12")
          .add(AFTER, DataTypes.DoubleType, false, "Level in the window from date on", "0.26")
          .add(
              Z,
              DataTypes.DoubleType,
              false,
              "Two-window test statistic: two-proportion z for shares, Welch z for mean scores",
              "4.7")
          .add(
              METHOD,
              DataTypes.StringType,
              false,
              "Method and its parameters",
              "two-window z, 7+7 days, |z|>=4, local max")
          .build();

  /** The tables as the analysis sink writes them, under {@code <output>/<name>/}. */
  public static final Table TOPIC_TERMS_TABLE = new Table("topic_terms", TOPIC_TERMS);

  public static final Table ARTICLE_TOPICS_TABLE = new Table("article_topics", ARTICLE_TOPICS);
  public static final Table TOPIC_FREQUENCY_DAILY_TABLE =
      new Table("topic_frequency_daily", TOPIC_FREQUENCY_DAILY);
  public static final Table TOPIC_FREQUENCY_WEEKLY_TABLE =
      new Table("topic_frequency_weekly", TOPIC_FREQUENCY_WEEKLY);
  public static final Table TOPIC_SENTIMENT_TABLE = new Table("topic_sentiment", TOPIC_SENTIMENT);
  public static final Table DISTINCTIVE_TERMS_TABLE =
      new Table("distinctive_terms", DISTINCTIVE_TERMS);
  public static final Table CHANGE_POINTS_TABLE = new Table("change_points", CHANGE_POINTS);

  /** Folder under the output where a newly fitted topic model is saved. */
  public static final String TOPIC_MODEL_DIR = "topic_model";

  private TopicTables() {}
}
