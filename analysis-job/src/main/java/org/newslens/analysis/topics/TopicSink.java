package org.newslens.analysis.topics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the topic tables as Parquet under the analysis output, one folder per table, with the documented schema
 * (column descriptions land in the Parquet footer). The tables are aggregates: a handful of files each.
 */
public final class TopicSink {
  public static final String TOPIC_TERMS = "topic_terms";
  public static final String ARTICLE_TOPICS = "article_topics";
  public static final String TOPIC_FREQUENCY_DAILY = "topic_frequency_daily";
  public static final String TOPIC_FREQUENCY_WEEKLY = "topic_frequency_weekly";
  public static final String TOPIC_SENTIMENT = "topic_sentiment";
  public static final String DISTINCTIVE_TERMS = "distinctive_terms";
  public static final String CHANGE_POINTS = "change_points";
  public static final String TOPIC_MODEL = "topic_model";

  private static final int AGGREGATE_FILES = 1;
  private static final int ARTICLE_FILES = 4;

  private TopicSink() {}

  /** Writes an aggregate table into one file. */
  public static void writeAggregate(Dataset<Row> table, StructType schema, String output, String name) {
    write(table, schema, output, name, AGGREGATE_FILES);
  }

  /** Writes a per-article table into a few files. */
  public static void writeArticleGrain(Dataset<Row> table, StructType schema, String output, String name) {
    write(table, schema, output, name, ARTICLE_FILES);
  }

  private static void write(Dataset<Row> table, StructType schema, String output, String name, int files) {
    documented(table, schema).coalesce(files).write().mode(SaveMode.Overwrite).parquet(path(output, name));
  }

  public static String path(String output, String name) {
    return output.endsWith("/") ? output + name : output + "/" + name;
  }

  /** Casts to the schema's types and attaches its column descriptions, in the schema's column order. */
  static Dataset<Row> documented(Dataset<Row> table, StructType schema) {
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[schema.fields().length];
    for (int i = 0; i < columns.length; i++) {
      StructField field = schema.fields()[i];
      columns[i] = table.col(field.name()).cast(field.dataType()).as(field.name(), field.metadata());
    }
    return table.select(columns);
  }
}
