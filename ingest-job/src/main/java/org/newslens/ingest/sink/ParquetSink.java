package org.newslens.ingest.sink;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.newslens.common.schema.ArticleColumns;

/** Writes the ingest tables: the only code that knows their paths, partitioning and compression. */
public final class ParquetSink {
  private ParquetSink() {}

  public static String articlesPath(String output) {
    return output.replaceAll("/+$", "") + "/articles";
  }

  public static String rejectsPath(String output) {
    return output.replaceAll("/+$", "") + "/rejects";
  }

  /**
   * One folder per publication day ({@code published_date=…}); undated articles in Spark's null
   * partition.
   */
  public static void writeArticles(Dataset<Row> articles, String output) {
    articles
        .repartition(col(ArticleColumns.PARTITION_COLUMN))
        .sortWithinPartitions(col(ArticleColumns.OUTLET), col(ArticleColumns.ARTICLE_ID))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .partitionBy(ArticleColumns.PARTITION_COLUMN)
        .parquet(articlesPath(output));
  }

  public static void writeRejects(Dataset<Row> rejects, String output) {
    rejects
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .parquet(rejectsPath(output));
  }
}
