package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Fits the trainable sentence model: labelled rows → {@link PipelineModel} scoring {@code text} in [-1, 1]. */
public final class SentimentTraining {
  public static final String TARGET = "target";
  /** Fields read from the labels file. */
  public static final StructType LABELS = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("score", DataTypes.DoubleType)
      .add("label", DataTypes.StringType);
  static final int HASH_FEATURES = 1 << 16;
  static final long SEED = 42L;

  private SentimentTraining() {}

  /**
   * Rows with a usable target: {@code score / scale} clipped to [-1, 1], else the label as +1, 0 or -1; rows with
   * neither (or no text) are dropped. {@code scale} 0 means: 4 if any |score| exceeds 1, else 1.
   */
  public static Dataset<Row> withTarget(Dataset<Row> labels, double scale) {
    double s = scale;
    if (s == 0) {
      Row m = labels.agg(max(abs(col("score")))).first();
      s = !m.isNullAt(0) && m.getDouble(0) > 1.0 ? 4.0 : 1.0;
    }
    Column label = lower(trim(col("label")));
    Column fromLabel = when(label.isin("positive", "pos"), lit(1.0))
        .when(label.isin("negative", "neg"), lit(-1.0))
        .when(label.isin("neutral", "neu"), lit(0.0));
    Column fromScore = org.apache.spark.sql.functions.greatest(lit(-1.0),
        org.apache.spark.sql.functions.least(lit(1.0), col("score").divide(s)));
    return labels
        .withColumn(TARGET, when(col("score").isNotNull(), fromScore).otherwise(fromLabel))
        .filter(col(TARGET).isNotNull().and(col("text").isNotNull()));
  }

  /**
   * The unfitted pipeline: tokens → TF-IDF (words seen in at least two training sentences) + lexicon features →
   * ridge regression without standardisation. The lexicon features are weighted ({@link
   * SentimentFeatures#LEXICON_WEIGHT}) so that the penalty falls mainly on the many sparse word weights: with a
   * thousand or so labelled sentences the words can only correct the rules, not replace them. Bigrams were tried and
   * added nothing at this data size.
   */
  static Pipeline pipeline(LinearRegression regression) {
    RegexTokenizer tokens = new RegexTokenizer().setInputCol(TrainedSentenceModel.TEXT).setOutputCol("tokens")
        .setPattern("[^\\p{L}\\p{N}'’]+").setToLowercase(true);
    HashingTF tf = new HashingTF().setInputCol("tokens").setOutputCol("tf").setNumFeatures(HASH_FEATURES);
    IDF idf = new IDF().setInputCol("tf").setOutputCol("tfidf").setMinDocFreq(2);
    VectorAssembler features = new VectorAssembler()
        .setInputCols(new String[] {"tfidf", SentimentFeatures.LEXICON_FEATURES})
        .setOutputCol("features");
    return new Pipeline().setStages(new PipelineStage[] {tokens, tf, idf, features,
        regression.setFeaturesCol("features").setLabelCol(TARGET)
            .setPredictionCol(TrainedSentenceModel.PREDICTION)});
  }

  /** The fitted model and the regularisation cross-validation chose. */
  public record Fit(PipelineModel model, double regParam, double elasticNet, double cvRmse) {}

  /** Fits on {@code training} (with {@link #TARGET} and {@code text}); the ridge strength by 3-fold CV on it. */
  public static Fit fit(Dataset<Row> training) {
    Dataset<Row> in = SentimentFeatures.withLexiconFeatures(training, TrainedSentenceModel.TEXT).cache();
    LinearRegression regression = new LinearRegression().setMaxIter(100).setStandardization(false);
    Pipeline pipeline = pipeline(regression);
    ParamMap[] grid = new ParamGridBuilder()
        .addGrid(regression.regParam(), new double[] {0.3, 1.0, 3.0})
        .addGrid(regression.elasticNetParam(), new double[] {0.0})
        .build();
    CrossValidator cv = new CrossValidator().setEstimator(pipeline).setEstimatorParamMaps(grid).setNumFolds(3)
        .setSeed(SEED).setEvaluator(new RegressionEvaluator().setLabelCol(TARGET)
            .setPredictionCol(TrainedSentenceModel.PREDICTION).setMetricName("rmse"));
    CrossValidatorModel best = cv.fit(in);
    double[] metrics = best.avgMetrics();
    int arg = 0;
    for (int i = 1; i < metrics.length; i++) {
      if (metrics[i] < metrics[arg]) {
        arg = i;
      }
    }
    PipelineModel model = (PipelineModel) best.bestModel();
    in.unpersist();
    double regParam = (Double) grid[arg].apply(regression.regParam());
    double elasticNet = (Double) grid[arg].apply(regression.elasticNetParam());
    return new Fit(model, regParam, elasticNet, metrics[arg]);
  }
}
