package org.newslens.ingest.extract.dates;

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
import org.newslens.ingest.extract.Article;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.Pages;
import org.newslens.ingest.extract.RawDocument;

class DateExtractorTest {
  private static Article withHead(String head) {
    return article(page(head, "<article>" + PROSE + "</article>"), null);
  }

  @Test
  void readsJsonLdDatePublished() {
    Article a =
        withHead(
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{"
                + "\"@type\":\"NewsArticle\",\"datePublished\":\"2023-06-14T09:30:00+02:00\","
                + "\"dateModified\":\"2023-06-20T10:00:00+02:00\"}]}</script>");
    assertEquals(LocalDate.of(2023, 6, 14), a.publishedDate());
    assertEquals(Instant.parse("2023-06-14T07:30:00Z"), a.publishedAt());
    assertEquals("json-ld", a.dateSource());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
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
    Article a =
        withHead(
            "<meta property='article:modified_time' content='2021-05-09T10:00:00Z'>"
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
    Article a =
        article(
            page(
                "",
                "<article><p class='meta'>Updated <time datetime='2020-02-20'>20 Feb</time>"
                    + "</p><p>Published <time datetime='2020-02-18T08:00:00+01:00'>18 Feb</time></p>"
                    + PROSE
                    + "</article>"),
            null);
    assertEquals(LocalDate.of(2020, 2, 18), a.publishedDate());
    assertEquals("time-element", a.dateSource());
  }

  @Test
  void readsGermanMonthNamesNearTheByline() {
    Article a =
        article(
            page(
                "",
                "<article><h1>Haushalt beschlossen</h1><div class='byline'>Von Erika Muster,"
                    + " 3. März 2021</div>"
                    + PROSE
                    + "</article>"),
            null);
    assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
    assertEquals("text", a.dateSource());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Publié le 7 février 2019",
        "Publicado el 7 de febrero de 2019",
        "Veröffentlicht am 07.02.2019",
        "Posted February 7th, 2019"
      })
  void readsDatesWrittenAfterAPublicationWord(String line) {
    Article a = article(page("", "<article><p>" + line + "</p>" + PROSE + "</article>"), null);
    assertEquals(LocalDate.of(2019, 2, 7), a.publishedDate());
  }

  @Test
  void readsTheDateAfterAGermanStandLabelButNotAfterTheWordStandInProse() {
    Article a =
        article(
            page(
                "",
                "<div><p>Der Stand der Planung vom 12.06.2018 bleibt gültig; am 12.06.2018 tagt der"
                    + " Rat.</p>"
                    + PROSE
                    + "<p>Stand: 04.05.2018, 10:15 Uhr</p></div>"),
            null);
    assertEquals(LocalDate.of(2018, 5, 4), a.publishedDate());
    assertEquals("text", a.dateSource());
  }

  @Test
  void aForumThreadIsDatedByTheStampOfItsFirstPost() {
    // the posts are comment-classed, so the body extractor drops them;
    // the date is still the first post's
    Extraction e =
        ArticleExtractor.extract(
            Pages.html(
                page(
                    "",
                    "<h2>Printer stopped working</h2><div class='post-comment'><span class='user'>anna"
                        + "</span><span class='comment-time'>14.03.21</span><span>09:12</span>"
                        + PROSE
                        + "</div>"
                        + "<div class='post-comment'><span class='user'>ben</span><span class='comment-time'>16.03.21</span>"
                        + "<span>18:40</span><p>Same here.</p></div>"),
                null),
            Pages.DEFAULTS);
    assertEquals(
        LocalDate.of(2021, 3, 14),
        e instanceof Extraction.Ok ok
            ? ok.article().publishedDate()
            : ((Extraction.Rejected) e).publishedDate());
  }

  @Test
  void aTimeElementInTheCommentsIsNotThePublicationDate() {
    Article a =
        article(
            page(
                "",
                "<article><h1>Bridge reopens</h1><p>Veröffentlicht am 03.05.2019</p>"
                    + PROSE
                    + "</article><section id='comments'><div class='comment-meta'><time datetime='2019-05-09T10:00:00+02:00'>"
                    + "9. Mai 2019</time></div><p>Finally!</p></section>"),
            null);
    assertEquals(LocalDate.of(2019, 5, 3), a.publishedDate());
  }

  @Test
  void aTimeElementInAnEmbeddedPostIsNotThePublicationDate() {
    Article a =
        article(
            page(
                "",
                "<article><h1>Stars react</h1>"
                    + PROSE
                    + "<blockquote class='embedded-post'><p>"
                    + "What a night</p><time datetime='2017-02-01T20:00:00Z'>Feb 1, 2017</time></blockquote>"
                    + "<p class='byline-date'>12 March 2018</p></article>"),
            null);
    assertEquals(LocalDate.of(2018, 3, 12), a.publishedDate());
  }

  @Test
  void datesInMenusAndDeletedTextDoNotOutvoteTheArticlesOwnDate() {
    Article a =
        article(
            page(
                "",
                "<nav><ul><li>Rules (valid until 28.02.2017)</li><li>Fees (valid until 28.02.2017)"
                    + "</li></ul></nav><article><h1>New chair elected</h1><p class='category'>24. April 2020 | News</p>"
                    + "<p><del>Meeting on 1. April 2020</del> <del>Moved to 1. April 2020</del></p>"
                    + PROSE
                    + "</article>"),
            null);
    assertEquals(LocalDate.of(2020, 4, 24), a.publishedDate());
  }

  @Test
  void theDateOfATeaserForAnotherPageIsNotThePagesDate() {
    Article a =
        article(
            page(
                "",
                "<div class='content'><ul class='recent'><li><a href='/other'>Ranger team seizes"
                    + " two young chimpanzees</a><span class='post-date'>09/09/2019</span></li></ul><div class='post'>"
                    + "<h3>Poacher sentenced</h3><div class='post-date'>27 Sep 2016</div>"
                    + PROSE
                    + "</div></div>"),
            null);
    assertEquals(LocalDate.of(2016, 9, 27), a.publishedDate());
  }

  @Test
  void rejectsDatesInTheFuture() {
    Article a =
        withHead(
            "<meta property='article:published_time' content='2031-01-01T00:00:00Z'>"
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
    Article a =
        article(
            page("", "<article>" + PROSE + "</article>"),
            "https://news.example.org/politics/2019/11/19/budget-approved");
    assertEquals(LocalDate.of(2019, 11, 19), a.publishedDate());
    assertEquals("url", a.dateSource());
  }

  @Test
  void aUtcTimeOnTheNextDayKeepsTheDayTheUrlStates() {
    Article a =
        article(
            page(
                "<meta property='article:published_time' content='2023-11-09T03:10:00Z'>",
                "<article>" + PROSE + "</article>"),
            "https://news.example.org/2023/11/08/late-vote");
    assertEquals(LocalDate.of(2023, 11, 8), a.publishedDate());
    assertEquals(Instant.parse("2023-11-09T03:10:00Z"), a.publishedAt());
  }

  @Test
  void theCrawlDateIsALabelledLastResort() {
    RawDocument doc =
        new RawDocument(
            "file:/in/crawl.warc.gz",
            512L,
            SourceFormat.WARC,
            true,
            page("", "<article>" + PROSE + "</article>"),
            "https://news.example.org/story",
            Instant.parse("2022-08-01T10:00:00Z"),
            RawDocument.Hints.NONE);
    Article a = Pages.article(doc, Pages.DEFAULTS);
    assertEquals(LocalDate.of(2022, 8, 1), a.publishedDate());
    assertEquals("warc-date", a.dateSource());
  }

  @Test
  void theCrawlDateIsNotUsedWhenThePageHasADate() {
    RawDocument doc =
        new RawDocument(
            "file:/in/crawl.warc.gz",
            512L,
            SourceFormat.WARC,
            true,
            page("<meta name='date' content='2022-07-30'>", "<article>" + PROSE + "</article>"),
            "https://news.example.org/story",
            Instant.parse("2022-08-01T10:00:00Z"),
            RawDocument.Hints.NONE);
    assertEquals("meta", Pages.article(doc, Pages.DEFAULTS).dateSource());
  }

  @Test
  void theCommandLineDateIsLabelledCli() {
    Article a =
        Pages.article(
            Pages.html(page("", "<article>" + PROSE + "</article>"), null),
            Pages.withDate(LocalDate.of(2020, 1, 2)));
    assertEquals(LocalDate.of(2020, 1, 2), a.publishedDate());
    assertEquals("cli", a.dateSource());
  }
}
