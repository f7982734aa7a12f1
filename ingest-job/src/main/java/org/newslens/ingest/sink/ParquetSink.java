package org.newslens.ingest.sink;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.ArticleSchema;

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

  private static String stagingPath(String output) {
    return output.replaceAll("/+$", "") + "/_staging";
  }

  /**
   * Writes the extracted rows once to {@code <output>/_staging/extracted} (fast compression: it is
   * read once more) and returns them read back.
   */
  public static Dataset<Row> stage(Dataset<Row> extracted, String output) {
    String path = stagingPath(output) + "/extracted";
    extracted.write().mode(SaveMode.Overwrite).option("compression", "lz4_raw").parquet(path);
    return extracted.sparkSession().read().schema(extracted.schema()).parquet(path);
  }

  /** Deletes the working copy. */
  public static void dropStaging(String output, Configuration conf) throws IOException {
    Path staging = new Path(stagingPath(output));
    staging.getFileSystem(conf).delete(staging, true);
  }

  /**
   * One folder per publication month ({@code published_month=2025-05}, derived from {@code
   * published_date}); undated articles in Spark's null partition. Rows are sorted by day, outlet
   * and id within each file.
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
            col(ArticleColumns.ARTICLE_ID))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .partitionBy(ArticleColumns.PUBLISHED_MONTH)
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
