package org.newslens.analysis.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.VarianceThresholdSelectorModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.regression.LinearRegressionModel;
import org.apache.spark.sql.SparkSession;

/**
 * A model saved by {@code train-sentiment}: an MLlib {@link PipelineModel} (a ridge regression on
 * {@link SentimentFeatures}: the rule-based score, a sentence embedding and the rule-adjusted
 * valence of each lexicon word) whose prediction, clipped to [-1, 1], is the sentence score.
 */
public final class TrainedSentenceModel implements SentenceModel {
  /** Columns the saved pipeline reads and writes. */
  public static final String TEXT = "text";

  public static final String PREDICTION = "prediction";

  /**
   * File in the model folder naming the feature layout ({@link SentimentFeatures#LAYOUT}) the model
   * was fitted on.
   */
  public static final String LAYOUT_FILE = "newslens-features.txt";

  private final PipelineModel pipeline;
  private final String id;
  private final String version;

  private TrainedSentenceModel(PipelineModel pipeline, String id, String version) {
    this.pipeline = pipeline;
    this.id = id;
    this.version = version;
  }

  /**
   * Saves a fitted pipeline and, beside it, the feature layout it was fitted on ({@link
   * #LAYOUT_FILE}).
   */
  public static void save(PipelineModel pipeline, String dir) throws IOException {
    pipeline.write().overwrite().save(dir);
    Path layout = new Path(dir, LAYOUT_FILE);
    FileSystem fs =
        layout.getFileSystem(SparkSession.active().sparkContext().hadoopConfiguration());
    try (FSDataOutputStream out = fs.create(layout, true)) {
      out.write((SentimentFeatures.LAYOUT + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Loads a model saved by {@link #save}; refuses one fitted on another feature layout (an older
   * version of {@code train-sentiment}), which would score garbage or fail mid-job.
   */
  public static TrainedSentenceModel load(String dir) {
    Path layout = new Path(dir, LAYOUT_FILE);
    String saved;
    try {
      FileSystem fs =
          layout.getFileSystem(SparkSession.active().sparkContext().hadoopConfiguration());
      try (FSDataInputStream in = fs.open(layout)) {
        saved = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
    } catch (IOException e) {
      saved = "(none: " + e.getMessage() + ")";
    }
    if (!saved.equals(SentimentFeatures.LAYOUT)) {
      throw new IllegalArgumentException(
          "sentiment model "
              + dir
              + " was fitted on features "
              + saved
              + ", this version computes "
              + SentimentFeatures.LAYOUT
              + ": train it again with train-sentiment");
    }
    PipelineModel pipeline = PipelineModel.load(dir);
    return new TrainedSentenceModel(
        pipeline, "trained:" + layout.getParent().getName(), pipeline.uid());
  }

  /** The saved pipeline (selector and regression over {@link SentimentFeatures}). */
  PipelineModel pipeline() {
    return pipeline;
  }

  /**
   * The pipeline's prediction for one sentence, clipped to [-1, 1], computed as its stages do: the
   * variance selector keeps the fitted feature indices, then the ridge regression adds its
   * intercept to the dot product with its coefficients (summed in index order, as MLlib does).
   */
  @Override
  public SentenceScorer scorer() {
    VarianceThresholdSelectorModel selector = null;
    LinearRegressionModel regression = null;
    for (Transformer stage : pipeline.stages()) {
      if (stage instanceof VarianceThresholdSelectorModel s) {
        selector = s;
      } else if (stage instanceof LinearRegressionModel r) {
        regression = r;
      }
    }
    if (selector == null || regression == null) {
      throw new IllegalStateException("sentiment model " + id + " is not a selector + regression");
    }
    int[] position = new int[SentimentFeatures.SIZE];
    java.util.Arrays.fill(position, -1);
    int[] selected = selector.selectedFeatures();
    for (int i = 0; i < selected.length; i++) {
      position[selected[i]] = i;
    }
    double[] coefficients = regression.coefficients().toArray();
    double intercept = regression.intercept();
    return text -> {
      SparseVector features = (SparseVector) SentimentFeatures.features(text);
      int[] indices = features.indices();
      double[] values = features.values();
      double dot = 0.0;
      for (int k = 0; k < indices.length; k++) {
        int p = position[indices[k]];
        if (p >= 0) {
          dot += values[k] * coefficients[p];
        }
      }
      double prediction = dot + intercept;
      return Math.max(-1.0, Math.min(1.0, prediction));
    };
  }

  @Override
  public double neutralBand() {
    return SentimentLabels.HUMAN_BAND;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }
}
