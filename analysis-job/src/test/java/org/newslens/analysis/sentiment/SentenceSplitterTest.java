package org.newslens.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsOnTerminalPunctuationFollowedByACapital() {
    assertEquals(
        List.of("The vote failed.", "Talks resume Monday!", "Will they agree?"),
        SentenceSplitter.split("The vote failed. Talks resume Monday! Will they agree?"));
  }

  @Test
  void keepsTitlesAndMonthAbbreviationsInsideTheSentence() {
    assertEquals(
        List.of("Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.", "They talked."),
        SentenceSplitter.split("Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. They talked."));
  }

  @Test
  void keepsDecimalsAndAmountsTogether() {
    assertEquals(
        List.of("Growth was 3.5 percent, or $1.2 billion.", "Prices rose."),
        SentenceSplitter.split("Growth was 3.5 percent, or $1.2 billion. Prices rose."));
  }

  @Test
  void keepsInitialsTogether() {
    assertEquals(List.of("J. K. Rowling spoke."), SentenceSplitter.split("J. K. Rowling spoke."));
  }

  @Test
  void dottedAcronymsEndASentenceOnlyBeforeASentenceOpener() {
    assertEquals(
        List.of("The U.S. Senate voted."), SentenceSplitter.split("The U.S. Senate voted."));
    assertEquals(
        List.of("Aid went to the U.S.", "The rest went abroad."),
        SentenceSplitter.split("Aid went to the U.S. The rest went abroad."));
  }

  @Test
  void endsAfterClosingQuotesAndContinuesWhenTheQuoteIsFollowedByLowerCase() {
    assertEquals(
        List.of("He said, \"We will win.\"", "Nobody believed him."),
        SentenceSplitter.split("He said, \"We will win.\" Nobody believed him."));
    assertEquals(
        List.of("\"Stop!\" she shouted at the crowd."),
        SentenceSplitter.split("\"Stop!\" she shouted at the crowd."));
  }

  @Test
  void lineBreaksAndParagraphsAlwaysEndASentence() {
    assertEquals(
        List.of("Storm hits coast", "Thousands lost power.", "Crews worked overnight."),
        SentenceSplitter.split(
            "Storm hits coast\n\nThousands lost power.\nCrews worked overnight."));
  }

  @Test
  void returnsNothingForBlankText() {
    assertEquals(List.of(), SentenceSplitter.split("  \n "));
    assertEquals(List.of(), SentenceSplitter.split(null));
  }
}
