package org.newslens.ingest.sink;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.RejectSchema;

/** Writes the ingest tables: the only code that knows their paths, partitioning and compression. */
public final class ParquetSink {
  /** Folder of the articles table under the output. */
  public static final String ARTICLES = "articles";

  /** Folder of the rejects table under the output. */
  public static final String REJECTS = "rejects";

  private ParquetSink() {}

  public static String articlesPath(String output) {
    return output.replaceAll("/+$", "") + "/" + ARTICLES;
  }

  public static String rejectsPath(String output) {
    return output.replaceAll("/+$", "") + "/" + REJECTS;
  }

  /**
   * Writes the extracted rows once to the working copy {@code path} (fast compression: it is read
   * once more) and returns them read back.
   */
  public static Dataset<Row> stage(Dataset<Row> extracted, String path) {
    extracted.write().mode(SaveMode.Overwrite).option("compression", "lz4_raw").parquet(path);
    return extracted.sparkSession().read().schema(extracted.schema()).parquet(path);
  }

  /**
   * One folder per publication month ({@code published_month=2025-05}, derived from {@code
   * published_date}); undated articles in Spark's null partition. Each month is one task's file,
   * and its rows are in a total order (day, outlet, id, then source path and record, which no two
   * articles share), so a rerun on the same input writes the same rows in the same order.
   *
   * @param output the folder to write {@code articles/} under (a run's staging folder)
   */
  public static void writeArticles(Dataset<Row> articles, String output) {
    articles
        .withColumn(
            ArticleColumns.PUBLISHED_MONTH,
            date_format(col(ArticleColumns.PUBLISHED_DATE), ArticleSchema.MONTH_PATTERN))
        .repartition(col(ArticleColumns.PUBLISHED_MONTH))
        .sortWithinPartitions(
            col(ArticleColumns.PUBLISHED_DATE),
            col(ArticleColumns.OUTLET),
            col(ArticleColumns.ARTICLE_ID),
            col(ArticleColumns.SOURCE_PATH),
            col(ArticleColumns.SOURCE_RECORD))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .partitionBy(ArticleColumns.PUBLISHED_MONTH)
        .parquet(articlesPath(output));
  }

  /**
   * One file, its rows in a total order (source path and record, then reason and detail), so a
   * rerun writes the same rows in the same order whatever order the tasks finished in.
   */
  public static void writeRejects(Dataset<Row> rejects, String output) {
    rejects
        .coalesce(1)
        .sortWithinPartitions(
            col(RejectSchema.SOURCE_PATH).asc_nulls_first(),
            col(RejectSchema.SOURCE_RECORD).asc_nulls_first(),
            col(RejectSchema.REASON),
            col(RejectSchema.DETAIL).asc_nulls_first())
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .parquet(rejectsPath(output));
  }
}
