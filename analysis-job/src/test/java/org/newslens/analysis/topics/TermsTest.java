package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class TermsTest {
  private static final String[] TEXTS = {
    "The Mayor's office said: COVID19 cases fell by 12% in Ōsaka and São Paulo.",
    "Ministers told MPs the budget would be 'balanced' — again — by 2026/27.",
    "Ελλάδα: η ΟΔΟΣ κλειστή; café-owners and naïve co-operation, x2y3zz abc4def",
    "",
    "it is a the of and or but"
  };

  @Test
  void termsAreTheTopicModelsTokensWithoutItsStopWords() {
    StructType schema =
        new StructType().add("title", DataTypes.StringType).add("text", DataTypes.StringType);
    Object[][] rows = new Object[TEXTS.length][];
    for (int i = 0; i < TEXTS.length; i++) {
      rows[i] = new Object[] {i % 2 == 0 ? "A headline for " + i : null, TEXTS[i]};
    }
    List<Row> expected =
        TopicModel.withTerms(TopicModel.withDocumentText(Rows.of(schema, rows), "title", "text"))
            .select(col("title"), col("text"), col(TopicModel.TERMS))
            .collectAsList();
    for (Row row : expected) {
      List<String> terms = new ArrayList<>(Terms.standard().of(row.getString(0)));
      terms.addAll(Terms.standard().of(row.getString(1)));
      assertEquals(row.getList(2), terms, "terms of " + row.getString(1));
    }
  }

  @Test
  void termsAreRunsOfLettersWithinTheTaxonomysWords() {
    assertEquals(
        List.of("covid", "cases", "abc", "def"), Terms.standard().of("COVID19 cases abc4def x2y"));
  }
}
