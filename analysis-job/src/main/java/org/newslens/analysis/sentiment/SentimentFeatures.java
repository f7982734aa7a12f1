package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.TreeMap;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;

/**
 * What the trained model sees of a sentence, one sparse vector of {@link #SIZE} numbers, added
 * before the saved pipeline runs, in training and in scoring alike:
 *
 * <ol>
 *   <li>index 0: the rule-based compound score ({@link LexiconScorer#score}), the backbone the
 *       model corrects;
 *   <li>indices 1..384: the sentence embedding ({@link SentenceEmbedder});
 *   <li>the next {@link #WORD_BUCKETS}: each sentiment word's valence after the rules (negation,
 *       boosters, "but"), divided by 4, in the bucket of the word ({@link #wordBucket}), so that
 *       the model can reweight single lexicon words while keeping what the rules did to them. 2,048
 *       buckets keep the whole vector within the 4,096 features that MLlib's exact
 *       (normal-equation) solver takes; in cross-validation they scored the same as one feature per
 *       word.
 * </ol>
 *
 * The groups are scaled ({@link #COMPOUND_WEIGHT}, {@link #EMBEDDING_WEIGHT}, {@link #WORD_WEIGHT})
 * because the regression penalises unstandardised weights: a larger scale is a weaker penalty for
 * that group. Scales and layout were chosen by cross-validation grouped by editorial on one half of
 * the sentence benchmark (docs/evaluation.md, "Sentiment").
 */
public final class SentimentFeatures {
  public static final String FEATURES = "sentence_features";

  /**
   * Names the layout above; saved with a model so that a model from another layout is refused on
   * load.
   */
  public static final String LAYOUT =
      "compound+" + SentenceEmbedder.MODEL_ID + "-384+lexicon-words-2048/v2";

  public static final int WORD_BUCKETS = 1 << 11;
  public static final int SIZE = 1 + SentenceEmbedder.DIMENSIONS + WORD_BUCKETS;
  static final double COMPOUND_WEIGHT = 1.5;
  static final double EMBEDDING_WEIGHT = 3.0;
  static final double WORD_WEIGHT = 3.0;

  private static final UserDefinedFunction UDF =
      udf((UDF1<String, Vector>) SentimentFeatures::features, SQLDataTypes.VectorType());

  private SentimentFeatures() {}

  /**
   * The feature vector of one sentence (see the class comment for its layout); null text is empty
   * text.
   */
  public static Vector features(String text) {
    LexiconScorer.Reading reading = LexiconScorer.get().read(text);
    TreeMap<Integer, Double> sparse = new TreeMap<>();
    double compound = LexiconScorer.normalize(reading.sum());
    if (compound != 0) {
      sparse.put(0, compound * COMPOUND_WEIGHT);
    }
    float[] embedding = SentenceEmbedder.embed(text);
    for (int i = 0; i < embedding.length; i++) {
      if (embedding[i] != 0) {
        sparse.put(1 + i, embedding[i] * EMBEDDING_WEIGHT);
      }
    }
    int words = 1 + SentenceEmbedder.DIMENSIONS;
    for (int i = 0; i < reading.words().length; i++) {
      double v = reading.valences()[i];
      if (v != 0) {
        sparse.merge(words + wordBucket(reading.words()[i]), v / 4.0 * WORD_WEIGHT, Double::sum);
      }
    }
    int[] indices = new int[sparse.size()];
    double[] values = new double[sparse.size()];
    int k = 0;
    for (var e : sparse.entrySet()) {
      indices[k] = e.getKey();
      values[k++] = e.getValue();
    }
    return Vectors.sparse(SIZE, indices, values);
  }

  /**
   * The bucket of a lower-case word: {@link String#hashCode} (the same in every JVM) modulo the
   * bucket count.
   */
  static int wordBucket(String lowerWord) {
    return Math.floorMod(lowerWord.hashCode(), WORD_BUCKETS);
  }

  /** Adds {@link #FEATURES} for the string column {@code textColumn}. */
  public static Dataset<Row> withFeatures(Dataset<Row> frame, String textColumn) {
    return frame.withColumn(FEATURES, UDF.apply(col(textColumn)));
  }
}
