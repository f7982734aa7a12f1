package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newslens.ingest.extract.Pages.PROSE;
import static org.newslens.ingest.extract.Pages.article;
import static org.newslens.ingest.extract.Pages.page;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newslens.common.schema.SourceFormat;

class DateExtractorTest {
  private static Article withHead(String head) {
    return article(page(head, "<article>" + PROSE + "</article>"), null);
  }

  @Test
  void readsJsonLdDatePublished() {
    Article a = withHead("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{"
        + "\"@type\":\"NewsArticle\",\"datePublished\":\"2023-06-14T09:30:00+02:00\","
        + "\"dateModified\":\"2023-06-20T10:00:00+02:00\"}]}</script>");
    assertEquals(LocalDate.of(2023, 6, 14), a.publishedDate());
    assertEquals(Instant.parse("2023-06-14T07:30:00Z"), a.publishedAt());
    assertEquals("json-ld", a.dateSource());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<meta property='article:published_time' content='2022-11-03T18:00:00Z'>",
    "<meta name='pubdate' content='2022-11-03'>",
    "<meta name='DC.date.issued' content='2022-11-03'>",
    "<meta name='parsely-pub-date' content='2022-11-03T18:00:00Z'>",
    "<meta name='sailthru.date' content='2022-11-03 18:00:00'>",
    "<meta itemprop='datePublished' content='2022-11-03'>",
    "<meta name='date' content='2022-11-03'>"
  })
  void readsTheMetaConventions(String meta) {
    Article a = withHead(meta);
    assertEquals(LocalDate.of(2022, 11, 3), a.publishedDate());
    assertEquals("meta", a.dateSource());
  }

  @Test
  void prefersThePublicationOverTheModificationDate() {
    Article a = withHead("<meta property='article:modified_time' content='2021-05-09T10:00:00Z'>"
        + "<meta property='article:published_time' content='2021-05-02T10:00:00Z'>");
    assertEquals(LocalDate.of(2021, 5, 2), a.publishedDate());
  }

  @Test
  void usesTheModificationDateWhenItIsTheOnlyOne() {
    Article a = withHead("<meta property='article:modified_time' content='2021-05-09T10:00:00Z'>");
    assertEquals(LocalDate.of(2021, 5, 9), a.publishedDate());
  }

  @Test
  void readsATimeElementThatIsNotAnUpdate() {
    Article a = article(page("", "<article><p class='meta'>Updated <time datetime='2020-02-20'>20 Feb</time>"
        + "</p><p>Published <time datetime='2020-02-18T08:00:00+01:00'>18 Feb</time></p>" + PROSE + "</article>"),
        null);
    assertEquals(LocalDate.of(2020, 2, 18), a.publishedDate());
    assertEquals("time-element", a.dateSource());
  }

  @Test
  void readsGermanMonthNamesNearTheByline() {
    Article a = article(page("", "<article><h1>Haushalt beschlossen</h1><div class='byline'>Von Erika Muster,"
        + " 3. März 2021</div>" + PROSE + "</article>"), null);
    assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
    assertEquals("text", a.dateSource());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Publié le 7 février 2019", "Publicado el 7 de febrero de 2019",
    "Veröffentlicht am 07.02.2019", "Posted February 7th, 2019"})
  void readsDatesWrittenAfterAPublicationWord(String line) {
    Article a = article(page("", "<article><p>" + line + "</p>" + PROSE + "</article>"), null);
    assertEquals(LocalDate.of(2019, 2, 7), a.publishedDate());
  }

  @Test
  void readsTheDateAfterAGermanStandLabelButNotAfterTheWordStandInProse() {
    Article a = article(page("", "<div><p>Der Stand der Planung vom 12.06.2018 bleibt gültig; am 12.06.2018 tagt der"
        + " Rat.</p>" + PROSE + "<p>Stand: 04.05.2018, 10:15 Uhr</p></div>"), null);
    assertEquals(LocalDate.of(2018, 5, 4), a.publishedDate());
    assertEquals("text", a.dateSource());
  }

  @Test
  void rejectsDatesInTheFuture() {
    Article a = withHead("<meta property='article:published_time' content='2031-01-01T00:00:00Z'>"
        + "<meta name='date' content='2024-04-04'>");
    assertEquals(LocalDate.of(2024, 4, 4), a.publishedDate());
  }

  @Test
  void rejectsDatesBefore1990() {
    Article a = withHead("<meta property='article:published_time' content='1970-01-01T00:00:00Z'>");
    assertNull(a.publishedDate());
    assertEquals("none", a.dateSource());
  }

  @Test
  void readsTheDateInTheUrlWhenThePageHasNone() {
    Article a = article(page("", "<article>" + PROSE + "</article>"),
        "https://news.example.org/politics/2019/11/19/budget-approved");
    assertEquals(LocalDate.of(2019, 11, 19), a.publishedDate());
    assertEquals("url", a.dateSource());
  }

  @Test
  void aUtcTimeOnTheNextDayKeepsTheDayTheUrlStates() {
    Article a = article(page("<meta property='article:published_time' content='2023-11-09T03:10:00Z'>",
        "<article>" + PROSE + "</article>"), "https://news.example.org/2023/11/08/late-vote");
    assertEquals(LocalDate.of(2023, 11, 8), a.publishedDate());
    assertEquals(Instant.parse("2023-11-09T03:10:00Z"), a.publishedAt());
  }

  @Test
  void theCrawlDateIsALabelledLastResort() {
    RawDocument doc = new RawDocument("file:/in/crawl.warc.gz", 512L, SourceFormat.WARC, true,
        page("", "<article>" + PROSE + "</article>"), "https://news.example.org/story", Instant.parse(
            "2022-08-01T10:00:00Z"), RawDocument.Hints.NONE);
    Article a = Pages.article(doc, Pages.DEFAULTS);
    assertEquals(LocalDate.of(2022, 8, 1), a.publishedDate());
    assertEquals("warc-date", a.dateSource());
  }

  @Test
  void theCrawlDateIsNotUsedWhenThePageHasADate() {
    RawDocument doc = new RawDocument("file:/in/crawl.warc.gz", 512L, SourceFormat.WARC, true,
        page("<meta name='date' content='2022-07-30'>", "<article>" + PROSE + "</article>"),
        "https://news.example.org/story", Instant.parse("2022-08-01T10:00:00Z"), RawDocument.Hints.NONE);
    assertEquals("meta", Pages.article(doc, Pages.DEFAULTS).dateSource());
  }

  @Test
  void theCommandLineDateIsLabelledCli() {
    Article a = Pages.article(Pages.html(page("", "<article>" + PROSE + "</article>"), null),
        Pages.withDate(LocalDate.of(2020, 1, 2)));
    assertEquals(LocalDate.of(2020, 1, 2), a.publishedDate());
    assertEquals("cli", a.dateSource());
  }
}
