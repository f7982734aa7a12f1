package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;

/**
 * The lexicon features a trained model sees beside its n-grams, from {@link LexiconScorer#evidence}: the rule-based
 * score, its positive and negative parts, the positive and negative valence sums (scaled to about [-1, 1]), the share
 * of tokens with a valence, and whether the sentence is a question. Added before the saved pipeline runs, in training
 * and in scoring alike.
 */
public final class SentimentFeatures {
  public static final String LEXICON_FEATURES = "lexicon_features";
  /** Scale of the lexicon features, so that an unstandardised ridge penalty barely shrinks their weights. */
  public static final double LEXICON_WEIGHT = 10.0;

  private static final UserDefinedFunction FEATURES = udf(
      (UDF1<String, Vector>) SentimentFeatures::lexiconFeatures, SQLDataTypes.VectorType());

  private SentimentFeatures() {}

  /** The feature vector of one sentence (see the class comment for its order). */
  public static Vector lexiconFeatures(String text) {
    LexiconScorer.Evidence e = LexiconScorer.get().evidence(text);
    double score = LexiconScorer.normalize(e.sum());
    boolean question = text != null && text.strip().endsWith("?");
    double[] f = {score, Math.max(score, 0.0), Math.min(score, 0.0), e.positive() / 4.0, e.negative() / 4.0,
        e.tokens() == 0 ? 0.0 : (double) e.hits() / e.tokens(), question ? 1.0 : 0.0};
    for (int i = 0; i < f.length; i++) {
      f[i] *= LEXICON_WEIGHT;
    }
    return Vectors.dense(f);
  }

  public static Dataset<Row> withLexiconFeatures(Dataset<Row> frame, String textColumn) {
    return frame.withColumn(LEXICON_FEATURES, FEATURES.apply(col(textColumn)));
  }
}
