package org.newslens.analysis.topics;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.mllib.linalg.Matrices;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Fits an LDA model as MLlib's {@link LDA} with the online optimiser does at subsampling rate 1
 * with a fixed document concentration: the same random start of the topics, the same batch in each
 * iteration (MLlib samples the documents with replacement, so each comes a Poisson(1) number of
 * times, in a row), the same per-document inference ({@link VariationalInference}), the same update
 * of the topics after each batch, the same random draws in the same order, and the same {@link
 * LocalLDAModel} at the end, with the estimator's parameters. What differs is speed: the documents
 * are held as arrays of term indices and counts, the inference works on plain arrays, a document
 * drawn twice is inferred once, and the statistics are summed into one array per task.
 *
 * <p>The result agrees with MLlib's fit to about 1e-9 relative: sums are taken in index order,
 * where MLlib's BLAS may group them differently, and the digamma function is more accurate than
 * MLlib's ({@code OnlineLdaTest} compares the two).
 */
final class OnlineLda {
  private static final double GAMMA_SHAPE = 100;

  private OnlineLda() {}

  /** A document's distinct terms (indices into the vocabulary) and their counts. */
  record Document(int[] ids, double[] counts) implements Serializable {
    static Document of(Vector features) {
      SparseVector sparse = features.toSparse();
      int[] indices = sparse.indices();
      double[] values = sparse.values();
      int n = 0;
      for (double v : values) {
        if (v != 0) {
          n++;
        }
      }
      int[] ids = new int[n];
      double[] counts = new double[n];
      for (int i = 0, j = 0; i < indices.length; i++) {
        if (values[i] != 0) {
          ids[j] = indices[i];
          counts[j++] = values[i];
        }
      }
      return new Document(ids, counts);
    }
  }

  /** One task's share of a pass: the summed statistics (by term) and its non-empty documents. */
  private record Partial(double[] stats, long documents) implements Serializable {
    Partial plus(Partial other) {
      double[] sum = stats;
      double[] add = other.stats;
      for (int i = 0; i < sum.length; i++) {
        sum[i] += add[i];
      }
      return new Partial(sum, documents + other.documents);
    }
  }

  /**
   * Fits {@code estimator} (online optimiser, subsampling rate 1, fixed document concentration) on
   * the vectors of {@code featuresColumn}, each of {@code vocabularySize} terms.
   */
  static LocalLDAModel fit(
      LDA estimator, Dataset<Row> counted, String featuresColumn, int vocabularySize) {
    if (!"online".equalsIgnoreCase(estimator.getOptimizer())
        || estimator.getSubsamplingRate() != 1.0
        || estimator.getOptimizeDocConcentration()
        || estimator.isSet(estimator.docConcentration())
        || estimator.isSet(estimator.topicConcentration())) {
      throw new IllegalArgumentException(
          "OnlineLda fits the online optimiser with subsampling rate 1 and default, fixed"
              + " concentrations only");
    }
    int k = estimator.getK();
    int terms = vocabularySize;
    double[] alpha = new double[k];
    java.util.Arrays.fill(alpha, 1.0 / k);
    double eta = 1.0 / k;
    double tau0 = estimator.getLearningOffset();
    double kappa = estimator.getLearningDecay();

    JavaRDD<Document> all =
        counted.select(featuresColumn).javaRDD().map(row -> Document.of(row.getAs(0)));
    all = all.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long corpusSize = all.count();
      JavaSparkContext sc =
          JavaSparkContext.fromSparkContext(counted.sparkSession().sparkContext());

      Random random = new Random(estimator.getSeed());
      // The topics start as MLlib's: k × terms Gamma draws, topic t's terms at t * terms.
      double[] lambda = VariationalInference.gammaDraws(k * terms, GAMMA_SHAPE, random.nextLong());
      for (int iteration = 1; iteration <= estimator.getMaxIter(); iteration++) {
        // MLlib's batch: a sample with replacement at rate 1, so each document comes a Poisson(1)
        // number of times, each time in a row.
        JavaRDD<Document> batch = all.sample(true, 1.0, random.nextLong());
        if (corpusSize == 0) {
          continue;
        }
        double[] expElogbeta = expDirichletExpectation(lambda, k, terms);
        Broadcast<double[]> shipped = sc.broadcast(expElogbeta);
        long seed = random.nextLong();
        Partial total =
            batch
                .mapPartitionsWithIndex(
                    (index, part) -> pass(part, shipped.value(), alpha, seed + index, k, terms),
                    true)
                .treeReduce(Partial::plus, 2);
        shipped.destroy();
        if (total.documents() == 0) {
          continue;
        }
        // MLlib scales the batch's statistics by corpus size / batch size, which at rate 1 is 1.
        double weight = Math.pow(tau0 + iteration, -kappa);
        for (int t = 0; t < k; t++) {
          for (int w = 0; w < terms; w++) {
            int i = t * terms + w;
            double result = total.stats()[w * k + t] * expElogbeta[w * k + t];
            lambda[i] = (1 - weight) * lambda[i] + weight * (result + eta);
          }
        }
      }
      org.apache.spark.mllib.clustering.LocalLDAModel old =
          new org.apache.spark.mllib.clustering.LocalLDAModel(
                  Matrices.dense(terms, k, lambda), Vectors.dense(alpha), eta, GAMMA_SHAPE)
              .setSeed(random.nextLong());
      LocalLDAModel model = new LocalLDAModel(estimator.uid(), terms, old, counted.sparkSession());
      estimator.copyValues(model, ParamMap.empty()).setParent(estimator);
      return model;
    } finally {
      all.unpersist(false);
    }
  }

  /** One task's pass over its documents. */
  private static Iterator<Partial> pass(
      Iterator<Document> docs, double[] expElogbeta, double[] alpha, long seed, int k, int terms) {
    VariationalInference inference = new VariationalInference(alpha, GAMMA_SHAPE, seed);
    double[] stats = new double[k * terms];
    long n = 0;
    Document last = null;
    while (docs.hasNext()) {
      Document d = docs.next();
      int size = d.ids().length;
      if (size == 0) {
        continue;
      }
      // A document drawn again comes right after itself; its inference is the same.
      if (d != last) {
        inference.infer(d.ids(), d.counts(), size, expElogbeta);
        last = d;
      }
      inference.addStatistics(d.ids(), d.counts(), size, stats);
      n++;
    }
    return List.of(new Partial(stats, n)).iterator();
  }

  /**
   * exp(E[log beta]) of topics {@code lambda} (topic t's terms at {@code t * terms}): per topic,
   * exp(digamma(lambda) - digamma(the topic's sum)), as MLlib's {@code
   * LDAUtils.dirichletExpectation} computes it row by row; by term, as {@link
   * VariationalInference#infer} reads it (term w's k values at {@code w * k}).
   */
  static double[] expDirichletExpectation(double[] lambda, int k, int terms) {
    double[] out = new double[k * terms];
    for (int t = 0; t < k; t++) {
      int o = t * terms;
      double sum = 0;
      for (int w = 0; w < terms; w++) {
        sum += lambda[o + w];
      }
      double ofSum = VariationalInference.digamma(sum);
      for (int w = 0; w < terms; w++) {
        out[w * k + t] = Math.exp(VariationalInference.digamma(lambda[o + w]) - ofSum);
      }
    }
    return out;
  }
}
