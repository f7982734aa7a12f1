package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.Columns;
import org.newslens.common.schema.RejectSchema;

/** The README documents the real ingest command line, docs/tables.md every column ingest writes. */
class ReadmeTest {
  private static String readme() throws Exception {
    return Files.readString(Path.of(System.getProperty("newslens.root"), "README.md"));
  }

  private static String tables() throws Exception {
    return Files.readString(Path.of(System.getProperty("newslens.root"), "docs", "tables.md"));
  }

  @Test
  void showsTheRealIngestHelp() throws Exception {
    assertTrue(
        readme().contains(IngestOptions.USAGE), "README must carry IngestOptions.USAGE verbatim");
  }

  @Test
  void documentsEveryArticleAndRejectColumnAsTheSchemaDescribesIt() throws Exception {
    String tables = tables();
    assertTrue(
        tables.contains(Columns.toMarkdown(ArticleSchema.ARTICLE).strip()),
        "docs/tables.md's articles table must equal Columns.toMarkdown(ArticleSchema.ARTICLE)");
    assertTrue(
        tables.contains(Columns.toMarkdown(RejectSchema.REJECT).strip()),
        "docs/tables.md's rejects table must equal Columns.toMarkdown(RejectSchema.REJECT)");
  }
}
