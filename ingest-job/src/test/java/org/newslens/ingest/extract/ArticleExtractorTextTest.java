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
    assertTrue(a.text().startsWith("The harbour ferry carried"), a.text());
    assertFalse(a.text().contains(HEADLINE));
  }

  @Test
  void aTextDumpArticleWithoutAHeadlineLineHasNoTitleAndKeepsItsFirstParagraph() {
    Article a =
        Pages.article(
            text(SourceFormat.TEXT, LEDE + "\n" + SECOND, RawDocument.Hints.NONE), Pages.DEFAULTS);
    assertNull(a.title());
    assertTrue(a.text().startsWith("The harbour ferry carried"), a.text());
  }

  @Test
  void aJsonlTextFieldKeepsItsFirstLineAndTakesTheTitleFromTheRecord() {
    RawDocument.Hints hints =
        new RawDocument.Hints(null, "Ferry back in service", null, null, null, null, null, null);
    Article a =
        Pages.article(
            text(SourceFormat.JSONL, HEADLINE + "\n" + LEDE + "\n" + SECOND, hints),
            Pages.DEFAULTS);
    assertEquals("Ferry back in service", a.title());
    assertTrue(a.text().startsWith(HEADLINE), a.text());
  }
}
