package org.newslens.analysis.article;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newslens.common.schema.ArticleColumns;

/**
 * Which copies of a story the analysis leaves out, from the {@code near_duplicates} table of {@code
 * bin/newslens dedup}: with {@code per-outlet}, an outlet's later copies of its own article ({@code
 * is_near_duplicate}); with {@code once}, every article of a cluster but its first ({@code
 * dup_cluster_id} another article's id). The ids to drop are few and narrow and are broadcast, so
 * the articles' bodies are not shuffled for it.
 */
public final class Copies {
  public static final String TABLE = "near_duplicates";
  public static final String CLUSTER = "dup_cluster_id";
  public static final String NEAR_DUPLICATE = "is_near_duplicate";

  private Copies() {}

  /** The ids of the articles that {@code mode} leaves out ({@code article_id}). */
  public static Dataset<Row> dropped(Dataset<Row> nearDuplicates, boolean once) {
    Column drop =
        once
            ? col(CLUSTER).isNotNull().and(col(CLUSTER).notEqual(col(ArticleColumns.ARTICLE_ID)))
            : col(NEAR_DUPLICATE);
    return nearDuplicates.filter(drop).select(col(ArticleColumns.ARTICLE_ID));
  }

  /** {@code articles} without the {@code dropped} ones; same grain and schema. */
  public static Dataset<Row> without(Dataset<Row> articles, Dataset<Row> dropped) {
    return articles.join(broadcast(dropped), ArticleColumns.ARTICLE_ID, "left_anti");
  }
}
