package org.newslens.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.Columns;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.Article;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.source.ReadResult;

/**
 * The one frame extraction produces: every article column plus {@code reason}, {@code detail},
 * {@code excerpt} and {@link #SKIPPED_TYPE}, one row per input record and one per WARC record that
 * carries no page. A row with a {@code reason} is a reject; a row with a {@link #SKIPPED_TYPE} is a
 * skipped WARC record (counted by type, not a record of {@code records_in}); any other row is an
 * article.
 */
public final class ExtractedRows {
  /**
   * The WARC-Type of a record that carries no page ({@code request}, {@code metadata}, {@code
   * revisit} …); null on every other row. Counting these rows, rather than an accumulator, keeps
   * the counts right when Spark runs a task twice.
   */
  public static final String SKIPPED_TYPE = "skipped_warc_type";

  /** Every column nullable, since a reject row leaves the article columns empty. */
  public static final StructType EXTRACTED =
      Columns.nullable(
          ArticleSchema.ARTICLE
              .add(RejectSchema.REJECT.apply(RejectSchema.REASON))
              .add(RejectSchema.REJECT.apply(RejectSchema.DETAIL))
              .add(RejectSchema.REJECT.apply(RejectSchema.EXCERPT))
              .add(SKIPPED_TYPE, org.apache.spark.sql.types.DataTypes.StringType));

  private static final int ARTICLE_WIDTH = ArticleSchema.ARTICLE.size();

  private ExtractedRows() {}

  /** The row of an extracted article. */
  public static Row of(Article a, Timestamp ingestedAt) {
    return RowFactory.create(
        a.articleId(),
        a.url(),
        a.canonicalUrl(),
        a.outlet(),
        a.outletDomain(),
        a.title(),
        a.titleSource(),
        a.authors().toArray(new String[0]),
        a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
        a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()),
        a.dateSource(),
        a.language(),
        a.section(),
        a.description(),
        a.text(),
        a.wordCount(),
        a.pageType(),
        a.pageTypeScore(),
        a.sourcePath(),
        a.sourceRecord(),
        a.sourceLines() == null ? null : new Integer[] {a.sourceLines()[0], a.sourceLines()[1]},
        a.sourceFormat(),
        a.sourceId(),
        a.contentHash(),
        a.extractorVersion(),
        ingestedAt,
        null,
        null,
        null,
        null);
  }

  /** The row of a WARC record that carries no page. */
  public static Row of(ReadResult.Skipped s, Timestamp ingestedAt) {
    Object[] values = new Object[EXTRACTED.size()];
    values[EXTRACTED.fieldIndex(ArticleColumns.SOURCE_PATH)] = s.sourcePath();
    values[EXTRACTED.fieldIndex(ArticleColumns.SOURCE_RECORD)] = s.sourceRecord();
    values[EXTRACTED.fieldIndex(ArticleColumns.SOURCE_FORMAT)] = SourceFormat.WARC.code();
    values[EXTRACTED.fieldIndex(ArticleColumns.INGESTED_AT)] = ingestedAt;
    values[EXTRACTED.fieldIndex(SKIPPED_TYPE)] = s.warcType();
    return RowFactory.create(values);
  }

  /** The row of a record that could not be read. */
  public static Row of(ReadResult.Failure f, Timestamp ingestedAt) {
    return RowFactory.create(
        reject(
            f.sourcePath(),
            f.sourceRecord(),
            f.format() == null ? null : f.format().code(),
            f.reason().code(),
            f.detail(),
            f.excerpt(),
            ingestedAt));
  }

  /**
   * The row of a document that extraction rejected; it keeps the publication date found on the page
   * in {@code published_at}, {@code published_date} and {@code date_source}, and a page that is not
   * an article its detected {@code page_type} and {@code page_type_score} (the rejects table does
   * not have them: its detail names the type).
   */
  public static Row of(ReadResult.Document d, Extraction.Rejected r, Timestamp ingestedAt) {
    String excerpt = d.document().content();
    Object[] values =
        reject(
            d.document().sourcePath(),
            d.document().sourceRecord(),
            d.document().format().code(),
            r.reason().code(),
            RejectSchema.truncate(r.detail(), RejectSchema.MAX_DETAIL),
            RejectSchema.truncate(
                excerpt == null ? null : excerpt.strip(), RejectSchema.MAX_EXCERPT),
            ingestedAt);
    values[EXTRACTED.fieldIndex(ArticleColumns.PUBLISHED_AT)] =
        r.publishedAt() == null ? null : Timestamp.from(r.publishedAt());
    values[EXTRACTED.fieldIndex(ArticleColumns.PUBLISHED_DATE)] =
        r.publishedDate() == null ? null : Date.valueOf(r.publishedDate());
    values[EXTRACTED.fieldIndex(ArticleColumns.DATE_SOURCE)] = r.dateSource();
    values[EXTRACTED.fieldIndex(ArticleColumns.PAGE_TYPE)] = r.pageType();
    values[EXTRACTED.fieldIndex(ArticleColumns.PAGE_TYPE_SCORE)] = r.pageTypeScore();
    return RowFactory.create(values);
  }

  private static Object[] reject(
      String path,
      Long record,
      String format,
      String reason,
      String detail,
      String excerpt,
      Timestamp ingestedAt) {
    Object[] values = new Object[EXTRACTED.size()];
    values[EXTRACTED.fieldIndex(RejectSchema.SOURCE_PATH)] = path;
    values[EXTRACTED.fieldIndex(RejectSchema.SOURCE_RECORD)] = record;
    values[EXTRACTED.fieldIndex(RejectSchema.SOURCE_FORMAT)] = format;
    values[EXTRACTED.fieldIndex(ArticleColumns.INGESTED_AT)] = ingestedAt;
    values[ARTICLE_WIDTH] = reason;
    values[ARTICLE_WIDTH + 1] = detail;
    values[ARTICLE_WIDTH + 2] = excerpt;
    return values;
  }
}
