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
  void copiesCountPerOutletUnlessOnceIsAskedForAndOnlyWithANearDuplicatesTable() throws Exception {
    AnalysisOptions dflt =
        AnalysisOptions.parse(
            new String[] {"--input", "in", "--output", "out", "--near-duplicates", "d"});
    assertEquals("d", dflt.nearDuplicates());
    assertEquals(AnalysisOptions.PER_OUTLET, dflt.syndication());
    AnalysisOptions once =
        AnalysisOptions.parse(
            new String[] {
              "--input", "in", "--output", "out", "--near-duplicates", "d", "--syndication", "once"
            });
    assertEquals(AnalysisOptions.ONCE, once.syndication());
    assertThrows(
        UsageException.class,
        () ->
            AnalysisOptions.parse(
                new String[] {"--input", "in", "--output", "out", "--syndication", "once"}));
    assertThrows(
        UsageException.class,
        () ->
            AnalysisOptions.parse(
                new String[] {
                  "--input", "in", "--output", "o", "--near-duplicates", "d", "--syndication", "all"
                }));
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
  void refusesAnIngestOutputFolderAndNamesItsArticlesTable() throws Exception {
    Path ingested = Files.createDirectory(tmp.resolve("ingested"));
    Files.createDirectory(ingested.resolve("articles"));
    Files.createDirectory(ingested.resolve("rejects"));
    Files.writeString(ingested.resolve("_manifest.json"), "{}");
    Configuration conf = new Configuration();
    String out = tmp.resolve("analysis").toString();
    UsageException refused =
        assertThrows(
            UsageException.class,
            () ->
                AnalysisOptions.parse(
                        new String[] {"--input", ingested.toString(), "--output", out})
                    .checkPaths(conf));
    assertTrue(
        refused.getMessage().endsWith("give its articles table: " + ingested.resolve("articles")),
        refused.getMessage());
    AnalysisOptions.parse(
            new String[] {"--input", ingested.resolve("articles").toString(), "--output", out})
        .checkPaths(conf);
  }

  @Test
  void refusesAnOutputThatIsInsideOrHoldsTheInputEvenWithOverwrite() throws Exception {
    Path run = Files.createDirectory(tmp.resolve("run"));
    Path input = Files.createDirectory(run.resolve("articles"));
    Configuration conf = new Configuration();
    for (String output :
        List.of(
            input.resolve("analysis").toString(),
            input.toString(),
            run.toString(),
            input + "/../articles/x")) {
      UsageException e =
          assertThrows(
              UsageException.class,
              () ->
                  AnalysisOptions.parse(
                          new String[] {
                            "--input", input.toString(), "--output", output, "--overwrite"
                          })
                      .checkPaths(conf),
              output);
      assertTrue(
          e.getMessage().startsWith("output " + output + " ")
              && e.getMessage().endsWith("the input " + input),
          e.getMessage());
    }
    AnalysisOptions.parse(
            new String[] {
              "--input", input.toString(), "--output", run.resolve("analysis").toString()
            })
        .checkPaths(conf);
  }

  @Test
  void anOutputHoldingOnlyAKilledRunsStagingIsNotRefused() throws Exception {
    Path input = Files.createDirectory(tmp.resolve("articles"));
    Path output = Files.createDirectories(tmp.resolve("out/_staging/20250101T000000Z-1"));
    AnalysisOptions.parse(
            new String[] {"--input", input.toString(), "--output", tmp.resolve("out").toString()})
        .checkPaths(new Configuration());
    assertTrue(Files.isDirectory(output), "checking changes nothing");
  }

  @Test
  void recognisesHelp() {
    assertTrue(AnalysisOptions.wantsHelp(new String[] {"--input", "x", "--help"}));
    assertFalse(AnalysisOptions.wantsHelp(new String[] {"--input", "x"}));
  }
}
