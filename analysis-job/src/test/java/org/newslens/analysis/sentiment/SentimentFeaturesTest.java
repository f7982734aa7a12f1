package org.newslens.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.ml.linalg.Vector;
import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {
  private static final int EMBEDDING = 1;
  private static final int WORDS = 1 + SentenceEmbedder.DIMENSIONS;

  private static double word(Vector v, String word) {
    return v.apply(WORDS + SentimentFeatures.wordBucket(word));
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  @Test
  void vectorStartsWithTheRuleScoreAsTheBackbone() {
    String s = "The new bridge is a terrible waste of money.";
    Vector v = SentimentFeatures.features(s);
    assertEquals(SentimentFeatures.SIZE, v.size());
    assertEquals(
        LexiconScorer.get().score(s) * SentimentFeatures.COMPOUND_WEIGHT, v.apply(0), 1e-9);
    assertTrue(v.apply(0) < 0);
  }

  @Test
  void vectorCarriesTheWholeSentenceEmbedding() {
    Vector v = SentimentFeatures.features("The mayor opened the new library on Monday.");
    double norm = 0;
    int nonZero = 0;
    for (int i = EMBEDDING; i < WORDS; i++) {
      norm += v.apply(i) * v.apply(i);
      nonZero += v.apply(i) != 0 ? 1 : 0;
    }
    assertTrue(
        nonZero > SentenceEmbedder.DIMENSIONS / 2,
        "embedding slice is mostly non-zero: " + nonZero);
    // the embedding is unit length, scaled by the group weight
    assertEquals(SentimentFeatures.EMBEDDING_WEIGHT, Math.sqrt(norm), 1e-3);
  }

  @Test
  void eachSentimentWordGetsItsRuleAdjustedValenceInItsOwnBucket() {
    Vector plain = SentimentFeatures.features("The committee did a good job.");
    Vector negated = SentimentFeatures.features("The committee did not do a good job.");
    assertTrue(word(plain, "good") > 0);
    assertTrue(word(negated, "good") < 0, "negation reaches the word feature");
    assertEquals(0.0, word(plain, "committee"), 0.0);
    double valence = LexiconScorer.get().read("The committee did a good job.").valences()[4];
    assertEquals(valence / 4 * SentimentFeatures.WORD_WEIGHT, word(plain, "good"), 1e-9);
  }

  @Test
  void emptyOrMissingTextHasNoFeatures() {
    assertEquals(0, SentimentFeatures.features("").numNonzeros());
    assertEquals(0, SentimentFeatures.features(null).numNonzeros());
    assertEquals(0, SentimentFeatures.features("   ").numNonzeros());
  }

  @Test
  void embeddingsPlaceParaphrasesCloserThanUnrelatedSentences() {
    float[] a = SentenceEmbedder.embed("The city council approved the school budget.");
    float[] b = SentenceEmbedder.embed("Council members voted to pass the budget for schools.");
    float[] c = SentenceEmbedder.embed("Heavy rain flooded the valley overnight.");
    assertTrue(cosine(a, b) > cosine(a, c) + 0.2, cosine(a, b) + " vs " + cosine(a, c));
  }

  @Test
  void wordBucketsAreStableAcrossRunsAndInRange() {
    assertEquals(
        Math.floorMod("disaster".hashCode(), SentimentFeatures.WORD_BUCKETS),
        SentimentFeatures.wordBucket("disaster"));
    assertTrue(SentimentFeatures.SIZE <= 4096, "within the normal-equation solver's limit");
  }
}
