package org.newslens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.common.cli.UsageException;

class BenchOptionsTest {
  @Test
  void defaultsTimeThreeAnalysisSizesAndTwoIngestSizesOnOneAndTwoCores() throws Exception {
    BenchOptions o = BenchOptions.parse(new String[0]);
    assertEquals(List.of(10_000, 100_000, 1_000_000), o.analysisSizes());
    assertEquals(List.of(2000, 10_000), o.ingestSizes());
    assertEquals(List.of("local[1]", "local[2]"), o.masters());
    assertTrue(o.lda());
    assertEquals(List.of(), o.ldaArgs());
    assertEquals("4g", o.driverMemory());
  }

  @Test
  void smokeIsTheSmallestRunWithAShortTopicModel() throws Exception {
    BenchOptions o = BenchOptions.parse(new String[] {"--smoke", "--output", "/tmp/b"});
    assertEquals(List.of(2000), o.analysisSizes());
    assertEquals(List.of(200), o.ingestSizes());
    assertEquals(List.of("local[2]"), o.masters());
    assertEquals(List.of("--restarts", "1", "--iterations", "10"), o.ldaArgs());
  }

  @Test
  void ldaArgumentsAreSplitOnSpaces() throws Exception {
    BenchOptions o = BenchOptions.parse(new String[] {"--lda-args=--restarts 2 --k 8"});
    assertEquals(List.of("--restarts", "2", "--k", "8"), o.ldaArgs());
  }

  @Test
  void refusesSizesThatAreNotPositiveNumbers() {
    UsageException e =
        assertThrows(
            UsageException.class,
            () -> BenchOptions.parse(new String[] {"--analysis-sizes", "1000,ten"}));
    assertTrue(e.getMessage().contains("'ten'"), e.getMessage());
    assertThrows(
        UsageException.class, () -> BenchOptions.parse(new String[] {"--ingest-sizes", "0"}));
  }

  @Test
  void coresAreTheTaskSlotsOfALocalMaster() {
    assertEquals(1, BenchCommand.cores("local[1]"));
    assertEquals(2, BenchCommand.cores("local[2]"));
    assertEquals(1, BenchCommand.cores("local"));
  }
}
