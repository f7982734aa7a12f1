package org.newslens.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newslens.common.cli.UsageException;

class EvaluateOptionsTest {
  @Test
  void parsesAKindWithItsFiles() throws Exception {
    EvaluateOptions o =
        EvaluateOptions.parse(
            new String[] {
              "dates",
              "--ground-truth",
              "gt.jsonl",
              "--predictions",
              "p.jsonl",
              "--timing-passes",
              "0"
            });
    assertEquals(new EvaluateOptions("dates", "gt.jsonl", "p.jsonl", 0, 0), o);
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThrows(
        UsageException.class,
        () ->
            EvaluateOptions.parse(
                new String[] {"sentiment", "--ground-truth", "a", "--predictions", "b"}));
  }

  @Test
  void requiresTheGroundTruthAndThePredictions() {
    assertThrows(
        UsageException.class,
        () -> EvaluateOptions.parse(new String[] {"extraction", "--predictions", "b"}));
    assertThrows(
        UsageException.class,
        () -> EvaluateOptions.parse(new String[] {"extraction", "--ground-truth", "a"}));
  }

  @Test
  void theEvaluationGuideShowsTheRealHelp() throws Exception {
    String guide =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(System.getProperty("newslens.root"), "docs", "evaluation.md"));
    org.junit.jupiter.api.Assertions.assertTrue(
        guide.contains(EvaluateOptions.USAGE),
        "docs/evaluation.md must carry EvaluateOptions.USAGE verbatim");
  }

  @Test
  void helpIsNotAnError() {
    assertThrows(
        org.newslens.common.cli.HelpRequested.class,
        () -> EvaluateOptions.parse(new String[] {"--help"}));
  }
}
