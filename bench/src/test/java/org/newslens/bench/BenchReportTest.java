package org.newslens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  @Test
  void growthExponentIsTheSlopeOfLogTimeAgainstLogSize() {
    // time = 3 * size^1.1
    List<double[]> points =
        List.of(
            new double[] {1e4, 3 * Math.pow(1e4, 1.1)},
            new double[] {1e5, 3 * Math.pow(1e5, 1.1)},
            new double[] {1e6, 3 * Math.pow(1e6, 1.1)});
    assertEquals(1.1, BenchReport.slope(points), 1e-9);
    assertEquals(
        1.0, BenchReport.slope(List.of(new double[] {10, 5}, new double[] {1000, 500})), 1e-9);
  }
}
