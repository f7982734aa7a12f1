package org.newslens.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class NearDuplicatesTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("published_date", DataTypes.DateType)
          .add("text", DataTypes.StringType);

  private static final String[] PARAGRAPHS = {
    "The council approved the new ferry terminal on Tuesday after a long debate about its cost.",
    "Residents of the harbour district had asked for a second public hearing, which the council"
        + " refused after a vote of eleven to four.",
    "Work on the terminal is to start in the spring and to end within two years, the mayor told"
        + " reporters outside the town hall.",
    "The regional government pays for half of the building and the port authority for the rest,"
        + " about forty million in all.",
    "Opponents say the money would be better spent on the roads that lead to the harbour, which"
        + " are closed for weeks every winter."
  };

  private static String story(int paragraphs) {
    return String.join("\n\n", java.util.Arrays.copyOf(PARAGRAPHS, paragraphs));
  }

  @Test
  void findsARepostAnEditedCopyAndASyndicatedCopyButNotAnotherStory() {
    String edited =
        "Ferry terminal approved. " + story(5).replace(" after a vote of eleven to four", "");
    List<Row> rows =
        NearDuplicates.clusters(
                NearDuplicates.signed(
                    Rows.of(
                        ARTICLES,
                        new Object[] {"n1", "North", Date.valueOf("2025-03-04"), story(5)},
                        new Object[] {"n2", "North", Date.valueOf("2025-03-05"), edited},
                        new Object[] {"s1", "South", Date.valueOf("2025-03-04"), story(4)},
                        new Object[] {
                          "s2",
                          "South",
                          Date.valueOf("2025-03-04"),
                          "The national team lost its second match of the tournament on Sunday, and"
                              + " its coach said he would not resign. The players were booed as they"
                              + " left the pitch, and the captain apologised to the fans."
                        })),
                NearDuplicates.DEFAULT_THRESHOLD)
            .collectAsList();
    Map<String, Row> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.getString(0), r));
    assertEquals(3, rows.size(), rows.toString());
    assertFalse(byId.containsKey("s2"), "another story is in no cluster");
    for (String id : List.of("n1", "n2", "s1")) {
      Row r = byId.get(id);
      assertEquals("n1", r.getString(1), "the first copy (then the smallest id) names the cluster");
      assertEquals(3L, r.getLong(2));
      assertTrue(r.getBoolean(4), "the cluster spans two outlets");
    }
    assertFalse(byId.get("n1").getBoolean(3));
    assertTrue(byId.get("n2").getBoolean(3), "North's later copy is its near-duplicate");
    assertFalse(byId.get("s1").getBoolean(3), "South's copy is its first");
  }
}
