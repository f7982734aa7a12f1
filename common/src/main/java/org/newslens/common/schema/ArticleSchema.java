package org.newslens.common.schema;

import static org.newslens.common.schema.ArticleColumns.*;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code articles} table: one row per unique article, in folders by publication month ({@code
 * published_month=2025-05}), which Spark and DuckDB (with hive partitioning) read back as a string
 * column {@code published_month}. A month holds a readable number of articles per file, where a day
 * gave a few hundred small files a year.
 */
public final class ArticleSchema {
  /**
   * Undated articles land in Spark's null partition, {@code
   * published_month=__HIVE_DEFAULT_PARTITION__}, which Spark and DuckDB read back as null.
   */
  public static final String UNDATED_PARTITION = PUBLISHED_MONTH + "=__HIVE_DEFAULT_PARTITION__";

  /** Format of {@code published_month} values. */
  public static final String MONTH_PATTERN = "yyyy-MM";

  /** The partition column as it reads back, documented like the others. */
  public static final StructType PARTITION =
      Columns.builder()
          .add(
              PUBLISHED_MONTH,
              DataTypes.StringType,
              true,
              "Publication month (UTC), yyyy-MM: the partition folder; null when undated",
              "2025-05")
          .build();

  public static final StructType ARTICLE =
      Columns.builder()
          .add(
              ARTICLE_ID,
              DataTypes.StringType,
              false,
              "Stable id: SHA-256 (first 16 hex digits) of the canonical URL, else of the normalised headline and"
                  + " text",
              "3f9a1c0e5b7d2a64")
          .add(
              URL,
              DataTypes.StringType,
              true,
              "URL the article was fetched from or recorded with",
              "https://www.example-news.com/politics/2025/05/15/ferry-terminal")
          .add(
              CANONICAL_URL,
              DataTypes.StringType,
              true,
              "Canonical URL (link rel=canonical, og:url, else url) without fragment and tracking parameters",
              "https://example-news.com/politics/2025/05/15/ferry-terminal")
          .add(
              OUTLET,
              DataTypes.StringType,
              false,
              "Outlet name: site name from metadata, the archive's own field, --outlet, else the domain",
              "Example News")
          .add(
              OUTLET_DOMAIN,
              DataTypes.StringType,
              true,
              "Registered host of the canonical URL, without www.",
              "example-news.com")
          .add(TITLE, DataTypes.StringType, true, "Headline", "Council approves ferry terminal")
          .add(
              TITLE_SOURCE,
              DataTypes.StringType,
              true,
              "Where the title came from: headline (the page's or archive's title, or a text dump's headline line) or"
                  + " lede (made from the opening sentence of a text-dump article without one); null without a title",
              "headline")
          .add(
              AUTHORS,
              DataTypes.createArrayType(DataTypes.StringType, false),
              false,
              "Bylines, in page order; empty when unknown",
              "[\"Jane Doe\", \"John Roe\"]")
          .add(
              PUBLISHED_AT,
              DataTypes.TimestampType,
              true,
              "Publication instant in UTC; midnight UTC when only a day is known; null when undated",
              "2025-05-15 09:30:00")
          .add(
              PUBLISHED_DATE,
              DataTypes.DateType,
              true,
              "Publication day as the page states it (the outlet's calendar day; published_at is the UTC instant);"
                  + " null when undated",
              "2025-05-15")
          .add(
              DATE_SOURCE,
              DataTypes.StringType,
              false,
              "Where the date came from: json-ld, meta, time-element, url, text, source (the archive's own field), file-name"
                  + " (a text dump's file name), cli (--date), warc-date (crawl date, a last resort) or none",
              "json-ld")
          .add(
              LANGUAGE,
              DataTypes.StringType,
              true,
              "ISO 639-1 language code, declared or detected",
              "en")
          .add(
              SECTION,
              DataTypes.StringType,
              true,
              "Section or category the outlet filed it under",
              "Local")
          .add(
              DESCRIPTION,
              DataTypes.StringType,
              true,
              "Standfirst or meta description",
              "The harbour plan doubles daily crossings.")
          .add(
              TEXT,
              DataTypes.StringType,
              false,
              "Clean body text without page furniture; paragraphs separated by a blank line",
              "The council voted on Monday…\\n\\nWork starts in spring…")
          .add(
              WORD_COUNT,
              DataTypes.IntegerType,
              false,
              "Words in text: whitespace-separated tokens; in Chinese and Japanese, one per character",
              "642")
          .add(
              PAGE_TYPE,
              DataTypes.StringType,
              false,
              "What kind of page it is, from the page's own evidence: article, listing (section fronts, tag,"
                  + " author and search pages, indexes), forum, product, documentation, service or other;"
                  + " text and JSONL records are articles unless the record's page_type says otherwise",
              "article")
          .add(
              PAGE_TYPE_SCORE,
              DataTypes.DoubleType,
              false,
              "Confidence in page_type, in [0, 1] (1 for a type the record declares or a text record)",
              "0.97")
          .add(
              SOURCE_PATH,
              DataTypes.StringType,
              false,
              "Hadoop path of the input file",
              "file:/data/crawl-001.warc.gz")
          .add(
              SOURCE_RECORD,
              DataTypes.LongType,
              true,
              "Position inside the file: WARC record byte offset, JSONL line number (1-based), article index in a text"
                  + " dump (0-based); null for one-article files",
              "48213")
          .add(
              SOURCE_LINES,
              DataTypes.createArrayType(DataTypes.IntegerType, false),
              true,
              "First and last line (1-based) of a text-dump article in its file, furniture inside included; null for"
                  + " other formats",
              "[42, 78]")
          .add(
              SOURCE_FORMAT,
              DataTypes.StringType,
              false,
              "Input format: html, warc, jsonl or text",
              "warc")
          .add(
              SOURCE_ID,
              DataTypes.StringType,
              true,
              "The archive's own id for the record (a JSONL id field)",
              "a-1029")
          .add(
              CONTENT_HASH,
              DataTypes.StringType,
              false,
              "SHA-256 (hex) of the normalised headline and text (lower case, whitespace folded); equal hashes are"
                  + " exact duplicates",
              "9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab")
          .add(
              EXTRACTOR_VERSION,
              DataTypes.StringType,
              false,
              "Version of the extractor that produced the row",
              "0.1.0")
          .add(
              INGESTED_AT,
              DataTypes.TimestampType,
              false,
              "When the ingest run started (UTC)",
              "2026-11-26 05:40:00")
          .build();

  private ArticleSchema() {}

  /**
   * The columns the analysis reads: an articles table needs these (with these types) to be
   * analysed, so tables written before later columns were added stay readable.
   */
  public static final StructType READ_BY_ANALYSIS =
      new StructType(
          java.util.Arrays.stream(ARTICLE.fields())
              .filter(
                  f ->
                      java.util.List.of(
                              ARTICLE_ID, OUTLET, OUTLET_DOMAIN, TITLE, TEXT, PUBLISHED_DATE)
                          .contains(f.name()))
              .toArray(org.apache.spark.sql.types.StructField[]::new));
}
