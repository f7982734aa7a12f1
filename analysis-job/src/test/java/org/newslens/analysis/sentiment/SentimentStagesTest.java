package org.newslens.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newslens.analysis.ArticleRows;
import org.newslens.analysis.sink.AnalysisSink;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.testing.Rows;

class SentimentStagesTest {
  private static final Date MON = Date.valueOf("2025-05-12");
  private static final Date TUE = Date.valueOf("2025-05-13");
  private static final Date NEXT_MON = Date.valueOf("2025-05-19");

  /** article_sentiment rows: article id, outlet, date, score (label follows the score). */
  private static Dataset<Row> articles(Object[]... rows) {
    Object[][] full = new Object[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      Double score = (Double) rows[i][3];
      full[i] =
          new Object[] {
            rows[i][0],
            rows[i][1],
            rows[i][2],
            1,
            score,
            null,
            null,
            null,
            score == null ? null : SentimentLabels.label(score, SentimentLabels.EVIDENCE),
            null,
            null,
            null,
            null,
            "m",
            "1"
          };
    }
    return Rows.of(SentimentTables.ARTICLE_SENTIMENT.schema(), full);
  }

  private static Row find(List<Row> rows, String outlet, Date day, String column) {
    for (Row r : rows) {
      if (r.getString(r.fieldIndex("outlet")).equals(outlet)
          && r.getDate(r.fieldIndex(column)).equals(day)) {
        return r;
      }
    }
    throw new AssertionError("no row for " + outlet + " " + day);
  }

  @Test
  void articleScoresFollowTheModelForEveryArticleInTheDocumentedColumns() {
    List<Row> out =
        SentimentStages.toArticleScores(
                Rows.of(
                    ArticleSchema.ARTICLE,
                    ArticleRows.article(
                        "a1", "Daily", MON.toLocalDate(), "A wonderful win", "Fans were happy."),
                    ArticleRows.article("a2", "Daily", null, null, "")),
                new LexiconSentenceModel())
            .orderBy("article_id")
            .collectAsList();
    assertEquals(
        List.of(SentimentTables.ARTICLE_SCORES.fieldNames()),
        List.of(out.get(0).schema().fieldNames()));
    ArticleSentiment expected =
        ArticleSentiment.of(
            "A wonderful win",
            "Fans were happy.",
            new LexiconSentenceModel().scorer(),
            SentimentLabels.EVIDENCE);
    Row a1 = out.get(0);
    assertEquals(2, a1.getInt(a1.fieldIndex("sentences")));
    assertEquals(expected.score(), a1.getDouble(a1.fieldIndex("score")));
    assertEquals("positive", a1.getString(a1.fieldIndex("label")));
    assertEquals(MON, a1.getDate(a1.fieldIndex("published_date")));
    Row a2 = out.get(1);
    assertEquals(0, a2.getInt(a2.fieldIndex("sentences")));
    assertTrue(a2.isNullAt(a2.fieldIndex("score")));
  }

  @Test
  void dailyStatisticsGiveMeanSdAndTIntervalAndExcludeUndatedArticles() {
    Dataset<Row> in =
        articles(
            new Object[] {"1", "Daily", MON, 0.1}, new Object[] {"2", "Daily", MON, 0.3},
            new Object[] {"3", "Daily", MON, -0.1}, new Object[] {"4", "Daily", TUE, 0.2},
            new Object[] {"5", "Daily", null, 0.9}, new Object[] {"6", "Daily", TUE, null});
    List<Row> out = SentimentStages.toDaily(in).collectAsList();
    assertEquals(2, out.size());
    Row mon = find(out, "Daily", MON, "day");
    assertEquals(3L, mon.getLong(mon.fieldIndex("articles")));
    assertEquals(0.1, mon.getDouble(mon.fieldIndex("mean")), 1e-12);
    assertEquals(0.2, mon.getDouble(mon.fieldIndex("sd")), 1e-12);
    double half = 4.302653 * 0.2 / Math.sqrt(3);
    assertEquals(0.1 - half, mon.getDouble(mon.fieldIndex("ci_low")), 1e-5);
    assertEquals(0.1 + half, mon.getDouble(mon.fieldIndex("ci_high")), 1e-5);
    assertEquals(2.0 / 3, mon.getDouble(mon.fieldIndex("positive_share")), 1e-12);
    assertEquals(1.0 / 3, mon.getDouble(mon.fieldIndex("negative_share")), 1e-12);
    Row tue = find(out, "Daily", TUE, "day");
    assertEquals(1L, tue.getLong(tue.fieldIndex("articles")));
    assertTrue(tue.isNullAt(tue.fieldIndex("sd")));
    assertTrue(tue.isNullAt(tue.fieldIndex("ci_low")));
  }

  @Test
  void weeklyStatisticsGroupByMondayOfTheIsoWeek() {
    Dataset<Row> in =
        articles(
            new Object[] {"1", "Daily", MON, 0.1},
            new Object[] {"2", "Daily", TUE, 0.3},
            new Object[] {"3", "Daily", NEXT_MON, -0.4});
    List<Row> out = SentimentStages.toWeekly(in).collectAsList();
    assertEquals(2, out.size());
    Row first = find(out, "Daily", MON, "week_start");
    assertEquals(2L, first.getLong(first.fieldIndex("articles")));
    assertEquals(0.2, first.getDouble(first.fieldIndex("mean")), 1e-12);
    assertEquals(
        1L, find(out, "Daily", NEXT_MON, "week_start").getLong(first.fieldIndex("articles")));
  }

  @Test
  void outletDifferencesUseWelchTestsAndAdjustWithinEachPeriod() {
    Dataset<Row> in =
        articles(
            new Object[] {"1", "A", MON, 0.50},
            new Object[] {"2", "A", MON, 0.40},
            new Object[] {"3", "A", TUE, 0.60},
            new Object[] {"4", "B", MON, -0.20},
            new Object[] {"5", "B", TUE, -0.40},
            new Object[] {"6", "B", TUE, 0.0},
            new Object[] {"7", "B", TUE, -0.10},
            new Object[] {"8", "C", MON, 0.45},
            new Object[] {"9", "C", TUE, 0.55});
    List<Row> out = SentimentStages.toOutletDiff(in).filter("period = 'week'").collectAsList();
    assertEquals(3, out.size());
    Row ab = out.get(0);
    assertEquals("A", ab.getString(ab.fieldIndex("outlet_a")));
    assertEquals("B", ab.getString(ab.fieldIndex("outlet_b")));
    double ma = 0.5;
    double va = 0.01;
    double mb = -0.175;
    double vb = (0.025 * 0.025 + 0.225 * 0.225 + 0.175 * 0.175 + 0.075 * 0.075) / 3;
    double se = Math.sqrt(va / 3 + vb / 4);
    double t = (ma - mb) / se;
    double df = Math.pow(va / 3 + vb / 4, 2) / (Math.pow(va / 3, 2) / 2 + Math.pow(vb / 4, 2) / 3);
    assertEquals(ma - mb, ab.getDouble(ab.fieldIndex("difference")), 1e-12);
    assertEquals(t, ab.getDouble(ab.fieldIndex("t_statistic")), 1e-9);
    assertEquals(df, ab.getDouble(ab.fieldIndex("df")), 1e-9);
    double p = ab.getDouble(ab.fieldIndex("p_value"));
    assertTrue(p < 0.01, "p = " + p);
    // three pairs in the family: Holm multiplies the smallest p by 3, BH by 3/1
    assertEquals(Math.min(1, 3 * p), ab.getDouble(ab.fieldIndex("p_holm")), 1e-12);
    assertTrue(ab.getBoolean(ab.fieldIndex("significant")));
    Row ac = out.get(1);
    assertEquals("C", ac.getString(ac.fieldIndex("outlet_b")));
    assertFalse(ac.getBoolean(ac.fieldIndex("significant")));
    assertTrue(ac.getDouble(ac.fieldIndex("q_bh")) >= ab.getDouble(ab.fieldIndex("q_bh")));
  }

  @Test
  void outletDifferenceWithASingleArticleSideHasNoTest() {
    Dataset<Row> in =
        articles(
            new Object[] {"1", "A", MON, 0.5},
            new Object[] {"2", "B", MON, 0.1},
            new Object[] {"3", "B", MON, 0.2});
    Row row = SentimentStages.toOutletDiff(in).filter("period = 'all'").first();
    assertNull(row.get(row.fieldIndex("p_value")));
    assertFalse(row.getBoolean(row.fieldIndex("significant")));
  }

  @Test
  void sinkConformsFramesToTheDocumentedSchema() {
    Dataset<Row> in = articles(new Object[] {"1", "A", MON, 0.5});
    Dataset<Row> daily =
        AnalysisSink.conform(SentimentStages.toDaily(in), SentimentTables.SENTIMENT_DAILY);
    assertEquals(
        List.of(SentimentTables.SENTIMENT_DAILY.schema().fieldNames()), List.of(daily.columns()));
    assertTrue(daily.schema().apply("mean").metadata().contains("description"));
  }
}
