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
 * The lexicon features a trained model sees beside its n-grams: the rule-based compound score, the raw valence sum,
 * and the compound score's positive and negative parts. Added before the saved pipeline runs, in training and in
 * scoring alike.
 */
public final class SentimentFeatures {
  public static final String LEXICON_FEATURES = "lexicon_features";

  private static final UserDefinedFunction FEATURES = udf(
      (UDF1<String, Vector>) SentimentFeatures::lexiconFeatures, SQLDataTypes.VectorType());

  private SentimentFeatures() {}

  /** [compound, valence sum / 4, max(compound, 0), min(compound, 0)] of a sentence. */
  public static Vector lexiconFeatures(String text) {
    LexiconScorer scorer = LexiconScorer.get();
    double sum = text == null ? 0.0 : scorer.valenceSum(text);
    double compound = LexiconScorer.normalize(sum);
    return Vectors.dense(compound, sum / 4.0, Math.max(compound, 0.0), Math.min(compound, 0.0));
  }

  public static Dataset<Row> withLexiconFeatures(Dataset<Row> frame, String textColumn) {
    return frame.withColumn(LEXICON_FEATURES, FEATURES.apply(col(textColumn)));
  }
}
