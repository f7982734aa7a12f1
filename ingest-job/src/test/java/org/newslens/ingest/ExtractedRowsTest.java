package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.ExtractionDefaults;
import org.newslens.ingest.extract.RawDocument;
import org.newslens.ingest.source.ReadResult;

class ExtractedRowsTest {
  private static final Timestamp INGESTED = Timestamp.from(Instant.parse("2026-01-15T12:00:00Z"));

  private static Row rejectRow(String html) {
    RawDocument doc =
        new RawDocument(
            "file:/in/shell.html",
            7L,
            SourceFormat.HTML,
            true,
            html,
            "https://news.example/app",
            null,
            RawDocument.Hints.NONE);
    Extraction e =
        ArticleExtractor.extract(doc, new ExtractionDefaults(null, null, INGESTED.toInstant()));
    return ExtractedRows.of(
        new ReadResult.Document(doc), assertInstanceOf(Extraction.Rejected.class, e), INGESTED);
  }

  private static Object value(Row row, String column) {
    return row.get(ExtractedRows.EXTRACTED.fieldIndex(column));
  }

  @Test
  void aPageRejectedForItsBodyKeepsTheDateFoundOnItInTheExtractedFrame() {
    Row row =
        rejectRow(
            "<html><head><meta property='article:published_time' content='2024-03-02T23:30:00-05:00'>"
                + "</head><body><div id='root'>Loading…</div></body></html>");
    assertEquals(RejectReason.NO_BODY_TEXT.code(), value(row, RejectSchema.REASON));
    assertEquals(Date.valueOf("2024-03-02"), value(row, ArticleColumns.PUBLISHED_DATE));
    assertEquals(
        Timestamp.from(Instant.parse("2024-03-03T04:30:00Z")),
        value(row, ArticleColumns.PUBLISHED_AT));
    assertEquals("meta", value(row, ArticleColumns.DATE_SOURCE));
    assertTrue(((String) value(row, RejectSchema.DETAIL)).startsWith("body has "));
  }

  @Test
  void aRejectedPageWithoutADateHasNoPublishedDate() {
    Row row = rejectRow("<html><body><div id='root'>Loading…</div></body></html>");
    assertNull(value(row, ArticleColumns.PUBLISHED_DATE));
    assertEquals("none", value(row, ArticleColumns.DATE_SOURCE));
  }
}
