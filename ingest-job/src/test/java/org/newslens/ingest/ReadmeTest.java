package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.Columns;
import org.newslens.common.schema.RejectSchema;

/** The README documents the real ingest command line and every column it writes. */
class ReadmeTest {
  private static String readme() throws Exception {
    return Files.readString(Path.of(System.getProperty("newslens.root"), "README.md"));
  }

  @Test
  void showsTheRealIngestHelp() throws Exception {
    assertTrue(
        readme().contains(IngestOptions.USAGE), "README must carry IngestOptions.USAGE verbatim");
  }

  @Test
  void documentsEveryArticleAndRejectColumnAsTheSchemaDescribesIt() throws Exception {
    String readme = readme();
    assertTrue(
        readme.contains(Columns.toMarkdown(ArticleSchema.ARTICLE).strip()),
        "README's articles table must equal Columns.toMarkdown(ArticleSchema.ARTICLE)");
    assertTrue(
        readme.contains(Columns.toMarkdown(RejectSchema.REJECT).strip()),
        "README's rejects table must equal Columns.toMarkdown(RejectSchema.REJECT)");
  }
}
