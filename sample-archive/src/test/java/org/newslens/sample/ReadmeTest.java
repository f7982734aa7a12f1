package org.newslens.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README documents the real generate command line. */
class ReadmeTest {
  @Test
  void showsTheRealGenerateHelp() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("newslens.root"), "README.md"));
    assertTrue(
        readme.contains(GenerateOptions.USAGE), "README must carry GenerateOptions.USAGE verbatim");
  }
}
