package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSegmenterTest {
  private static final List<String> ORCHARD =
      List.of(
          "Growers in the Vale orchards have begun picking apples a fortnight early after a warm spring and a dry"
              + " summer, the growers' cooperative has said.",
          "The apple harvest is expected to be the largest in a decade, with pickers working through the weekend"
              + " to bring the fruit in before the first frosts.",
          "Orchard owners said the early harvest meant the apples were sweeter but smaller than usual, and that"
              + " cider makers had already ordered most of the crop.",
          "The cooperative said it would need more pickers for the pear harvest next month and would pay a bonus"
              + " to those who stayed for the whole apple season.",
          "Some orchards have lost trees to the drought, and growers have asked for help with the cost of"
              + " irrigation before next summer.");

  private static final List<String> TRAMS =
      List.of(
          "The city tram network will close for three weeks in January while engineers replace the overhead"
              + " cables on the northern line, the transport authority announced.",
          "Replacement buses will run every ten minutes between the tram depot and the station, and season"
              + " tickets will be accepted on every bus.",
          "Engineers said the cables were forty years old and had failed twice during the autumn storms,"
              + " stranding passengers on stalled trams.",
          "Passenger groups welcomed the repairs but asked for the tram closure to be moved to the summer, when"
              + " fewer commuters travel.",
          "The authority said the cable work could not wait and that the northern line would reopen in early"
              + " February.");

  private static final boolean[] NONE = new boolean[ORCHARD.size() + TRAMS.size()];

  private static List<String> both() {
    List<String> lines = new ArrayList<>(ORCHARD);
    lines.addAll(TRAMS);
    return lines;
  }

  @Test
  void twoReportsOnDifferentSubjectsSplitWhereTheSecondBegins() {
    assertEquals(
        List.of(ORCHARD.size()),
        ArticleSegmenter.boundaries(both(), NONE, ArticleSegmenter.DEFAULT));
  }

  @Test
  void oneReportStaysWhole() {
    List<String> lines = new ArrayList<>(ORCHARD);
    lines.add("Orchards further north will start picking their apples at the usual time.");
    assertEquals(
        List.of(),
        ArticleSegmenter.boundaries(lines, new boolean[lines.size()], ArticleSegmenter.DEFAULT));
  }

  @Test
  void aLineOpeningOnAPronounOrConjunctionContinuesTheText() {
    List<String> lines =
        List.of(
            "The council has said the bridge will close for repairs.",
            "But residents said they had not been told when.");
    double plain =
        ArticleSegmenter.evidence(
            List.of(lines.get(0), "Residents said they had not been told when."),
            new boolean[2],
            1,
            ArticleSegmenter.DEFAULT);
    double continuing =
        ArticleSegmenter.evidence(lines, new boolean[2], 1, ArticleSegmenter.DEFAULT);
    assertTrue(continuing < plain, continuing + " < " + plain);
  }

  @Test
  void aHeadlineLineIsEvidenceForAndTheLineAfterATitleAgainst() {
    List<String> lines =
        List.of(
            "The old text ends here with a full sentence.",
            "Tram network to close for cable repairs",
            "The city tram network will close for three weeks in January, the authority said.");
    boolean[] headline = {false, true, false};
    assertTrue(ArticleSegmenter.evidence(lines, headline, 1, ArticleSegmenter.DEFAULT) > 0);
    assertTrue(ArticleSegmenter.evidence(lines, headline, 2, ArticleSegmenter.DEFAULT) < 0);
  }

  @Test
  void noArticleIsShorterThanTheLeastWordCount() {
    List<String> lines = new ArrayList<>(both());
    lines.add("Ferry fares will rise by a tenth from March.");
    for (int b :
        ArticleSegmenter.boundaries(lines, new boolean[lines.size()], ArticleSegmenter.DEFAULT)) {
      int words = 0;
      for (int i = b; i < lines.size(); i++) {
        words += TextDumpSplitter.words(lines.get(i));
      }
      assertTrue(words >= ArticleSegmenter.DEFAULT.minWords(), "words after " + b + ": " + words);
    }
  }
}
