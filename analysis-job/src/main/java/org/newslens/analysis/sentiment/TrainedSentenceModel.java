package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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

  /**
   * Scores {@code textColumn}; the frame must not hold another column named {@code text}, which the
   * saved pipeline reads. Null text is scored as empty text.
   */
  @Override
  public Dataset<Row> withSentenceScore(
      Dataset<Row> sentences, String textColumn, String scoreColumn) {
    String[] original = sentences.columns();
    if (!textColumn.equals(TEXT) && java.util.Arrays.asList(original).contains(TEXT)) {
      throw new IllegalArgumentException(
          "the frame already has a column " + TEXT + " besides " + textColumn);
    }
    Dataset<Row> in =
        SentimentFeatures.withFeatures(
            sentences.withColumn(TEXT, coalesce(col(textColumn), lit(""))), TEXT);
    Dataset<Row> out =
        pipeline
            .transform(in)
            .withColumn(scoreColumn, greatest(lit(-1.0), least(lit(1.0), col(PREDICTION))));
    Column[] keep = new Column[original.length + 1];
    for (int i = 0; i < original.length; i++) {
      keep[i] = col(original[i]);
    }
    keep[original.length] = col(scoreColumn);
    return out.select(keep);
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
