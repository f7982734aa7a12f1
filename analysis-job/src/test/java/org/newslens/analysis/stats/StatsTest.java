package org.newslens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void criticalValuesMatchStudentTables() {
    assertEquals(12.706, Stats.tCritical95(1.0), 1e-3);
    assertEquals(2.228, Stats.tCritical95(10.0), 1e-3);
    assertEquals(2.042, Stats.tCritical95(30.0), 1e-3);
    assertEquals(1.960, Stats.tCritical95(1e6), 1e-3);
  }

  @Test
  void twoSidedPValuesMatchStudentTables() {
    assertEquals(0.05, Stats.twoSidedP(2.228, 10), 1e-4);
    assertEquals(1.0, Stats.twoSidedP(0.0, 5), 1e-12);
    assertEquals(0.01, Stats.twoSidedP(2.750, 30), 1e-4);
  }

  @Test
  void undefinedInputsGiveNull() {
    assertNull(Stats.tCritical95(null));
    assertNull(Stats.tCritical95(0.0));
    assertNull(Stats.pValue(null, 3.0));
  }
}
