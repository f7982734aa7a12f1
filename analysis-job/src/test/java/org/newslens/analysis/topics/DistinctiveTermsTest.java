package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
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
    Date month = Date.valueOf("2025-03-01");
    // term counts as the article pass leaves them: one outlet-month-term may span several rows
    List<Row> result =
        DistinctiveTerms.toDistinctiveTerms(
                Rows.of(
                    TopicTables.TERM_COUNTS,
                    new Object[] {"North", month, "harbour", 10L},
                    new Object[] {"North", month, "harbour", 8L},
                    new Object[] {"North", month, "council", 12L},
                    new Object[] {"North", month, "budget", 12L},
                    new Object[] {"South", month, "council", 12L},
                    new Object[] {"South", month, "budget", 12L}),
                2,
                1)
            .orderBy("outlet", "rank")
            .collectAsList();

    Row north = result.get(0);
    assertEquals("North", north.getString(0));
    assertEquals(month, north.getDate(1));
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
    assertEquals(4, result.size(), "two terms per outlet");
  }
}
