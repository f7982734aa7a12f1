package org.newslens.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleSentimentTest {
  private static final Map<String, Double> SCORES =
      Map.of("Good start.", 0.5, "Bad end.", -0.3, "Plain.", 0.0, "Also good.", 0.5);
  private static final SentenceScorer FIXED = SCORES::get;

  @Test
  void articleScoreIsTheMeanOfItsSentencesWithSharesAndExtremes() {
    ArticleSentiment a =
        ArticleSentiment.of(null, "Good start. Bad end. Plain. Also good.", FIXED, 1e-6);
    assertEquals(4, a.sentences());
    assertEquals(0.175, a.score(), 1e-12);
    assertEquals(0.5, a.positiveShare(), 1e-12);
    assertEquals(0.25, a.negativeShare(), 1e-12);
    assertEquals(0.25, a.neutralShare(), 1e-12);
    assertEquals("positive", a.label());
    assertEquals("Good start.", a.mostPositiveSentence()); // the earliest of the ties
    assertEquals(0.5, a.mostPositiveScore());
    assertEquals("Bad end.", a.mostNegativeSentence());
    assertEquals(-0.3, a.mostNegativeScore());
  }

  @Test
  void titleIsTheFirstSentence() {
    ArticleSentiment a =
        ArticleSentiment.of("Plain", "Bad end.", s -> s.startsWith("Bad") ? -1 : 0, 1e-6);
    assertEquals(2, a.sentences());
    assertEquals(-0.5, a.score(), 1e-12);
    assertEquals("Plain", a.mostPositiveSentence());
  }

  @Test
  void articleWithoutSentencesHasNoScore() {
    ArticleSentiment a = ArticleSentiment.of(null, "  \n ", FIXED, 1e-6);
    assertEquals(0, a.sentences());
    assertNull(a.score());
    assertNull(a.label());
    assertNull(a.positiveShare());
    assertNull(a.mostNegativeSentence());
  }
}
