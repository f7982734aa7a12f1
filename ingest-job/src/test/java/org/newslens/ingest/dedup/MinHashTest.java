package org.newslens.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String STORY =
      "The council approved the new ferry terminal on Tuesday after a long debate about its cost."
          + " Residents of the harbour district had asked for a second public hearing, which the"
          + " council refused. Work on the terminal is to start in the spring and to end within two"
          + " years, the mayor said. The regional government pays for half of the building, the port"
          + " authority for the rest. Opponents say the money would be better spent on the roads"
          + " that lead to the harbour, which are closed for weeks every winter.";

  @Test
  void theSameTextHasTheSameSignatureWhateverItsCaseAndSpacing() {
    assertArrayEquals(
        MinHash.signature(STORY), MinHash.signature(STORY.toUpperCase().replace(" ", "  \n")));
    assertEquals(1.0, MinHash.similarity(MinHash.signature(STORY), MinHash.signature(STORY)));
  }

  @Test
  void aCopyWithOneSentenceAddedStaysSimilarAndAnotherStoryDoesNot() {
    double edited =
        MinHash.similarity(
            MinHash.signature(STORY),
            MinHash.signature(STORY + " A spokesman for the port declined to comment."));
    double other =
        MinHash.similarity(
            MinHash.signature(STORY),
            MinHash.signature(
                "The national team lost its second match of the tournament on Sunday, and its coach"
                    + " said he would not resign. The players were booed as they left the pitch."));
    assertTrue(edited > 0.7, "edited copy " + edited);
    assertTrue(other < 0.1, "other story " + other);
  }

  @Test
  void aTextWithoutWordsHasNoSignature() {
    assertNull(MinHash.signature(" \n -- "));
    assertNull(MinHash.signature(null));
    assertEquals(MinHash.BINS, MinHash.signature("one two").length);
  }
}
