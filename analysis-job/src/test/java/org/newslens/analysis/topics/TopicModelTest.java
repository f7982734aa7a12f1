package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.testing.Rows;

class TopicModelTest {
  private static final String[] HARBOUR = {
    "harbour", "ferry", "boats", "quay", "fishermen", "tide"
  };
  private static final String[] ORCHARD = {
    "orchard", "apples", "harvest", "cider", "blossom", "growers"
  };
  private static final LdaSettings SETTINGS = new LdaSettings(2, 5L, 15, 2, 1, 0.9, 1000, 4);

  /**
   * 16 short documents, half about a harbour and half about an orchard, with a few shared words.
   */
  static Dataset<Row> corpus() {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String[] words = i % 2 == 0 ? HARBOUR : ORCHARD;
      StringBuilder text = new StringBuilder("Residents said the town council met on Monday. ");
      for (int j = 0; j < 12; j++) {
        text.append(words[(i + j * 5) % words.length]).append(j % 4 == 3 ? ". " : " ");
      }
      rows.add(
          new Object[] {
            String.format("d%02d", i), "Notes " + words[i % words.length], text.toString()
          });
    }
    return TopicModel.withDocumentText(
        Rows.of(schema, rows.toArray(new Object[0][])), "title", "text");
  }

  private static List<Row> distributions(TopicModel model, Dataset<Row> docs) {
    return model
        .transform(docs)
        .select(
            col("id"),
            TopicModel.topicWeights(col(TopicModel.TOPIC_DISTRIBUTION)).as("w"),
            TopicModel.dominantTopic(col(TopicModel.TOPIC_DISTRIBUTION)).as("top"))
        .orderBy("id")
        .collectAsList();
  }

  @Test
  void aFixedSeedGivesIdenticalTopicsAndTheSavedModelReproducesThem(@TempDir Path dir)
      throws Exception {
    Dataset<Row> docs = corpus();
    TopicModel first = TopicModel.fit(docs, SETTINGS);
    TopicModel second = TopicModel.fit(docs, SETTINGS);
    List<Row> a = distributions(first, docs);
    assertEquals(a, distributions(second, docs));

    String path = dir.resolve("model").toString();
    first.save(path);
    TopicModel loaded = TopicModel.load(path);
    assertEquals(first.id(), loaded.id());
    assertEquals("lda_k2_seed5_it15", loaded.id());
    assertEquals(a, distributions(loaded, docs));
    assertEquals(first.topTerms(4), loaded.topTerms(4));

    TopicModel otherSeed = TopicModel.fit(docs, SETTINGS.withSeed(6));
    assertNotEquals(first.topTerms(4), otherSeed.topTerms(4));
  }

  @Test
  void separatesTwoVocabulariesAndLabelsTopicsByTheirTerms() {
    Dataset<Row> docs = corpus();
    TopicModel model = TopicModel.fit(docs, SETTINGS);
    Set<Integer> harbourTopics = new HashSet<>();
    Set<Integer> orchardTopics = new HashSet<>();
    for (Row row : distributions(model, docs)) {
      int index = Integer.parseInt(row.getString(0).substring(1));
      (index % 2 == 0 ? harbourTopics : orchardTopics).add(row.getInt(2));
    }
    assertEquals(1, harbourTopics.size());
    assertEquals(1, orchardTopics.size());
    assertNotEquals(harbourTopics, orchardTopics);

    List<List<TopicModel.TopicTerm>> terms = model.topTerms(4);
    String harbourLabel = TopicModel.label(terms.get(harbourTopics.iterator().next()));
    assertTrue(List.of(HARBOUR).contains(harbourLabel.split(", ")[0]), harbourLabel);
    assertTrue(
        !harbourLabel.contains("said") && !harbourLabel.contains("the"),
        "stop words removed: " + harbourLabel);
  }
}
