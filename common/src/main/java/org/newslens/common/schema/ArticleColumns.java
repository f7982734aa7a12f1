package org.newslens.common.schema;

/** Column names of the {@code articles} table. {@link ArticleSchema} documents each one. */
public final class ArticleColumns {
  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String CANONICAL_URL = "canonical_url";
  public static final String OUTLET = "outlet";
  public static final String OUTLET_DOMAIN = "outlet_domain";
  public static final String TITLE = "title";
  public static final String TITLE_SOURCE = "title_source";
  public static final String AUTHORS = "authors";
  public static final String PUBLISHED_AT = "published_at";
  public static final String PUBLISHED_DATE = "published_date";
  public static final String DATE_SOURCE = "date_source";
  public static final String LANGUAGE = "language";
  public static final String SECTION = "section";
  public static final String DESCRIPTION = "description";
  public static final String TEXT = "text";
  public static final String WORD_COUNT = "word_count";
  public static final String PAGE_TYPE = "page_type";
  public static final String PAGE_TYPE_SCORE = "page_type_score";
  public static final String SOURCE_PATH = "source_path";
  public static final String SOURCE_RECORD = "source_record";
  public static final String SOURCE_LINES = "source_lines";
  public static final String SOURCE_FORMAT = "source_format";
  public static final String SOURCE_ID = "source_id";
  public static final String CONTENT_HASH = "content_hash";
  public static final String EXTRACTOR_VERSION = "extractor_version";
  public static final String INGESTED_AT = "ingested_at";

  /**
   * The partition column of the articles table: the publication month, {@code yyyy-MM}, which the
   * writer derives from {@link #PUBLISHED_DATE}; it is not a column of {@link
   * ArticleSchema#ARTICLE}, since the folder names hold it.
   */
  public static final String PUBLISHED_MONTH = "published_month";

  public static final String PARTITION_COLUMN = PUBLISHED_MONTH;

  private ArticleColumns() {}
}
