package org.newslens.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
  @TempDir Path shared;
  private String folder;
  private String required;

  @BeforeEach
  void pointAtATemporaryFolder() {
    folder = System.getProperty(SharedData.FOLDER_PROPERTY);
    required = System.getProperty(SharedData.REQUIRED_PROPERTY);
    System.setProperty(SharedData.FOLDER_PROPERTY, shared.toString());
    System.clearProperty(SharedData.REQUIRED_PROPERTY);
  }

  @AfterEach
  void restoreTheProperties() {
    restore(SharedData.FOLDER_PROPERTY, folder);
    restore(SharedData.REQUIRED_PROPERTY, required);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  @Test
  void returnsAFileThatIsThere() throws Exception {
    Path file = Files.createDirectories(shared.resolve("benchmarks/dates")).resolve("dev.jsonl");
    Files.writeString(file, "{}\n");
    assertEquals(file.toAbsolutePath(), SharedData.require("benchmarks", "dates", "dev.jsonl"));
  }

  @Test
  void skipsWithOneLineNamingTheMissingPath() {
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TestAbortedException skipped;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      skipped = assertThrows(TestAbortedException.class, () -> SharedData.require("seed"));
    } finally {
      System.setErr(err);
    }
    String line = "benchmark data not found at " + shared.resolve("seed") + "; skipping";
    assertEquals(line, skipped.getMessage());
    assertEquals(line + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void failsInsteadWhenTheDataIsRequired() {
    System.setProperty(SharedData.REQUIRED_PROPERTY, "true");
    AssertionFailedError failure =
        assertThrows(AssertionFailedError.class, () -> SharedData.require("seed"));
    assertEquals(
        "benchmark data not found at "
            + shared.resolve("seed")
            + " (required: -Dnewslens.shared.required=true)",
        failure.getMessage());
  }
}
