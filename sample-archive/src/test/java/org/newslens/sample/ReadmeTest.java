package org.newslens.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/sample-archive.md documents the real generate command line. */
class ReadmeTest {
  @Test
  void showsTheRealGenerateHelp() throws Exception {
    String doc =
        Files.readString(Path.of(System.getProperty("newslens.root"), "docs", "sample-archive.md"));
    assertTrue(
        doc.contains(GenerateOptions.USAGE),
        "docs/sample-archive.md must carry GenerateOptions.USAGE verbatim");
  }
}
