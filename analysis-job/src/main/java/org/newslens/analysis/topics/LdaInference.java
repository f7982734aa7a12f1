package org.newslens.analysis.topics;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.mllib.clustering.LDAUtils$;
import org.apache.spark.mllib.clustering.LocalLDAModel;

/**
 * A fitted topic model's inference, one article at a time: the article's terms ({@link Terms})
 * counted against the model's vocabulary, then the topic weights MLlib's {@link LDAModel#transform}
 * gives, from the same variational inference with the same parameters and start ({@link
 * VariationalInference}, which agrees with MLlib's to rounding). Serializable, so that the article
 * pass ships it to executors once; each task thread keeps its own working arrays.
 */
public final class LdaInference implements Serializable {
  private static final long serialVersionUID = 2L;

  private final String[] vocabulary;
  private final int k;
  private final long seed;
  private final double gammaShape;
  private final double[] alpha;

  /** exp(E[log beta]) by term: term {@code w}'s k values at {@code w * k}. */
  private final double[] expElogbeta;

  private transient volatile Map<String, Integer> index;
  private transient volatile ThreadLocal<VariationalInference> inference;

  private LdaInference(
      String[] vocabulary,
      int k,
      long seed,
      double gammaShape,
      double[] alpha,
      double[] expElogbeta) {
    this.vocabulary = vocabulary;
    this.k = k;
    this.seed = seed;
    this.gammaShape = gammaShape;
    this.alpha = alpha;
    this.expElogbeta = expElogbeta;
  }

  /** The inference of a fitted model (its vocabulary and its LDA stage). */
  public static LdaInference of(TopicModel model) {
    return of(model.vocabulary(), model.ldaModel());
  }

  static LdaInference of(String[] vocabulary, LDAModel lda) {
    LocalLDAModel old = lda.oldLocalModel();
    Matrix topics = lda.topicsMatrix();
    int terms = topics.numRows();
    int k = topics.numCols();
    // As transform does: the row-wise Dirichlet expectation of the topics × terms view of the
    // terms × topics matrix, then its exp.
    double[] termsByTopic = new double[terms * k];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < terms; w++) {
        termsByTopic[t * terms + w] = topics.apply(w, t);
      }
    }
    breeze.linalg.DenseMatrix<Object> topicsByTerm =
        new breeze.linalg.DenseMatrix$mcD$sp(k, terms, termsByTopic, 0, terms, true);
    breeze.linalg.DenseMatrix<Object> expectation =
        LDAUtils$.MODULE$.dirichletExpectation(topicsByTerm);
    double[] byTerm = new double[terms * k];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < terms; w++) {
        byTerm[w * k + t] = Math.exp(expectation.apply$mcD$sp(t, w));
      }
    }
    return new LdaInference(
        vocabulary.clone(),
        k,
        old.seed(),
        old.gammaShape(),
        old.docConcentration().toArray(),
        byTerm);
  }

  public int k() {
    return k;
  }

  /**
   * The topic weights of a document given as its terms (summing to 1), or all zeros when none of
   * its terms is in the vocabulary, as {@link LDAModel#transform} gives them.
   */
  public double[] weights(Iterable<String> terms) {
    Map<String, Integer> vocabularyIndex = index();
    Map<Integer, int[]> counts = new HashMap<>();
    for (String term : terms) {
      Integer i = vocabularyIndex.get(term);
      if (i != null) {
        counts.computeIfAbsent(i, x -> new int[1])[0]++;
      }
    }
    double[] weights = new double[k];
    if (counts.isEmpty()) {
      return weights;
    }
    int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] values = new double[ids.length];
    for (int j = 0; j < ids.length; j++) {
      values[j] = counts.get(ids[j])[0];
    }
    double[] gamma = inference().infer(ids, values, ids.length, expElogbeta);
    double norm = 0;
    for (int t = 0; t < k; t++) {
      norm += Math.abs(gamma[t]);
    }
    for (int t = 0; t < k; t++) {
      weights[t] = gamma[t] / norm;
    }
    return weights;
  }

  private Map<String, Integer> index() {
    if (index == null) {
      Map<String, Integer> m = new HashMap<>(vocabulary.length * 2);
      for (int i = 0; i < vocabulary.length; i++) {
        m.put(vocabulary[i], i);
      }
      index = m;
    }
    return index;
  }

  private VariationalInference inference() {
    if (inference == null) {
      synchronized (this) {
        if (inference == null) {
          inference =
              ThreadLocal.withInitial(() -> new VariationalInference(alpha, gammaShape, seed));
        }
      }
    }
    return inference.get();
  }
}
