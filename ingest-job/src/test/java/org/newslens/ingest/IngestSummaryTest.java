package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {
  private static IngestSummary withRejects(long rejects, long recordsIn) {
    return new IngestSummary(
        recordsIn, recordsIn - rejects, 0, rejects, Map.of(), Map.of(), 1, 100, 1.0);
  }

  @Test
  void aRejectRatioAboveTheMaximumFailsTheRunWithOneLine() {
    assertEquals(
        "reject ratio 0.250 (25 rejects of 100 records) exceeds --max-reject-ratio 0.2;"
            + " the rejects and the manifest are in out",
        withRejects(25, 100).rejectRatioFailure(0.2, "out"));
    assertEquals(3, IngestJob.EXIT_REJECT_RATIO);
  }

  @Test
  void aRatioAtTheMaximumOrNoMaximumDoesNot() {
    assertNull(withRejects(20, 100).rejectRatioFailure(0.2, "out"));
    assertNull(withRejects(100, 100).rejectRatioFailure(null, "out"));
    assertNull(withRejects(0, 0).rejectRatioFailure(0.0, "out"));
  }
}
