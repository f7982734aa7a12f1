package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.mllib.clustering.OnlineLDAOptimizer$;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newslens.common.testing.Rows;

class OnlineLdaTest {
  /** Digamma at some arguments, to 20 digits (mpmath 1.3 at 40 digits). */
  private static final double[][] DIGAMMA = {
    {1e-8, -100000000.57721564845},
    {0.001, -1000.5755719318103005},
    {0.1, -10.423754940411076795},
    {0.5, -1.9635100260214234794},
    {1, -0.57721566490153286061},
    {2.5, 0.70315664064524318723},
    {7.25, 1.9104535268837360284},
    {9.999, 2.2516474172057352559},
    {10, 2.2517525890667211076},
    {49.5, 3.8918376507263717826},
    {1000, 6.9072551956488120521},
    {1e8, 18.420680738952365464},
  };

  @Test
  void digammaIsAccurateAndAgreesWithCommonsMath() {
    for (double[] point : DIGAMMA) {
      double x = point[0];
      assertEquals(
          point[1],
          VariationalInference.digamma(x),
          1e-12 * Math.max(1, Math.abs(point[1])),
          "x = " + x);
    }
    // Commons Math (MLlib's digamma) is within 3e-9 of it: its own error for small arguments
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      double x =
          switch (i % 4) {
            case 0 -> random.nextDouble() * 1e-4;
            case 1 -> random.nextDouble() * 2;
            case 2 -> random.nextDouble() * 60;
            default -> Math.exp(random.nextDouble() * 20);
          };
      double theirs = Gamma.digamma(x);
      assertEquals(
          theirs,
          VariationalInference.digamma(x),
          5e-9 * Math.max(1, Math.abs(theirs)),
          "x = " + x);
    }
    assertEquals(Gamma.digamma(-2.5), VariationalInference.digamma(-2.5), 0.0);
    assertTrue(Double.isNaN(VariationalInference.digamma(Double.NaN)));
  }

  @Test
  void documentInferenceAgreesWithMllibs() {
    int k = 6;
    int terms = 300;
    Random random = new Random(11);
    double[] byTerm = new double[terms * k];
    double[] columnMajor = new double[terms * k];
    for (int w = 0; w < terms; w++) {
      for (int t = 0; t < k; t++) {
        double v = random.nextDouble() * 0.01 + 1e-6;
        byTerm[w * k + t] = v;
        columnMajor[t * terms + w] = v;
      }
    }
    double[] alpha = new double[k];
    java.util.Arrays.fill(alpha, 1.0 / k);
    long seed = 123_456_789L;
    VariationalInference inference = new VariationalInference(alpha, 100, seed);
    breeze.linalg.DenseMatrix<Object> matrix =
        new breeze.linalg.DenseMatrix$mcD$sp(terms, k, columnMajor);
    double worst = 0;
    for (int d = 0; d < 200; d++) {
      int n = 1 + random.nextInt(60);
      int[] ids = random.ints(0, terms).distinct().limit(n).sorted().toArray();
      double[] counts = new double[ids.length];
      for (int j = 0; j < ids.length; j++) {
        counts[j] = 1 + random.nextInt(5);
      }
      double[] ours = inference.infer(ids, counts, ids.length, byTerm).clone();
      breeze.linalg.DenseVector<Object> theirs =
          OnlineLDAOptimizer$.MODULE$
              .variationalTopicInference(
                  Vectors.sparse(terms, ids, counts),
                  matrix,
                  new breeze.linalg.DenseVector$mcD$sp(alpha),
                  100,
                  k,
                  seed)
              ._1();
      for (int t = 0; t < k; t++) {
        double expected = theirs.apply$mcD$sp(t);
        worst = Math.max(worst, Math.abs(ours[t] - expected) / Math.abs(expected));
      }
    }
    // The same updates from the same start; the digammas differ by Commons Math's error (about
    // 1e-12 here), which the iterations carry on to about 1e-7, far below the 1e-3 mean change at
    // which both stop.
    assertTrue(worst < 1e-6, "largest relative difference " + worst);
  }

  @Test
  void fitsTheTopicsMllibFits() {
    Dataset<Row> docs = threeSubjects(240);
    LdaSettings settings = new LdaSettings(3, 17L, 25, 1, 2, 0.9, 1000, 5);
    PipelineModel features = TopicModel.featurePipeline(settings).fit(docs);
    int vocabulary = ((CountVectorizerModel) features.stages()[2]).vocabulary().length;
    Dataset<Row> counted =
        features.transform(docs).select(TopicModel.FEATURES).repartition(2).cache();
    try {
      LDA estimator = TopicModel.lda(settings, 0);
      LDAModel mllib = estimator.fit(counted);
      LDAModel ours = OnlineLda.fit(estimator, counted, TopicModel.FEATURES, vocabulary);
      Matrix expected = mllib.topicsMatrix();
      Matrix actual = ours.topicsMatrix();
      assertEquals(expected.numRows(), actual.numRows());
      assertEquals(expected.numCols(), actual.numCols());
      double worst = LdaFitCheck.largestRelativeDifference(expected, actual);
      assertTrue(worst < 1e-9, "largest relative difference " + worst);
      assertEquals(mllib.uid(), ours.uid());
      assertEquals(mllib.getK(), ours.getK());
      assertEquals(mllib.getFeaturesCol(), ours.getFeaturesCol());
      assertEquals(mllib.getTopicDistributionCol(), ours.getTopicDistributionCol());
      assertEquals(
          mllib.logPerplexity(counted), ours.logPerplexity(counted), 1e-9, "log-perplexity");
    } finally {
      counted.unpersist();
    }
  }

  /** Documents drawn from three vocabularies of 40 words each, with a few words in common. */
  private static Dataset<Row> threeSubjects(int n) {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    Random random = new Random(3);
    String[] subjects = {"harbour", "orchard", "election"};
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int s = i % 3;
      StringBuilder text = new StringBuilder();
      int words = 20 + random.nextInt(60);
      for (int j = 0; j < words; j++) {
        String word =
            random.nextInt(10) == 0
                ? "common" + letters(random.nextInt(8))
                : subjects[s] + letters(random.nextInt(40));
        text.append(word).append(' ');
      }
      rows.add(new Object[] {"d" + i, null, text.toString()});
    }
    return TopicModel.withDocumentText(
        Rows.of(schema, rows.toArray(new Object[0][])), "title", "text");
  }

  /** A word suffix of letters only (the tokenizer keeps runs of letters). */
  private static String letters(int i) {
    return "" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
  }
}
