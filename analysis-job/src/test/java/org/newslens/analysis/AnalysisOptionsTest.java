package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.cli.UsageException;

class AnalysisOptionsTest {
  @TempDir Path tmp;

  @Test
  void parsesEveryOption() throws Exception {
    AnalysisOptions o =
        AnalysisOptions.parse(
            new String[] {
              "--input",
              "in",
              "--output=out",
              "--from",
              "2025-01-01",
              "--to",
              "2025-02-01",
              "--outlets",
              "A,b",
              "--outlets",
              "c",
              "--sentiment-model",
              "m",
              "--overwrite"
            });
    assertEquals("in", o.input());
    assertEquals("out", o.output());
    assertEquals(LocalDate.of(2025, 1, 1), o.from());
    assertEquals(LocalDate.of(2025, 2, 1), o.to());
    assertEquals(List.of("A", "b", "c"), o.outlets());
    assertEquals("m", o.sentimentModel());
    assertTrue(o.overwrite());
  }

  @Test
  void defaultsLeaveTheSelectionOpen() throws Exception {
    AnalysisOptions o = AnalysisOptions.parse(new String[] {"--input", "in", "--output", "out"});
    assertNull(o.from());
    assertNull(o.to());
    assertEquals(List.of(), o.outlets());
    assertNull(o.sentimentModel());
    assertFalse(o.overwrite());
  }

  @Test
  void refusesMissingRequiredOptionsBadDatesAndUnknownOptions() {
    assertThrows(
        UsageException.class, () -> AnalysisOptions.parse(new String[] {"--output", "out"}));
    assertThrows(UsageException.class, () -> AnalysisOptions.parse(new String[] {"--input", "in"}));
    assertThrows(
        UsageException.class,
        () ->
            AnalysisOptions.parse(
                new String[] {"--input", "in", "--output", "o", "--from", "May 5"}));
    assertThrows(
        UsageException.class,
        () ->
            AnalysisOptions.parse(
                new String[] {
                  "--input", "in", "--output", "o", "--from", "2025-02-01", "--to", "2025-01-01"
                }));
    assertThrows(
        UsageException.class,
        () ->
            AnalysisOptions.parse(
                new String[] {"--input", "in", "--output", "o", "--colour", "red"}));
  }

  @Test
  void refusesAMissingInputAndAnExistingOutputWithoutOverwrite() throws Exception {
    Path input = Files.createDirectory(tmp.resolve("articles"));
    Path output = Files.createDirectory(tmp.resolve("out"));
    Configuration conf = new Configuration();
    UsageException missing =
        assertThrows(
            UsageException.class,
            () ->
                AnalysisOptions.parse(
                        new String[] {"--input", tmp.resolve("nope").toString(), "--output", "x"})
                    .checkPaths(conf));
    assertTrue(missing.getMessage().contains("does not exist"));
    UsageException exists =
        assertThrows(
            UsageException.class,
            () ->
                AnalysisOptions.parse(
                        new String[] {"--input", input.toString(), "--output", output.toString()})
                    .checkPaths(conf));
    assertTrue(exists.getMessage().contains("--overwrite"));
    AnalysisOptions.parse(
            new String[] {
              "--input", input.toString(), "--output", output.toString(), "--overwrite"
            })
        .checkPaths(conf);
  }

  @Test
  void recognisesHelp() {
    assertTrue(AnalysisOptions.wantsHelp(new String[] {"--input", "x", "--help"}));
    assertFalse(AnalysisOptions.wantsHelp(new String[] {"--input", "x"}));
  }
}
