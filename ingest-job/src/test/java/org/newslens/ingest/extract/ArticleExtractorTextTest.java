package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newslens.common.schema.SourceFormat;

class ArticleExtractorTextTest {
  private static final String HEADLINE = "Harbour ferry service resumes after winter repairs";
  private static final String LEDE =
      "The harbour ferry carried its first passengers of the season on Monday morning,"
          + " three months after storms damaged the landing stage at the northern pier.";
  private static final String SECOND =
      "Operators said timetables would return to normal by the end of the month,"
          + " with extra sailings added at weekends for visitors.";

  private static RawDocument text(SourceFormat format, String content, RawDocument.Hints hints) {
    return new RawDocument("file:/in/dump.txt", 0L, format, false, content, null, null, hints);
  }

  @Test
  void aTextDumpArticleTakesItsHeadlineLineAsTitleAndLeavesItOutOfTheBody() {
    Article a =
        Pages.article(
            text(SourceFormat.TEXT, HEADLINE + "\n" + LEDE + "\n" + SECOND, RawDocument.Hints.NONE),
            Pages.DEFAULTS);
    assertEquals(HEADLINE, a.title());
    assertEquals("headline", a.titleSource());
    assertTrue(a.text().startsWith("The harbour ferry carried"), a.text());
    assertFalse(a.text().contains(HEADLINE));
  }

  @Test
  void aTextDumpArticleWithoutAHeadlineLineIsTitledFromItsOpeningSentenceAndKeepsIt() {
    Article a =
        Pages.article(
            text(SourceFormat.TEXT, LEDE + "\n" + SECOND, RawDocument.Hints.NONE), Pages.DEFAULTS);
    assertEquals(
        "The harbour ferry carried its first passengers of the season on Monday morning, three months"
            + " after…",
        a.title(),
        "the opening sentence cut after 16 words");
    assertEquals("lede", a.titleSource());
    assertTrue(a.text().startsWith("The harbour ferry carried"), a.text());
  }

  @Test
  void aShortOpeningSentenceIsTheWholeTitleWithoutItsFullStop() {
    assertEquals(
        "Ferries are back", ArticleExtractor.ledeTitle("Ferries are back. The pier reopened."));
  }

  @Test
  void aDumpNamedForItsOutletAndDayGivesBoth() {
    RawDocument doc =
        new RawDocument(
            "file:/in/harbour-daily_2025-03-14.txt",
            null,
            SourceFormat.TEXT,
            false,
            LEDE + "\n" + SECOND,
            null,
            null,
            RawDocument.Hints.NONE,
            new RawDocument.Lines(3, 4));
    Article a = Pages.article(doc, Pages.DEFAULTS);
    assertEquals("harbour-daily", a.outlet());
    assertEquals(java.time.LocalDate.of(2025, 3, 14), a.publishedDate());
    assertEquals("file-name", a.dateSource());
    assertEquals(3, a.sourceLines()[0]);
    assertEquals(4, a.sourceLines()[1]);
  }

  @Test
  void aDumpWithoutThemInItsNameStaysUnknownAndUndated() {
    Article a =
        Pages.article(
            text(SourceFormat.TEXT, LEDE + "\n" + SECOND, RawDocument.Hints.NONE), Pages.DEFAULTS);
    assertEquals("unknown", a.outlet());
    assertNull(a.publishedDate());
  }

  @Test
  void aJsonlTextFieldKeepsItsFirstLineAndTakesTheTitleFromTheRecord() {
    RawDocument.Hints hints =
        new RawDocument.Hints(
            null, "Ferry back in service", null, null, null, null, null, null, null);
    Article a =
        Pages.article(
            text(SourceFormat.JSONL, HEADLINE + "\n" + LEDE + "\n" + SECOND, hints),
            Pages.DEFAULTS);
    assertEquals("Ferry back in service", a.title());
    assertTrue(a.text().startsWith(HEADLINE), a.text());
  }
}
