package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.article.ArticleFrame;
import org.newslens.analysis.sink.Table;
import org.newslens.common.schema.Columns;

/**
 * The sentiment tables: names, columns and their descriptions, defined once here (docs/tables.md is
 * generated from them).
 */
public final class SentimentTables {
  // article_sentiment
  public static final String ARTICLE_ID = ArticleFrame.ARTICLE_ID;
  public static final String OUTLET = ArticleFrame.OUTLET;
  public static final String PUBLISHED_DATE = ArticleFrame.PUBLISHED_DATE;
  public static final String SENTENCES = "sentences";
  public static final String SCORE = ArticleFrame.SCORE;
  public static final String POSITIVE_SHARE = "positive_share";
  public static final String NEGATIVE_SHARE = "negative_share";
  public static final String NEUTRAL_SHARE = "neutral_share";
  public static final String LABEL = "label";
  public static final String MOST_POSITIVE_SENTENCE = "most_positive_sentence";
  public static final String MOST_POSITIVE_SCORE = "most_positive_score";
  public static final String MOST_NEGATIVE_SENTENCE = "most_negative_sentence";
  public static final String MOST_NEGATIVE_SCORE = "most_negative_score";
  public static final String MODEL_ID = "model_id";
  public static final String MODEL_VERSION = "model_version";
  // aggregates
  public static final String DAY = "day";
  public static final String WEEK_START = ArticleFrame.WEEK_START;
  public static final String ARTICLES = "articles";
  public static final String MEAN = "mean";
  public static final String SD = "sd";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  // outlet differences
  public static final String PERIOD = "period";
  public static final String PERIOD_START = "period_start";
  public static final String PERIOD_END = "period_end";
  public static final String OUTLET_A = "outlet_a";
  public static final String OUTLET_B = "outlet_b";
  public static final String ARTICLES_A = "articles_a";
  public static final String ARTICLES_B = "articles_b";
  public static final String MEAN_A = "mean_a";
  public static final String MEAN_B = "mean_b";
  public static final String DIFFERENCE = "difference";
  public static final String DIFF_CI_LOW = "diff_ci_low";
  public static final String DIFF_CI_HIGH = "diff_ci_high";
  public static final String T_STATISTIC = "t_statistic";
  public static final String DF = "df";
  public static final String P_VALUE = "p_value";
  public static final String P_HOLM = "p_holm";
  public static final String Q_BH = "q_bh";
  public static final String SIGNIFICANT = "significant";

  public static final Table ARTICLE_SENTIMENT =
      new Table(
          "article_sentiment",
          Columns.builder()
              .add(
                  ARTICLE_ID,
                  StringType,
                  false,
                  "Article id from the articles table",
                  "3f9a1c0e5b7d2a64")
              .add(OUTLET, StringType, false, "Outlet name from the articles table", "Example News")
              .add(
                  PUBLISHED_DATE,
                  DateType,
                  true,
                  "Publication day (UTC); null when undated",
                  "2025-05-15")
              .add(SENTENCES, IntegerType, false, "Sentences scored (title, then body)", "31")
              .add(
                  SCORE,
                  DoubleType,
                  true,
                  "Mean of the sentence scores, in [-1, 1]; null when the article has no sentence",
                  "-0.124")
              .add(POSITIVE_SHARE, DoubleType, true, "Share of sentences labelled positive", "0.19")
              .add(NEGATIVE_SHARE, DoubleType, true, "Share of sentences labelled negative", "0.35")
              .add(NEUTRAL_SHARE, DoubleType, true, "Share of sentences labelled neutral", "0.46")
              .add(
                  LABEL,
                  StringType,
                  true,
                  "positive, negative or neutral: score against the label thresholds in the manifest",
                  "negative")
              .add(
                  MOST_POSITIVE_SENTENCE,
                  StringType,
                  true,
                  "The highest-scoring sentence (first on ties)",
                  "The rescue was a remarkable success.")
              .add(MOST_POSITIVE_SCORE, DoubleType, true, "Its score", "0.62")
              .add(
                  MOST_NEGATIVE_SENTENCE,
                  StringType,
                  true,
                  "The lowest-scoring sentence (first on ties)",
                  "Three people died in the fire.")
              .add(MOST_NEGATIVE_SCORE, DoubleType, true, "Its score", "-0.71")
              .add(
                  MODEL_ID,
                  StringType,
                  false,
                  "Scorer: newslens-vader-news (rules + lexicon) or trained:<model dir name>",
                  "newslens-vader-news")
              .add(
                  MODEL_VERSION,
                  StringType,
                  false,
                  "Version of the scorer or the trained model",
                  "1.0")
              .build());

  /**
   * What the article pass computes for the sentiment step: article_sentiment without the model
   * columns, which the step adds.
   */
  public static final StructType ARTICLE_SCORES =
      new StructType(
          java.util.Arrays.stream(ARTICLE_SENTIMENT.schema().fields())
              .filter(f -> !f.name().equals(MODEL_ID) && !f.name().equals(MODEL_VERSION))
              .toArray(org.apache.spark.sql.types.StructField[]::new));

  private static Columns periodStats(Columns columns, String what) {
    return columns
        .add(ARTICLES, LongType, false, "Scored articles (n) in the " + what, "42")
        .add(MEAN, DoubleType, false, "Mean article score", "-0.051")
        .add(
            SD,
            DoubleType,
            true,
            "Sample standard deviation of article scores; null when n = 1",
            "0.143")
        .add(
            CI_LOW,
            DoubleType,
            true,
            "Lower end of the 95% t interval of the mean; null when n = 1",
            "-0.096")
        .add(
            CI_HIGH,
            DoubleType,
            true,
            "Upper end of the 95% t interval of the mean; null when n = 1",
            "-0.006")
        .add(POSITIVE_SHARE, DoubleType, false, "Share of articles labelled positive", "0.21")
        .add(NEGATIVE_SHARE, DoubleType, false, "Share of articles labelled negative", "0.38");
  }

  public static final Table SENTIMENT_DAILY =
      new Table(
          "sentiment_daily",
          periodStats(
                  Columns.builder()
                      .add(OUTLET, StringType, false, "Outlet name", "Example News")
                      .add(
                          DAY,
                          DateType,
                          false,
                          "Publication day (UTC); undated articles are excluded and counted in the manifest",
                          "2025-05-15"),
                  "outlet and day")
              .build());

  public static final Table SENTIMENT_WEEKLY =
      new Table(
          "sentiment_weekly",
          periodStats(
                  Columns.builder()
                      .add(OUTLET, StringType, false, "Outlet name", "Example News")
                      .add(
                          WEEK_START,
                          DateType,
                          false,
                          "Monday of the ISO week (UTC); undated articles are excluded",
                          "2025-05-12"),
                  "outlet and week")
              .build());

  public static final Table SENTIMENT_OUTLET_DIFF =
      new Table(
          "sentiment_outlet_diff",
          Columns.builder()
              .add(
                  PERIOD,
                  StringType,
                  false,
                  "week (one ISO week) or all (every dated article selected)",
                  "week")
              .add(PERIOD_START, DateType, false, "First day of the period", "2025-05-12")
              .add(PERIOD_END, DateType, false, "Last day of the period", "2025-05-18")
              .add(
                  OUTLET_A,
                  StringType,
                  false,
                  "First outlet of the pair (alphabetical order)",
                  "Daily Example")
              .add(OUTLET_B, StringType, false, "Second outlet of the pair", "Example News")
              .add(ARTICLES_A, LongType, false, "Scored articles of outlet A in the period", "40")
              .add(ARTICLES_B, LongType, false, "Scored articles of outlet B in the period", "37")
              .add(MEAN_A, DoubleType, false, "Mean article score of outlet A", "-0.02")
              .add(MEAN_B, DoubleType, false, "Mean article score of outlet B", "-0.11")
              .add(DIFFERENCE, DoubleType, false, "mean_a - mean_b", "0.09")
              .add(
                  DIFF_CI_LOW,
                  DoubleType,
                  true,
                  "Lower end of the 95% Welch interval of the difference",
                  "0.03")
              .add(
                  DIFF_CI_HIGH,
                  DoubleType,
                  true,
                  "Upper end of the 95% Welch interval of the difference",
                  "0.15")
              .add(
                  T_STATISTIC,
                  DoubleType,
                  true,
                  "Welch's t; null when a side has n < 2 or both variances are 0",
                  "2.91")
              .add(DF, DoubleType, true, "Welch-Satterthwaite degrees of freedom", "74.2")
              .add(P_VALUE, DoubleType, true, "Two-sided p-value of Welch's t test", "0.0047")
              .add(
                  P_HOLM,
                  DoubleType,
                  true,
                  "Holm-adjusted p-value within the period's family of outlet pairs",
                  "0.047")
              .add(
                  Q_BH,
                  DoubleType,
                  true,
                  "Benjamini-Hochberg adjusted p-value (q) within the period's family of outlet pairs",
                  "0.024")
              .add(SIGNIFICANT, BooleanType, false, "q_bh < 0.05", "true")
              .build());

  private SentimentTables() {}
}
