package org.newslens.common.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Test
  void everyArticleAndRejectColumnIsDocumentedWithAnExample() {
    for (StructType schema : new StructType[] {ArticleSchema.ARTICLE, RejectSchema.REJECT}) {
      for (StructField field : schema.fields()) {
        assertFalse(field.metadata().getString(Columns.DESCRIPTION).isBlank(), field.name());
        assertFalse(field.metadata().getString(Columns.EXAMPLE).isBlank(), field.name());
      }
    }
  }

  @Test
  void theReasonColumnListsEveryRejectReasonInOrder() {
    String description =
        RejectSchema.REJECT.apply(RejectSchema.REASON).metadata().getString(Columns.DESCRIPTION);
    String codes =
        java.util.Arrays.stream(RejectReason.values())
            .map(RejectReason::code)
            .collect(java.util.stream.Collectors.joining(", "));
    assertEquals("Fixed code: " + codes, description);
  }

  @Test
  void requireColumnsNamesMissingAndMistypedColumns() {
    StructType actual =
        new StructType()
            .add(ArticleColumns.ARTICLE_ID, DataTypes.StringType)
            .add(ArticleColumns.WORD_COUNT, DataTypes.StringType);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Columns.requireColumns(actual, ArticleSchema.ARTICLE, "articles"));
    assertTrue(e.getMessage().contains("missing column text"), e.getMessage());
    assertTrue(
        e.getMessage().contains("column word_count is string, expected int"), e.getMessage());
  }

  @Test
  void requireColumnsAcceptsTheSchemaItself() {
    Columns.requireColumns(ArticleSchema.ARTICLE, ArticleSchema.ARTICLE, "articles");
  }

  @Test
  void codesAreLowerCaseWithDashesForDateSources() {
    assertEquals("json-ld", DateSource.JSON_LD.code());
    assertEquals("warc-date", DateSource.WARC_DATE.code());
    assertEquals("corrupt_gzip", RejectReason.CORRUPT_GZIP.code());
  }
}
