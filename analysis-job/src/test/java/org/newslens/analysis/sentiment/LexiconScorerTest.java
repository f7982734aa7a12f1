package org.newslens.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconScorerTest {
  /** VADER's rules alone, so that the published behaviour is checked without our news changes. */
  private final LexiconScorer vader = new LexiconScorer(NewsAdjustments.none());

  private final LexiconScorer news = LexiconScorer.get();

  private double raw(String s) {
    return vader.valenceSum(s);
  }

  @Test
  void scoresAPlainPositiveWordWithItsLexiconValenceNormalised() {
    double good = raw("The plan is good");
    assertEquals(1.9, good, 1e-9); // "good" is 1.9 in the VADER lexicon
    assertEquals(1.9 / Math.sqrt(1.9 * 1.9 + 15), vader.score("The plan is good"), 1e-9);
  }

  @Test
  void givesZeroToTextWithoutSentimentWords() {
    assertEquals(0.0, vader.score("The council met on Tuesday in the town hall"), 0.0);
    assertEquals(0.0, vader.score(""), 0.0);
    assertEquals(0.0, vader.score(null), 0.0);
  }

  @Test
  void negationFlipsAndDampensTheNextWords() {
    assertEquals(1.9 * -0.74, raw("The plan is not good"), 1e-9);
    assertEquals(1.9 * -0.74, raw("The plan isn't very good") - (0.293 * -0.74), 1e-9);
    assertTrue(raw("The plan was never good") < 0);
  }

  @Test
  void negationReachesThreeWordsBackButNoFurther() {
    assertTrue(raw("it is not really good") < 0);
    assertTrue(raw("not at all the plan is good") > 0);
  }

  @Test
  void boostersAndDampenersChangeTheIntensity() {
    double plain = raw("The plan is good");
    assertEquals(plain + 0.293, raw("The plan is very good"), 1e-9);
    assertEquals(plain - 0.293, raw("The plan is slightly good"), 1e-9);
    assertEquals(plain + 0.293 * 0.95, raw("The plan is very much good"), 1e-9);
    assertEquals(
        -1.9 - 0.293,
        raw("The plan is very bad") + 2.5 - 1.9,
        1e-9); // boosters push away from zero
  }

  @Test
  void butHalvesWhatComesBeforeAndWeighsWhatFollows() {
    double good = 1.9;
    double bad = -2.5;
    assertEquals(0.5 * good + 1.5 * bad, raw("The idea is good but the execution is bad"), 1e-9);
  }

  @Test
  void allCapsWordAmongLowerCaseWordsIsEmphasised() {
    assertEquals(1.9 + 0.733, raw("The plan is GOOD"), 1e-9);
    assertEquals(
        1.9, raw("THE PLAN IS GOOD"), 1e-9); // all words in capitals: no difference to mark
  }

  @Test
  void exclamationMarksAddUpToFourAndQuestionMarksFromTwo() {
    assertEquals(1.9 + 0.292, raw("The plan is good!"), 1e-9);
    assertEquals(1.9 + 4 * 0.292, raw("The plan is good!!!!!!"), 1e-9);
    assertEquals(1.9, raw("The plan is good?"), 1e-9);
    assertEquals(1.9 + 2 * 0.18, raw("The plan is good??"), 1e-9);
  }

  @Test
  void leastNegatesUnlessAtLeast() {
    assertTrue(raw("the least good plan") < 0);
    assertTrue(raw("at least a good plan") > 0);
  }

  @Test
  void kindOfDampensAndIsNotScoredItself() {
    assertTrue(raw("the plan is kind of good") < raw("the plan is good"));
  }

  @Test
  void idiomsReplaceTheValenceOfTheirWords() {
    assertEquals(-2.0, raw("the company is in the red"), 1e-9);
    assertEquals(0.0, raw("wait at the bus stop"), 1e-9);
  }

  @Test
  void capitalisedWordsInsideASentenceAreNamesInNewsMode() {
    assertTrue(vader.score("He spoke to the Justice Department") > 0);
    assertEquals(0.0, news.score("He spoke to the Justice Department"), 0.0);
    assertTrue(news.score("Justice was done") > 0);
  }

  @Test
  void topicPhrasesCarryNoValenceInNewsMode() {
    assertTrue(vader.score("The bill covers health care") > 0);
    assertEquals(0.0, news.score("The bill covers health care"), 0.0);
  }

  @Test
  void negatedNegativeWordsAreNeutralisedNotPraisedInNewsMode() {
    assertTrue(vader.score("The outcome was not bad") > 0);
    assertEquals(0.0, news.score("The outcome was not bad"), 0.0);
    assertTrue(news.score("The outcome was not good") < 0);
  }

  @Test
  void praiseWeighsLessThanBlameInNewsMode() {
    assertEquals(0.6 * 1.9, news.valenceSum("The plan is good"), 1e-9);
    assertEquals(-2.5, news.valenceSum("The plan is bad"), 1e-9);
  }

  @Test
  void tooBeforeAWordIsCriticismInNewsMode() {
    assertTrue(news.score("The response came too late") < 0);
    assertEquals(0.0, news.score("She came too."), 0.0);
  }

  @Test
  void likeCountsOnlyAsAVerbInNewsMode() {
    assertEquals(0.0, news.score("Cities like Boston grew"), 0.0);
    assertTrue(news.score("They like the plan") > 0);
  }

  @Test
  void inflectedFormsFallBackToTheLexiconWordInNewsMode() {
    assertEquals(0.0, vader.score("it sabotaged them"), 0.0); // only "sabotage" is in the lexicon
    assertTrue(news.score("it sabotaged them") < 0);
  }

  @Test
  void scoresStayWithinMinusOneAndOne() {
    assertTrue(news.score("HORRIBLE HORRIBLE awful terrible disaster catastrophe!!!!") >= -1.0);
    assertTrue(news.score("wonderful wonderful great excellent superb amazing!!!!") <= 1.0);
  }

  @Test
  void readingKeepsEachWordsValenceAfterTheRulesAndSumsThem() {
    LexiconScorer.Reading r = vader.read("The idea is not good but the result is very bad");
    int good = java.util.Arrays.asList(r.words()).indexOf("good");
    int bad = java.util.Arrays.asList(r.words()).indexOf("bad");
    assertEquals(0.5 * 1.9 * -0.74, r.valences()[good], 1e-9); // negated, then halved before "but"
    assertEquals(
        1.5 * (-2.5 - 0.293), r.valences()[bad], 1e-9); // boosted, then weighed after "but"
    assertEquals(0.0, r.valences()[java.util.Arrays.asList(r.words()).indexOf("idea")], 0.0);
    assertEquals(java.util.Arrays.stream(r.valences()).sum(), r.sum(), 1e-12);
  }

  @Test
  void readsAWordTheSameWhetherItsThreadHasSeenItOrNot() {
    // the same characters in another case, and after the thread's memo filled and started afresh
    String[] sentences = {
      "The GREAT plan is not good, but the staff are great!",
      "Great, the plan is great.",
      "The plan is GREAT and the Great Hall is grand"
    };
    LexiconScorer warm = new LexiconScorer(NewsAdjustments.load());
    double[] before = new double[sentences.length];
    for (int k = 0; k < sentences.length; k++) {
      before[k] = warm.score(sentences[k]);
    }
    StringBuilder many = new StringBuilder();
    for (int k = 0; k < LexiconScorer.MAX_REMEMBERED_TOKENS + 10; k++) {
      many.append("w").append(k).append(k % 50 == 49 ? ".\n" : " ");
    }
    assertEquals(0.0, warm.score(many.toString()), 0.0);
    for (int k = 0; k < sentences.length; k++) {
      LexiconScorer fresh = new LexiconScorer(NewsAdjustments.load());
      assertEquals(fresh.score(sentences[k]), before[k], 0.0);
      assertEquals(before[k], warm.score(sentences[k]), 0.0);
      assertEquals(
          fresh.read(sentences[k]).valences().length, warm.read(sentences[k]).words().length);
      assertArrayEquals(fresh.read(sentences[k]).words(), warm.read(sentences[k]).words());
    }
    assertTrue(before[0] != before[1]);
    // "great" is 3.1 in the lexicon; only the word in capitals among mixed-case words gains 0.733
    LexiconScorer rules = new LexiconScorer(NewsAdjustments.none());
    rules.score(many.toString());
    for (int round = 0; round < 2; round++) {
      assertEquals(
          3.1 + 0.733 + 3.1, rules.valenceSum("The plan is GREAT and the staff are great"), 1e-9);
      assertEquals(
          3.1 + 3.1 + 0.733, rules.valenceSum("The plan is great and the staff are GREAT"), 1e-9);
    }
  }
}
