package org.newslens.analysis.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class CopiesTest {
  private static final StructType NEAR_DUPLICATES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("dup_cluster_id", DataTypes.StringType)
          .add("is_near_duplicate", DataTypes.BooleanType);

  // a1 first of its cluster; a2 a repost at a1's outlet; a3 a copy at another outlet; a4 alone
  private static Dataset<Row> table() {
    return Rows.of(
        NEAR_DUPLICATES,
        new Object[] {"a1", "a1", false},
        new Object[] {"a2", "a1", true},
        new Object[] {"a3", "a1", false},
        new Object[] {"a4", null, false});
  }

  private static List<String> kept(boolean once) {
    Dataset<Row> articles =
        Rows.of(
            new StructType()
                .add("article_id", DataTypes.StringType)
                .add("text", DataTypes.StringType),
            new Object[] {"a1", "x"},
            new Object[] {"a2", "x"},
            new Object[] {"a3", "x"},
            new Object[] {"a4", "y"});
    return Copies.without(articles, Copies.dropped(table(), once))
        .orderBy("article_id")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .toList();
  }

  @Test
  void perOutletDropsOnlyAnOutletsRepostOfItsOwnArticle() {
    assertEquals(List.of("a1", "a3", "a4"), kept(false));
  }

  @Test
  void onceKeepsOnlyTheFirstArticleOfEachCluster() {
    assertEquals(List.of("a1", "a4"), kept(true));
  }
}
