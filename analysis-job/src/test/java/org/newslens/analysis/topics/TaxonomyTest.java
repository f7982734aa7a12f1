package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private static final Taxonomy SMALL =
      Taxonomy.parse(
          String.join(
              "\n",
              "# a comment",
              "[housing]",
              "house price*",
              "mortgage*",
              "",
              "[elections]",
              "election*",
              "polling station",
              "re election",
              "[space]",
              "astro*aut*"));

  @Test
  void countsEveryOccurrenceOfWordsAndPhrases() {
    Map<String, Integer> counts =
        SMALL.match("Mortgages rose. House prices fell, and mortgage rates? House price data.");
    assertEquals(Map.of("housing", 4), counts);
  }

  @Test
  void phrasesNeedTheirWordsInOrderAndAdjacent() {
    assertEquals(Map.of(), SMALL.match("The station near the polling booth; price of a house"));
    assertEquals(Map.of("elections", 1), SMALL.match("Queues formed at the POLLING   station."));
  }

  @Test
  void wildcardsMatchAnyLettersButNotAcrossWords() {
    assertEquals(Map.of("elections", 3), SMALL.match("elections, electioneering and the election"));
    assertEquals(Map.of(), SMALL.match("an electric car"));
    assertEquals(Map.of("space", 2), SMALL.match("Astronauts and an astronaut, not an astro naut"));
  }

  @Test
  void punctuationInsideTermsAndTextSplitsWordsAlike() {
    // "re election" and "election*" both occur twice: every occurrence of every term counts.
    assertEquals(
        Map.of("elections", 4), SMALL.match("She sought re-election; re election was hers"));
    assertEquals(Map.of("elections", 1), SMALL.match("a re-run, then the elections"));
  }

  @Test
  void assignKeepsOnlyTopicsReachingTheThreshold() {
    String text = "House prices and mortgage costs dominated; one election aside.";
    assertEquals(Map.of("housing", 2), SMALL.assign(text, 2));
    assertEquals(Map.of("housing", 2, "elections", 1), SMALL.assign(text, 1));
    assertEquals(Map.of(), SMALL.assign(null, 1));
  }

  @Test
  void rejectsMalformedFilesNamingTheLine() {
    IllegalArgumentException before =
        assertThrows(
            IllegalArgumentException.class, () -> Taxonomy.parse("orphan term\n[topic]\nterm"));
    assertTrue(before.getMessage().contains(":1:"), before.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Taxonomy.parse("[Bad Name]\nterm"));
    assertThrows(IllegalArgumentException.class, () -> Taxonomy.parse("[a]\nx\n[a]\ny"));
    assertThrows(IllegalArgumentException.class, () -> Taxonomy.parse("[a]\n[b]\ny"));
    assertThrows(IllegalArgumentException.class, () -> Taxonomy.parse("[a]\n***"));
    assertThrows(IllegalArgumentException.class, () -> Taxonomy.parse("# nothing"));
  }

  @Test
  void defaultTaxonomyCoversAboutTwentyNewsTopics() {
    Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
    assertTrue(
        taxonomy.topics().size() >= 18 && taxonomy.topics().size() <= 25,
        taxonomy.topics().toString());
    Map<String, Integer> topics =
        taxonomy.assign(
            "Voters head to polling stations as the election campaign ends; turnout is expected to be high.",
            2);
    assertTrue(topics.containsKey("elections"), topics.toString());
    assertFalse(topics.containsKey("sport"), topics.toString());
    assertTrue(
        taxonomy
            .assign("The striker scored two goals as the team won the cup final.", 2)
            .containsKey("sport"));
  }

  @Test
  void defaultTaxonomyDoesNotReadEverydayWordsAsTopicTerms() {
    Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
    assertEquals(
        Map.of(), taxonomy.match("For example, the nursery examined the data it had gathered."));
    assertEquals(
        Map.of("education", 3), taxonomy.match("Exam results improved; the exams were fairer."));
    assertEquals(Map.of("health", 2), taxonomy.match("Nurses said nursing staff were leaving."));
  }
}
