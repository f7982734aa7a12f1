package org.newslens.analysis.topics;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.common.schema.ArticleColumns;

/**
 * Times MLlib's LDA fit against {@link OnlineLda} on the same documents, in turn (MLlib, ours,
 * MLlib, ours), and prints each time, the ratio and the largest relative difference between the two
 * fits' topics. A harness, not a test: {@code java -cp ... LdaFitCheck <articles> <documents>
 * <iterations> [master]}.
 */
public final class LdaFitCheck {
  private LdaFitCheck() {}

  public static void main(String[] args) {
    String articles = args[0];
    int documents = Integer.parseInt(args[1]);
    int iterations = Integer.parseInt(args[2]);
    String master = args.length > 3 ? args[3] : "local[2]";
    SparkSession spark =
        SparkSession.builder().master(master).appName("lda-fit-check").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Dataset<Row> docs =
        TopicModel.withDocumentText(
                spark.read().parquet(articles).limit(documents),
                ArticleColumns.TITLE,
                ArticleColumns.TEXT)
            .select(TopicModel.DOC_TEXT);
    LdaSettings settings =
        new LdaSettings(
            LdaSettings.DEFAULT_K,
            LdaSettings.DEFAULT_SEED,
            iterations,
            1,
            LdaSettings.DEFAULT_MIN_DF,
            LdaSettings.DEFAULT_MAX_DF,
            LdaSettings.DEFAULT_VOCAB_SIZE,
            LdaSettings.DEFAULT_TOP_TERMS);
    PipelineModel features = TopicModel.featurePipeline(settings).fit(docs);
    int vocabulary = ((CountVectorizerModel) features.stages()[2]).vocabulary().length;
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> counted =
        features.transform(docs).select(TopicModel.FEATURES).coalesce(cores).cache();
    long n = counted.count();
    System.out.printf(
        "%d documents, %d terms, k = %d, %d iterations, %s%n",
        n, vocabulary, settings.k(), iterations, master);
    LDA estimator = TopicModel.lda(settings, 0);
    double[] mllib = new double[2];
    double[] ours = new double[2];
    LDAModel a = null;
    LDAModel b = null;
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      a = estimator.fit(counted);
      mllib[round] = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      b = OnlineLda.fit(estimator, counted, TopicModel.FEATURES, vocabulary);
      ours[round] = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: MLlib %.1f s, OnlineLda %.1f s, ratio %.2f%n",
          round + 1, mllib[round], ours[round], mllib[round] / ours[round]);
    }
    double worst = largestRelativeDifference(a.topicsMatrix(), b.topicsMatrix());
    System.out.printf(
        "total: MLlib %.1f s, OnlineLda %.1f s, MLlib / OnlineLda %.2f;"
            + " largest relative difference of the topics %.3g%n",
        mllib[0] + mllib[1], ours[0] + ours[1], (mllib[0] + mllib[1]) / (ours[0] + ours[1]), worst);
    spark.stop();
  }

  /** The largest relative difference between two matrices of the same shape, cell by cell. */
  static double largestRelativeDifference(Matrix expected, Matrix actual) {
    double worst = 0;
    for (int w = 0; w < expected.numRows(); w++) {
      for (int t = 0; t < expected.numCols(); t++) {
        double e = expected.apply(w, t);
        worst = Math.max(worst, Math.abs(actual.apply(w, t) - e) / Math.abs(e));
      }
    }
    return worst;
  }
}
