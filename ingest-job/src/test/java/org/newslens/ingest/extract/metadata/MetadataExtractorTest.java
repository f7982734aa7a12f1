package org.newslens.ingest.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newslens.ingest.extract.Pages.PROSE;
import static org.newslens.ingest.extract.Pages.article;
import static org.newslens.ingest.extract.Pages.page;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.ingest.extract.Article;
import org.newslens.ingest.extract.Pages;
import org.newslens.ingest.extract.RawDocument;

class MetadataExtractorTest {
  private static Article withHead(String head, String url) {
    return article(page(head, "<article>" + PROSE + "</article>"), url);
  }

  @Test
  void titleDropsTheSiteNameSuffix() {
    Article a =
        withHead(
            "<title>Budget approved | Example Courier</title>"
                + "<meta property='og:site_name' content='Example Courier'>",
            null);
    assertEquals("Budget approved", a.title());
  }

  @Test
  void jsonLdHeadlineIsTheTitle() {
    Article a =
        withHead(
            "<title>Front page</title><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Budget approved after long debate\"}</script>",
            null);
    assertEquals("Budget approved after long debate", a.title());
  }

  @Test
  void outletComesFromOpenGraphSiteName() {
    Article a =
        withHead(
            "<meta property='og:site_name' content='Example Courier'>",
            "https://www.courier.example.com/a/1");
    assertEquals("Example Courier", a.outlet());
    assertEquals("courier.example.com", a.outletDomain());
  }

  @Test
  void outletComesFromTheJsonLdPublisher() {
    Article a =
        withHead(
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{"
                + "\"@type\":\"Organization\",\"name\":\"Daily Example\"}}</script>",
            null);
    assertEquals("Daily Example", a.outlet());
  }

  @Test
  void outletFallsBackToTheDomain() {
    assertEquals(
        "courier.example.com", withHead("", "https://www.courier.example.com/a/1").outlet());
  }

  @Test
  void authorsComeFromJsonLd() {
    Article a =
        withHead(
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>",
            null);
    assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
  }

  @Test
  void authorsComeFromAVisibleBylineWhenMetadataHasNone() {
    Article a =
        article(
            page(
                "",
                "<article><p class='byline'>By Jane Doe and John Roe</p>" + PROSE + "</article>"),
            null);
    assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
  }

  @Test
  void canonicalUrlSectionAndDescriptionAreRead() {
    Article a =
        withHead(
            "<link rel='canonical' href='https://courier.example.com/politics/budget?utm_source=x'>"
                + "<meta property='article:section' content='Politics'>"
                + "<meta name='description' content='Seven votes to four.'>",
            "https://m.courier.example.com/b");
    assertEquals("https://courier.example.com/politics/budget", a.canonicalUrl());
    assertEquals("Politics", a.section());
    assertEquals("Seven votes to four.", a.description());
  }

  @Test
  void declaredLanguageIsNormalisedToIso6391() {
    String html =
        "<!doctype html><html lang='de-AT'><head></head><body><article>"
            + PROSE
            + "</article></body></html>";
    assertEquals("de", article(html, null).language());
  }

  @Test
  void undeclaredLanguageIsDetectedFromStopWords() {
    String german =
        "<p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nachdem die Debatte mehr als"
            + " vier Stunden gedauert hatte und viele Bürger in den Saal gekommen waren.</p><p>Die Mitglieder sagten,"
            + " dass der Plan auch neue Bibliotheken und längere Öffnungszeiten für die Bäder bringen wird.</p>";
    assertEquals("de", article(page("", "<article>" + german + "</article>"), null).language());
  }

  @Test
  void textBodiesUseTheArchiveHintsAndLoseFurnitureLines() {
    RawDocument.Hints hints =
        new RawDocument.Hints(
            "a-1",
            "Budget approved",
            List.of("Jane Doe"),
            "2024-02-03",
            "Example Courier",
            "en",
            "Politics",
            null,
            null);
    String body =
        "The city council approved the new budget on Tuesday evening after a debate of four hours.\n"
            + "Image: Councillors during the vote. Pic: Example Agency\n"
            + "Council members said the plan would fund road repairs and two new libraries in the north.\n"
            + "Advertisement\n";
    Article a =
        Pages.article(
            Pages.jsonlText(1L, body, "https://courier.example.com/a-1", hints), Pages.DEFAULTS);
    assertEquals("Budget approved", a.title());
    assertEquals("Example Courier", a.outlet());
    assertEquals("source", a.dateSource());
    assertEquals("a-1", a.sourceId());
    assertEquals(2, a.text().split("\n\n").length, a.text());
  }
}
