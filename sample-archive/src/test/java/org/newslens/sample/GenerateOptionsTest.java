package org.newslens.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.cli.UsageException;

class GenerateOptionsTest {
  @Test
  void defaultsMatchTheDemoArchive() throws UsageException {
    GenerateOptions o = GenerateOptions.parse(new String[] {"--output", "out"});
    assertEquals(Path.of("out"), o.output());
    assertEquals(2000, o.articles());
    assertEquals(5, o.outlets());
    assertEquals(120, o.days());
    assertEquals(42, o.seed());
    assertEquals(LocalDate.of(2025, 1, 6), o.start());
  }

  @Test
  void everyOptionIsRead() throws UsageException {
    GenerateOptions o =
        GenerateOptions.parse(
            new String[] {
              "--output=o",
              "--articles",
              "10",
              "--outlets",
              "3",
              "--days",
              "7",
              "--seed",
              "-5",
              "--start",
              "2024-02-29",
              "--overwrite"
            });
    assertEquals(10, o.articles());
    assertEquals(3, o.outlets());
    assertEquals(7, o.days());
    assertEquals(-5, o.seed());
    assertEquals(LocalDate.of(2024, 2, 29), o.start());
    assertTrue(o.overwrite());
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThrows(UsageException.class, () -> GenerateOptions.parse(new String[] {}));
    assertThrows(
        UsageException.class,
        () -> GenerateOptions.parse(new String[] {"--output", "o", "--articles", "0"}));
    assertThrows(
        UsageException.class,
        () -> GenerateOptions.parse(new String[] {"--output", "o", "--days", "x"}));
    assertThrows(
        UsageException.class,
        () -> GenerateOptions.parse(new String[] {"--output", "o", "--seed", "1.5"}));
    assertThrows(
        UsageException.class,
        () -> GenerateOptions.parse(new String[] {"--output", "o", "--start", "May"}));
    assertThrows(
        UsageException.class,
        () -> GenerateOptions.parse(new String[] {"--output", "o", "--colour", "red"}));
    assertThrows(
        UsageException.class, () -> GenerateOptions.parse(new String[] {"--output", "o", "extra"}));
  }

  @Test
  void aNonEmptyOutputIsRefusedUnlessOverwrite(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "x");
    GenerateOptions keep = GenerateOptions.parse(new String[] {"--output", dir.toString()});
    assertThrows(UsageException.class, () -> GenerateCommand.prepareOutput(keep));
    GenerateCommand.prepareOutput(
        GenerateOptions.parse(new String[] {"--output", dir.toString(), "--overwrite"}));
    assertTrue(Files.isDirectory(dir));
    assertEquals(0, Files.list(dir).count());
  }
}
