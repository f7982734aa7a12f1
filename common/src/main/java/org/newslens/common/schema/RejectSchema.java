package org.newslens.common.schema;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code rejects} table: one row per input record that could not become an article, with the
 * reason.
 */
public final class RejectSchema {
  public static final String SOURCE_PATH = ArticleColumns.SOURCE_PATH;
  public static final String SOURCE_RECORD = ArticleColumns.SOURCE_RECORD;
  public static final String SOURCE_FORMAT = ArticleColumns.SOURCE_FORMAT;
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String EXCERPT = "excerpt";

  /** Longest {@code detail} kept, in characters. */
  public static final int MAX_DETAIL = 500;

  /** Longest {@code excerpt} kept, in characters. */
  public static final int MAX_EXCERPT = 300;

  public static final StructType REJECT =
      Columns.builder()
          .add(
              SOURCE_PATH,
              DataTypes.StringType,
              false,
              "Hadoop path of the input file",
              "file:/data/dump.jsonl")
          .add(
              SOURCE_RECORD,
              DataTypes.LongType,
              true,
              "Position inside the file (WARC byte offset, JSONL line number, text-dump article index); null for the"
                  + " whole file",
              "17")
          .add(
              SOURCE_FORMAT, DataTypes.StringType, true, "Input format, when it was known", "jsonl")
          .add(
              REASON,
              DataTypes.StringType,
              false,
              "Fixed code: unreadable_file, empty_file, too_large, corrupt_gzip, corrupt_warc_record,"
                  + " not_text, not_html, http_status, invalid_json, no_body_text, not_article, unknown_format",
              "invalid_json")
          .add(
              DETAIL,
              DataTypes.StringType,
              true,
              "What went wrong, at most 500 characters",
              "Unexpected end-of-input at column 41")
          .add(
              EXCERPT,
              DataTypes.StringType,
              true,
              "The start of the raw record, at most 300 characters",
              "{\"id\": \"a-17\", \"title\": \"Budget")
          .build();

  private RejectSchema() {}

  /** Cuts {@code value} to at most {@code max} characters; null stays null. */
  public static String truncate(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    return value.substring(0, max);
  }
}
