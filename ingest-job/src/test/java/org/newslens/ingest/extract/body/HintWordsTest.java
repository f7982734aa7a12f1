package org.newslens.ingest.extract.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HintWordsTest {
  @Test
  void aPlainWordIsFoundInsideALongerClassWord() {
    HintWords words = HintWords.of("comment");
    assertTrue(words.foundIn("article-comments wrap"));
    assertFalse(words.foundIn("article-body"));
  }

  @Test
  void aWordBoundAtItsStartNeedsTheStringStartOrASeparatorBeforeIt() {
    HintWords words = HintWords.of("|nav");
    assertTrue(words.foundIn("nav-main"));
    assertTrue(words.foundIn("site_navbar"));
    assertFalse(words.foundIn("canvas"));
  }

  @Test
  void aWordBoundAtBothEdgesIsAWholeClassWord() {
    HintWords words = HintWords.of("|ads?|");
    assertTrue(words.foundIn("ad"));
    assertTrue(words.foundIn("top-ads wide"));
    assertFalse(words.foundIn("heading"));
    assertFalse(words.foundIn("ads2"));
  }

  @Test
  void aQuestionMarkMakesTheCharacterBeforeItOptional() {
    HintWords words = HintWords.of("more-?stories");
    assertTrue(words.foundIn("morestories"));
    assertTrue(words.foundIn("x-more-stories"));
    assertFalse(words.foundIn("more_stories"));
  }

  @Test
  void aCharacterOutsideTheWordsEndsTheWalkWithoutAMatch() {
    assertFalse(HintWords.of("share").foundIn("sh\u00e4re"));
  }

  @Test
  void aWordWithOtherCharactersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> HintWords.of("Share"));
  }
}
