package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A model saved by {@code train-sentiment}: an MLlib {@link PipelineModel} (tokens → n-grams → TF-IDF, assembled
 * with {@link SentimentFeatures} → linear regression) whose prediction, clipped to [-1, 1], is the sentence score.
 */
public final class TrainedSentenceModel implements SentenceModel {
  /** Columns the saved pipeline reads and writes. */
  public static final String TEXT = "text";
  public static final String PREDICTION = "prediction";

  private final PipelineModel pipeline;
  private final String id;
  private final String version;

  private TrainedSentenceModel(PipelineModel pipeline, String id, String version) {
    this.pipeline = pipeline;
    this.id = id;
    this.version = version;
  }

  public static TrainedSentenceModel load(String dir) {
    PipelineModel pipeline = PipelineModel.load(dir);
    String name = new org.apache.hadoop.fs.Path(dir).getName();
    return new TrainedSentenceModel(pipeline, "trained:" + name, pipeline.uid());
  }

  /**
   * Scores {@code textColumn}; the frame must not hold another column named {@code text}, which the saved pipeline
   * reads. Null text is scored as empty text.
   */
  @Override
  public Dataset<Row> withSentenceScore(Dataset<Row> sentences, String textColumn, String scoreColumn) {
    String[] original = sentences.columns();
    if (!textColumn.equals(TEXT) && java.util.Arrays.asList(original).contains(TEXT)) {
      throw new IllegalArgumentException("the frame already has a column " + TEXT + " besides " + textColumn);
    }
    Dataset<Row> in = SentimentFeatures.withLexiconFeatures(
        sentences.withColumn(TEXT, coalesce(col(textColumn), lit(""))), TEXT);
    Dataset<Row> out = pipeline.transform(in)
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
