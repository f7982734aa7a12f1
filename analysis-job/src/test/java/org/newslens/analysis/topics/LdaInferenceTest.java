package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class LdaInferenceTest {
  @Test
  void givesTheWeightsOfTheModelsTransform() {
    Dataset<Row> docs = TopicModelTest.corpus();
    TopicModel model = TopicModel.fit(docs, new LdaSettings(2, 5L, 15, 1, 1, 0.9, 1000, 4));
    LdaInference inference = LdaInference.of(model);
    List<Row> transformed =
        model
            .transform(docs)
            .select(
                col("title"),
                col("text"),
                TopicModel.topicWeights(col(TopicModel.TOPIC_DISTRIBUTION)).as("w"))
            .collectAsList();
    assertEquals(16, transformed.size());
    for (Row row : transformed) {
      List<String> terms = new java.util.ArrayList<>(Terms.standard().of(row.getString(0)));
      terms.addAll(Terms.standard().of(row.getString(1)));
      double[] expected = row.getList(2).stream().mapToDouble(d -> (Double) d).toArray();
      // the same inference, with a digamma more accurate than the one MLlib uses
      assertArrayEquals(expected, inference.weights(terms), 1e-9, row.getString(1));
    }
  }

  @Test
  void aDocumentWithoutKnownTermsHasAllWeightsZero() {
    TopicModel model =
        TopicModel.fit(TopicModelTest.corpus(), new LdaSettings(2, 5L, 5, 1, 1, 0.9, 1000, 4));
    assertArrayEquals(
        new double[] {0, 0}, LdaInference.of(model).weights(List.of("zeppelin", "quark")), 0.0);
  }
}
