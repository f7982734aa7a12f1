package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class IntervalsTest {
  @Test
  void wilsonIntervalMatchesTheClosedForm() {
    // Reference values from the Wilson formula evaluated independently (z = 1.95996).
    assertArray(new double[] {0.0, 0.27753}, Intervals.wilson(0, 10));
    assertArray(new double[] {0.23659, 0.76341}, Intervals.wilson(5, 10));
    assertArray(new double[] {0.08525, 0.31263}, Intervals.wilson(7, 41));
    assertArray(new double[] {0.20655, 1.0}, Intervals.wilson(1, 1));
    assertTrue(Double.isNaN(Intervals.wilson(0, 0)[0]));
  }

  @Test
  void wilsonColumnsAgreeWithThePureFunction() {
    StructType schema = new StructType().add("k", DataTypes.LongType).add("n", DataTypes.LongType);
    List<Row> rows =
        Rows.of(schema, new Object[] {0L, 10L}, new Object[] {7L, 41L}, new Object[] {41L, 41L})
            .select(
                col("k"),
                col("n"),
                Intervals.wilsonLow(col("k"), col("n")).as("low"),
                Intervals.wilsonHigh(col("k"), col("n")).as("high"))
            .orderBy("k")
            .collectAsList();
    for (Row row : rows) {
      double[] expected = Intervals.wilson(row.getLong(0), row.getLong(1));
      assertArray(expected, new double[] {row.getDouble(2), row.getDouble(3)});
    }
  }

  @Test
  void tQuantileApproachesTheNormalQuantile() {
    assertEquals(12.7062, Intervals.t975(2), 1e-4);
    assertEquals(2.2622, Intervals.t975(10), 1e-4);
    assertEquals(1.96, Intervals.t975(100_000), 1e-3);
    assertTrue(Double.isNaN(Intervals.t975(1)));
  }

  private static void assertArray(double[] expected, double[] actual) {
    assertEquals(expected[0], actual[0], 1e-5);
    assertEquals(expected[1], actual[1], 1e-5);
  }
}
