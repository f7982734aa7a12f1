package org.newslens.analysis.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NmiTest {
  @Test
  void identicalPartitionsUnderOtherNamesScoreOne() {
    assertEquals(1.0, Nmi.score(List.of("a", "a", "b", "b", "c"), List.of(2, 2, 0, 0, 1)), 1e-12);
  }

  @Test
  void mergingTwoClassesScoresTheArithmeticNormalisedValue() {
    // H(truth) = ln 3, H(pred) = ln 3 - (2/3) ln 2, I = H(pred): 2 I / (H(truth) + H(pred)) =
    // 0.73368.
    assertEquals(0.73368, Nmi.score(List.of(0, 0, 1, 1, 2, 2), List.of(0, 0, 1, 1, 1, 1)), 1e-5);
  }

  @Test
  void independentLabellingsScoreZero() {
    assertEquals(0.0, Nmi.score(List.of(0, 0, 1, 1), List.of(0, 1, 0, 1)), 1e-12);
  }
}
