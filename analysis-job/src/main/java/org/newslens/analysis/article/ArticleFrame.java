package org.newslens.analysis.article;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_trunc;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newslens.common.schema.ArticleColumns;

/**
 * What the sentiment and topic steps both know of an article in the article pass's frame: its id,
 * outlet, publication day and sentiment score, under one set of names; which articles are dated,
 * and dated and scored; and the week an article falls in. Both steps import this class and never
 * each other.
 */
public final class ArticleFrame {
  public static final String ARTICLE_ID = ArticleColumns.ARTICLE_ID;
  public static final String OUTLET = ArticleColumns.OUTLET;
  public static final String PUBLISHED_DATE = ArticleColumns.PUBLISHED_DATE;

  /** Monday of the ISO week of publication, in the weekly tables of both steps. */
  public static final String WEEK_START = "week_start";

  /** The article's sentiment score (mean of its sentence scores); null without sentences. */
  public static final String SCORE = "score";

  private ArticleFrame() {}

  /** True for an article with a publication day; undated articles have no day, week or month. */
  public static Column dated() {
    return col(PUBLISHED_DATE).isNotNull();
  }

  /** True for a dated article with a sentiment score: the population of every time series. */
  public static Column datedAndScored() {
    return dated().and(col(SCORE).isNotNull());
  }

  /** The dated and scored articles of {@code articles}; same grain and columns. */
  public static Dataset<Row> filterDatedScored(Dataset<Row> articles) {
    return articles.filter(datedAndScored());
  }

  /** Monday of the ISO week of a date column (the {@code week_start} of the weekly tables). */
  public static Column weekStart(Column date) {
    return date_trunc("week", date).cast("date");
  }
}
