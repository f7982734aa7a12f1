package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.common.cli.UsageException;
import org.newslens.common.schema.SourceFormat;

class IngestOptionsTest {
  private static String error(String... args) {
    return assertThrows(UsageException.class, () -> IngestOptions.parse(args)).getMessage();
  }

  @Test
  void parsesEveryOption() throws Exception {
    IngestOptions o =
        IngestOptions.parse(
            new String[] {
              "--input",
              "a,b",
              "--input=c",
              "--output",
              "out",
              "--format",
              "WARC",
              "--outlet",
              "Daily Planet",
              "--date",
              "2025-01-31",
              "--overwrite",
              "--max-reject-ratio",
              "0.2",
              "--partitions",
              "8"
            });
    assertEquals(List.of("a", "b", "c"), o.inputs());
    assertEquals("out", o.output());
    assertEquals(SourceFormat.WARC, o.format());
    assertEquals("Daily Planet", o.outlet());
    assertEquals(LocalDate.of(2025, 1, 31), o.date());
    assertTrue(o.overwrite());
    assertEquals(0.2, o.maxRejectRatio());
    assertEquals(8, o.partitions());
  }

  @Test
  void defaultsToAutomaticFormatAndNoOverwrite() throws Exception {
    IngestOptions o = IngestOptions.parse(new String[] {"--input", "in", "--output", "out"});
    assertNull(o.format());
    assertFalse(o.overwrite());
    assertNull(o.maxRejectRatio());
    assertFalse(o.keepAllPages(), "only articles are kept unless --keep-pages all");
  }

  @Test
  void keepPagesTakesArticlesOrAllAndRefusesAnythingElseInOneLine() throws Exception {
    String[] base = {"--input", "in", "--output", "out", "--keep-pages"};
    assertTrue(IngestOptions.parse(append(base, "all")).keepAllPages());
    assertFalse(IngestOptions.parse(append(base, "Articles")).keepAllPages());
    String message = error(append(base, "listings"));
    assertEquals("--keep-pages must be articles or all, got 'listings'", message);
    assertFalse(message.contains("\n"));
  }

  private static String[] append(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }

  @Test
  void refusesMissingOrMalformedArguments() {
    assertEquals("missing required option --input", error("--output", "o"));
    assertEquals("missing required option --output", error("--input", "i"));
    assertTrue(
        error("--input", "i", "--output", "o", "--format", "pdf")
            .startsWith("--format must be one of"));
    assertEquals(
        "--date needs YYYY-MM-DD, got '31/01/2025'",
        error("--input", "i", "--output", "o", "--date", "31/01/2025"));
    assertEquals("unknown option --inptu (see --help)", error("--inptu", "i"));
    assertEquals("option --output needs a value", error("--input", "i", "--output"));
    assertTrue(
        error("--input", "i", "--output", "o", "--max-reject-ratio", "2")
            .contains("between 0 and 1"));
    assertEquals(
        "unexpected argument 'extra' (see --help)",
        error("--input", "i", "--output", "o", "extra"));
    assertEquals(
        "conflicting values for --format: html and warc",
        error("--input", "i", "--output", "o", "--format", "html", "--format", "warc"));
    assertTrue(
        error("--input", "i", "--output", "o", "--date", "0001-01-01")
            .startsWith("--date 0001-01-01 is outside 1990-01-01 to "));
    assertTrue(
        error("--input", "i", "--output", "o", "--date", "2999-06-01")
            .startsWith("--date 2999-06-01 is outside "));
    assertEquals(
        "--date needs YYYY-MM-DD, got '2025-02-30'",
        error("--input", "i", "--output", "o", "--date", "2025-02-30"));
  }

  @Test
  void takesATextSplitAndRefusesAnUnknownOne() throws Exception {
    assertEquals(
        "auto", IngestOptions.parse(new String[] {"--input", "a", "--output", "o"}).split().code());
    assertEquals(
        "regex:^---$",
        IngestOptions.parse(
                new String[] {"--input", "a", "--output", "o", "--split", "regex:^---$"})
            .split()
            .code());
    assertTrue(
        error("--input", "a", "--output", "o", "--split", "sentences")
            .startsWith("--split must be"));
  }

  @Test
  void helpIsNotAnError() {
    assertThrows(
        org.newslens.common.cli.HelpRequested.class,
        () -> IngestOptions.parse(new String[] {"--help"}));
  }
}
