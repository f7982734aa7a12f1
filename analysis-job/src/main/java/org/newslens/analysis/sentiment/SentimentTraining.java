package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.VarianceThresholdSelector;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the trainable sentence model: labelled rows → {@link PipelineModel} scoring {@code text} in
 * [-1, 1].
 */
public final class SentimentTraining {
  public static final String TARGET = "target";

  /** Fields read from the labels file. */
  public static final StructType LABELS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("label", DataTypes.StringType);

  private static final Logger LOG = LoggerFactory.getLogger(SentimentTraining.class);

  private SentimentTraining() {}

  /**
   * Rows with a usable target: {@code score / scale} clipped to [-1, 1], else the label as +1, 0 or
   * -1; rows with neither (or no text) are dropped. {@code scale} 0 means: 4 if any |score| exceeds
   * 1, else 1.
   */
  public static Dataset<Row> withTarget(Dataset<Row> labels, double scale) {
    double s = scale;
    if (s == 0) {
      Row m = labels.agg(max(abs(col("score")))).first();
      s = !m.isNullAt(0) && m.getDouble(0) > 1.0 ? 4.0 : 1.0;
    }
    Column label = lower(trim(col("label")));
    Column fromLabel =
        when(label.isin("positive", "pos"), lit(1.0))
            .when(label.isin("negative", "neg"), lit(-1.0))
            .when(label.isin("neutral", "neu"), lit(0.0));
    Column fromScore = greatest(lit(-1.0), least(lit(1.0), col("score").divide(s)));
    return labels
        .withColumn(TARGET, when(col("score").isNotNull(), fromScore).otherwise(fromLabel))
        .filter(col(TARGET).isNotNull().and(col("text").isNotNull()));
  }

  /**
   * Regularisation strengths tried by cross-validation (MLlib's regParam; the label is standardised
   * inside).
   */
  static final double[] REG_PARAMS = {0.0025, 0.005, 0.01, 0.02, 0.04};

  static final int FOLDS = 5;
  static final String FOLD = "fold";
  static final String SELECTED = "selected_features";

  /**
   * The unfitted pipeline: the features that vary in the training rows (word buckets no training
   * sentence uses are dropped) → ridge regression of {@link #TARGET} on them, without
   * standardisation, so that the group scales of {@link SentimentFeatures} set how strongly each
   * group is shrunk. Solved exactly from the normal equations, which need the constant columns gone
   * (else the system is singular and MLlib falls back to an iterative solver that gave up on these
   * features: "line search zoom failed").
   */
  static Pipeline pipeline(double regParam) {
    VarianceThresholdSelector varying =
        new VarianceThresholdSelector()
            .setVarianceThreshold(0.0)
            .setFeaturesCol(SentimentFeatures.FEATURES)
            .setOutputCol(SELECTED);
    LinearRegression regression =
        new LinearRegression()
            .setSolver("normal")
            .setStandardization(false)
            .setRegParam(regParam)
            .setElasticNetParam(0.0)
            .setFeaturesCol(SELECTED)
            .setLabelCol(TARGET)
            .setPredictionCol(TrainedSentenceModel.PREDICTION);
    return new Pipeline().setStages(new PipelineStage[] {varying, regression});
  }

  /**
   * Adds {@link #FOLD} in [0, folds): a hash of the document (the id part before the first {@code
   * _}), so that all sentences of one document fall in the same fold; a row without an id is its
   * own document.
   */
  static Dataset<Row> withFold(Dataset<Row> rows, int folds) {
    Column document = coalesce(EditorialSplit.document(col("id")), col("text"));
    return rows.withColumn(FOLD, pmod(xxhash64(document), lit(folds)).cast("int"));
  }

  /**
   * The fitted model, the regularisation chosen and the cross-validated Pearson r of every strength
   * tried (pooled over the held-out folds).
   */
  public record Fit(
      PipelineModel model,
      double regParam,
      double cvPearson,
      Map<Double, Double> cvPearsonByRegParam,
      int folds) {}

  /**
   * Fits on {@code training} (with {@link #TARGET}, {@code text} and {@code id}). The
   * regularisation strength is the one with the highest Pearson r in {@link #FOLDS}-fold
   * cross-validation grouped by document, so that a document's sentences are never on both sides of
   * a fold; the final model is then fitted on all rows.
   */
  public static Fit fit(Dataset<Row> training) {
    return fit(training, REG_PARAMS, FOLDS);
  }

  /** {@link #fit(Dataset)} with the strengths to try and the number of folds given. */
  static Fit fit(Dataset<Row> training, double[] regParams, int folds) {
    Dataset<Row> in =
        withFold(SentimentFeatures.withFeatures(training, TrainedSentenceModel.TEXT), folds)
            .select(col("id"), col(TARGET), col(SentimentFeatures.FEATURES), col(FOLD))
            .cache();
    in.count();
    Map<Double, Double> byParam = new LinkedHashMap<>();
    double best = Double.NaN;
    double bestR = Double.NEGATIVE_INFINITY;
    for (double regParam : regParams) {
      Dataset<Row> heldOut = null;
      for (int k = 0; k < folds; k++) {
        PipelineModel m = pipeline(regParam).fit(in.filter(col(FOLD).notEqual(k)));
        Dataset<Row> p =
            m.transform(in.filter(col(FOLD).equalTo(k)))
                .select(TARGET, TrainedSentenceModel.PREDICTION);
        heldOut = heldOut == null ? p : heldOut.union(p);
      }
      double r = heldOut.stat().corr(TARGET, TrainedSentenceModel.PREDICTION);
      byParam.put(regParam, r);
      LOG.info("cross-validation: regParam {} -> Pearson r {}", regParam, String.format("%.4f", r));
      if (r > bestR) {
        bestR = r;
        best = regParam;
      }
    }
    PipelineModel model = pipeline(best).fit(in);
    in.unpersist();
    return new Fit(model, best, bestR, byParam, folds);
  }
}
