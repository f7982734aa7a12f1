package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void wordCountCountsAsSplittingTheTrimmedTextAtWhitespaceRunsWould() {
    List<String> texts =
        List.of(
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\nline\r\nbreaks",
            "a\u000bb\fc",
            "\u0001control\u0001",
            "no\u00a0break space",
            "ideographic\u3000space",
            "trailing\n\n",
            "x \t \n y");
    for (String text : texts) {
      String trimmed = text.trim();
      int expected = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
      assertEquals(expected, ArticleIds.wordCount(text), () -> "words of '" + text + "'");
    }
  }

  @Test
  void chineseAndJapaneseCountOneWordPerCharacterAndTheirPunctuationNone() {
    assertEquals(8, ArticleIds.wordCount("市议会通过了预算"));
    assertEquals(8, ArticleIds.wordCount("予算案を可決した。"));
    assertEquals(4, ArticleIds.wordCount("東京、大阪"));
    assertEquals(5, ArticleIds.wordCount("the iPhone手机 sold"));
  }

  @Test
  void collapseSpacesFoldsAsciiAndUnicodeSpaceRunsToOneSpaceAndTrims() {
    assertEquals(
        "a b c d e", ArticleIds.collapseSpaces("  a \t\n b\u00a0\u00a0c\u2003d\u200be \r\n"));
    assertEquals("", ArticleIds.collapseSpaces(" \n\u3000 "));
    assertEquals("plain", ArticleIds.collapseSpaces(new StringBuilder("plain")));
  }

  @Test
  void contentHashIgnoresCaseAndSpacingButNotWords() {
    String hash = ArticleIds.contentHash(null, "The council met.\n\nIt voted.");
    assertEquals(hash, ArticleIds.contentHash(null, "the  COUNCIL met. It\u00a0voted. "));
    assertEquals(hash, ArticleIds.sha256("the council met. it voted."));
    assertNotEquals(hash, ArticleIds.contentHash(null, "The council met. It did not vote."));
  }

  @Test
  void theSameTextUnderAnotherHeadlineIsNoExactDuplicate() {
    String text = "The council met.\n\nIt voted.";
    assertEquals(
        ArticleIds.contentHash("Council votes", text),
        ArticleIds.contentHash("COUNCIL  votes", text));
    assertNotEquals(
        ArticleIds.contentHash("Council votes", text),
        ArticleIds.contentHash("Council meets", text));
    assertNotEquals(
        ArticleIds.articleId(null, "Council votes", text),
        ArticleIds.articleId(null, "Council meets", text));
    assertEquals(
        ArticleIds.articleId("https://a.example/x", "Council votes", text),
        ArticleIds.articleId("https://a.example/x", "Council meets", text));
  }
}
