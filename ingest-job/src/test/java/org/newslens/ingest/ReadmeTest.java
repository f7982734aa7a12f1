package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.RejectSchema;

/** The README documents the real ingest command line and every column it writes. */
class ReadmeTest {
  private static String readme() throws Exception {
    return Files.readString(Path.of(System.getProperty("newslens.root"), "README.md"));
  }

  @Test
  void showsTheRealIngestHelp() throws Exception {
    assertTrue(readme().contains(IngestOptions.USAGE), "README must carry IngestOptions.USAGE verbatim");
  }

  @Test
  void documentsEveryArticleAndRejectColumn() throws Exception {
    String readme = readme();
    for (StructField f : ArticleSchema.ARTICLE.fields()) {
      assertTrue(readme.contains("| `" + f.name() + "` |"), "articles column " + f.name());
    }
    for (StructField f : RejectSchema.REJECT.fields()) {
      assertTrue(readme.contains("| `" + f.name() + "` |"), "rejects column " + f.name());
    }
  }
}
