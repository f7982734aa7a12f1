package org.newslens.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newslens.common.cli.UsageException;

class NearDuplicateOptionsTest {
  @Test
  void defaultsToTheDocumentedThreshold() throws Exception {
    NearDuplicateOptions o =
        NearDuplicateOptions.parse(new String[] {"--input", "in", "--output", "out"});
    assertEquals(NearDuplicates.DEFAULT_THRESHOLD, o.threshold());
    assertEquals("in", o.input());
  }

  @Test
  void theEvaluationReadsRecordsAndWritesPredictions() throws Exception {
    NearDuplicateOptions o =
        NearDuplicateOptions.parse(
            new String[] {"evaluate", "--ground-truth", "t.jsonl", "--predictions", "p.jsonl"});
    assertTrue(o.evaluate());
    assertEquals("t.jsonl", o.input());
    assertEquals("p.jsonl", o.output());
  }

  @Test
  void refusesAThresholdOutsideTheUnitInterval() {
    UsageException e =
        assertThrows(
            UsageException.class,
            () ->
                NearDuplicateOptions.parse(
                    new String[] {"--input", "in", "--output", "out", "--threshold", "1.5"}));
    assertTrue(e.getMessage().contains("--threshold"), e.getMessage());
  }
}
