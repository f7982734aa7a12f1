package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class DistinctiveTermsTest {
  @Test
  void logOddsAndZScoreFollowMonroeEtAlOnAHandMadeExample() {
    // Outlet: 30 of 1000 terms; others: 10 of 1000; prior 2 of 100 pseudo-counts.
    // delta = ln(32/1068) - ln(12/1088) = 0.99938; var = 1/32 + 1/12; z = 2.95237
    assertEquals(0.99938, DistinctiveTerms.logOdds(30, 1000, 10, 1000, 2, 100), 1e-5);
    assertEquals(2.95237, DistinctiveTerms.zScore(30, 1000, 10, 1000, 2, 100), 1e-5);
    assertEquals(
        -DistinctiveTerms.zScore(10, 1000, 30, 1000, 2, 100),
        DistinctiveTerms.zScore(30, 1000, 10, 1000, 2, 100),
        1e-12);
  }

  @Test
  void ranksTheOutletsOwnWordFirstWithTheZScoreOfTheFormula() {
    StructType schema =
        new StructType()
            .add("outlet", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType));
    Date day = Date.valueOf("2025-03-04");
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(new Object[] {"North", day, terms("harbour", 3, "council", 2, "budget", 2)});
      rows.add(new Object[] {"South", day, terms("harbour", 0, "council", 2, "budget", 2)});
    }
    rows.add(new Object[] {"North", null, terms("undated", 9, "council", 1, "budget", 1)});
    List<Row> result =
        DistinctiveTerms.toDistinctiveTerms(Rows.of(schema, rows.toArray(new Object[0][])), 2, 1)
            .orderBy("outlet", "rank")
            .collectAsList();

    Row north = result.get(0);
    assertEquals("North", north.getString(0));
    assertEquals(Date.valueOf("2025-03-01"), north.getDate(1));
    assertEquals(1, north.getInt(2));
    assertEquals("harbour", north.getString(3));
    assertEquals(18L, north.getLong(4));
    assertEquals(42L, north.getLong(5));
    assertEquals(0L, north.getLong(6));
    assertEquals(24L, north.getLong(7));
    // Prior: whole-input term distribution (harbour 18 of 66) scaled to an average outlet-month (66
    // / 2 = 33).
    double aw = 18.0 / 66 * 33;
    assertEquals(DistinctiveTerms.zScore(18, 42, 0, 24, aw, 33), north.getDouble(9), 1e-9);
    assertTrue(north.getDouble(9) > 0);
    assertTrue(
        result.stream().noneMatch(r -> r.getString(3).equals("undated")),
        "undated articles are left out");
    assertEquals(4, result.size(), "two terms per outlet");
  }

  private static List<String> terms(Object... termAndCount) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < termAndCount.length; i += 2) {
      out.addAll(Collections.nCopies((Integer) termAndCount[i + 1], (String) termAndCount[i]));
    }
    return out;
  }
}
