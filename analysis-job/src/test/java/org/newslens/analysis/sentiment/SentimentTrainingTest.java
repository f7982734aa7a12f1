package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.substring_index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.testing.Rows;

class SentimentTrainingTest {
  /** Our own editorial-style sentences and ratings on -4..+4, four documents of each tone. */
  private static final String[][] PRAISE = {
    {"The new clinic is a welcome success for the neighbourhood.", "2.5"},
    {"Volunteers did admirable work rebuilding the park.", "2.4"},
    {"The agreement is a hopeful step toward lasting peace.", "2.1"},
    {"Teachers deserve praise for their creative lessons.", "2.3"},
    {"The city handled the storm with calm competence.", "1.8"},
  };

  private static final String[][] BLAME = {
    {"The plan is a reckless waste of public money.", "-2.6"},
    {"Officials showed shameful indifference to the victims.", "-3.0"},
    {"The ruling is a cruel blow to struggling families.", "-2.7"},
    {"Lawmakers failed again to stop the corruption.", "-2.4"},
    {"The agency's response was slow, sloppy and dishonest.", "-2.8"},
  };
  private static final String[][] PLAIN = {
    {"The council meets on Tuesday in the town hall.", "0.0"},
    {"The report covers the years from 1990 to 2010.", "0.1"},
  };

  private static SentimentTraining.Fit fit;
  private static Dataset<Row> training;

  @BeforeAll
  static void fitOnce() {
    List<Object[]> rows = new ArrayList<>();
    for (int doc = 0; doc < 8; doc++) {
      String[][] tone = doc % 2 == 0 ? PRAISE : BLAME;
      for (int s = 0; s < tone.length; s++) {
        String[] line = tone[(s + doc) % tone.length];
        rows.add(new Object[] {"d" + doc + "_" + s, line[0], Double.parseDouble(line[1]), null});
      }
      String[] plain = PLAIN[doc % PLAIN.length];
      rows.add(new Object[] {"d" + doc + "_9", plain[0], Double.parseDouble(plain[1]), null});
    }
    training =
        SentimentTraining.withTarget(
            Rows.of(SentimentTraining.LABELS, rows.toArray(Object[][]::new)), 0);
    fit = SentimentTraining.fit(training, new double[] {0.01, 0.04}, 3);
  }

  @Test
  void foldsKeepEachDocumentsSentencesTogether() {
    Row r =
        SentimentTraining.withFold(training, 3)
            .groupBy(substring_index(col("id"), "_", 1))
            .agg(
                countDistinct(col(SentimentTraining.FOLD)).as("folds"),
                min(SentimentTraining.FOLD).as("lo"),
                max(SentimentTraining.FOLD).as("hi"))
            .agg(max("folds"), min("lo"), max("hi"))
            .first();
    assertEquals(1L, r.getLong(0));
    assertTrue(r.getInt(1) >= 0 && r.getInt(2) < 3);
  }

  @Test
  void crossValidationReportsPearsonRForEveryStrengthTried() {
    assertEquals(List.of(0.01, 0.04), new ArrayList<>(fit.cvPearsonByRegParam().keySet()));
    assertEquals(3, fit.folds());
    assertTrue(
        fit.cvPearson() > 0.5, "praise and blame separate across documents: r " + fit.cvPearson());
  }

  @Test
  void savedModelScoresUnseenPraiseAbovePlainAboveBlame(@TempDir Path dir) throws Exception {
    String modelDir = dir.resolve("model").toString();
    TrainedSentenceModel.save(fit.model(), modelDir);
    assertTrue(Files.exists(dir.resolve("model").resolve(TrainedSentenceModel.LAYOUT_FILE)));
    TrainedSentenceModel model = TrainedSentenceModel.load(modelDir);
    SentenceScorer scorer = model.scorer();
    String[] sentences = {
      "The festival was a joyful and generous celebration.",
      "The museum opens at nine on weekdays.",
      "The governor's lies caused terrible harm.",
      ""
    };
    double praise = scorer.score(sentences[0]);
    double plain = scorer.score(sentences[1]);
    double blame = scorer.score(sentences[2]);
    assertTrue(praise > plain && plain > blame, praise + " > " + plain + " > " + blame);
    assertTrue(scorer.score(sentences[3]) >= -1 && scorer.score(sentences[3]) <= 1);

    // the per-sentence scorer gives exactly what the saved pipeline predicts, clipped to [-1, 1]
    StructType schema = new StructType().add(TrainedSentenceModel.TEXT, DataTypes.StringType);
    Object[][] rows = new Object[sentences.length][];
    for (int i = 0; i < sentences.length; i++) {
      rows[i] = new Object[] {sentences[i]};
    }
    List<Row> predicted =
        model
            .pipeline()
            .transform(
                SentimentFeatures.withFeatures(Rows.of(schema, rows), TrainedSentenceModel.TEXT))
            .select(TrainedSentenceModel.TEXT, TrainedSentenceModel.PREDICTION)
            .collectAsList();
    for (Row r : predicted) {
      double clipped = Math.max(-1, Math.min(1, r.getDouble(1)));
      assertEquals(clipped, scorer.score(r.getString(0)), 0.0, r.getString(0));
    }
  }

  @Test
  void loadRefusesAModelFittedOnAnotherFeatureLayout(@TempDir Path dir) throws Exception {
    String modelDir = dir.resolve("old").toString();
    fit.model().write().save(modelDir);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TrainedSentenceModel.load(modelDir));
    assertTrue(e.getMessage().contains("train it again"), e.getMessage());
  }
}
