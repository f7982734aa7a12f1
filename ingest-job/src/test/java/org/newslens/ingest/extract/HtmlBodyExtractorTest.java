package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.ingest.extract.Pages.PROSE;
import static org.newslens.ingest.extract.Pages.article;
import static org.newslens.ingest.extract.Pages.page;

import org.junit.jupiter.api.Test;
import org.newslens.common.schema.RejectReason;

class HtmlBodyExtractorTest {
  private static final String LONG_SIDEBAR =
      "<div class='column'><p>Our travel guide lists hundreds of hotels,"
          + " campsites, restaurants, museums, beaches, parks, castles, markets, festivals, wineries, breweries, spas,"
          + " golf courses, ski resorts, marinas, zoos, theatres, galleries and concert halls, each with opening hours,"
          + " prices, reviews, photos, maps, directions, parking, accessibility notes and booking links for you.</p>"
          + "<p>Readers can filter by region, by budget, by season, by family friendliness, by pet policy, by rating,"
          + " by distance, by language spoken, by payment method and by dozens of other handy criteria.</p></div>";

  @Test
  void semanticArticleBodyWinsOverALongerUnmarkedBlock() {
    String html = page("", LONG_SIDEBAR + "<div itemprop='articleBody'>" + PROSE + "</div>");
    String text = article(html, null).text();
    assertTrue(text.startsWith("The city council approved"), text);
    assertFalse(text.contains("travel guide"), text);
  }

  @Test
  void domScoringFindsTheBodyWithoutSemanticMarkup() {
    String html =
        page(
            "",
            "<div id='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
                + "<div class='story'>"
                + PROSE
                + "</div><div class='bottom'>Contact us</div>");
    String text = article(html, null).text();
    assertTrue(text.contains("seven votes to four"), text);
    assertFalse(text.contains("Contact us"), text);
  }

  @Test
  void linkDenseBlocksInsideTheArticleAreDropped() {
    String html =
        page(
            "",
            "<article>"
                + PROSE
                + "<p><a href='/a'>Budget row deepens</a> <a href='/b'>Mayor"
                + " resigns</a> <a href='/c'>Libraries to reopen</a></p></article>");
    String text = article(html, null).text();
    assertFalse(text.contains("Mayor resigns"), text);
    assertTrue(text.contains("seven votes to four"), text);
  }

  @Test
  void furnitureClassedBlocksAreRemoved() {
    String html =
        page(
            "",
            "<article>"
                + PROSE
                + "<div class='share-bar'>Share on the social networks of your"
                + " choice today</div><div class='related-articles'><p>Another story about the weather this week in"
                + " the region</p></div><div class='newsletter-signup'><p>Get the morning briefing in your inbox</p></div>"
                + "</article>");
    String text = article(html, null).text();
    assertFalse(text.contains("social networks"), text);
    assertFalse(text.contains("weather"), text);
    assertFalse(text.contains("morning briefing"), text);
  }

  @Test
  void headingsAndListsInsideTheArticleAreKept() {
    String html =
        page(
            "",
            "<article><h1>Budget approved</h1>"
                + PROSE
                + "<h2>What the plan pays for</h2>"
                + "<ul><li>Road repairs in the northern districts</li><li>Two new public libraries</li></ul></article>");
    String text = article(html, null).text();
    assertTrue(
        text.contains(
            "What the plan pays for\n\nRoad repairs in the northern districts\n\nTwo new"),
        text);
  }

  @Test
  void theHeadlineIsNotPartOfTheBody() {
    String html =
        page("", "<article><h1>Budget approved after long debate</h1>" + PROSE + "</article>");
    assertFalse(article(html, null).text().contains("Budget approved after long debate"));
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() {
    String text = article(page("", "<article>" + PROSE + "</article>"), null).text();
    assertEquals(3, text.split("\n\n").length, text);
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenTheMarkupHoldsNoText() {
    String body =
        "The harbour authority said on Monday that the new ferry terminal will open in May, two months"
            + " later than planned, because of delays in the delivery of steel for the passenger bridge.";
    String html =
        page(
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body
                + "\"}</script>",
            "<div id='app'></div>");
    assertEquals(body, article(html, null).text());
  }

  @Test
  void aPageWithoutBodyTextIsRejectedWithTheDayItShows() {
    String html =
        page(
            "<meta property='article:published_time' content='2024-03-02T08:00:00+01:00'>",
            "<div id='app'>Loading</div>");
    Extraction e = ArticleExtractor.extract(Pages.html(html, null), Pages.DEFAULTS);
    Extraction.Rejected rejected = assertInstanceOf(Extraction.Rejected.class, e);
    assertEquals(RejectReason.NO_BODY_TEXT, rejected.reason());
    assertEquals(java.time.LocalDate.of(2024, 3, 2), rejected.publishedDate());
    assertEquals("meta", rejected.dateSource());
  }

  @Test
  void scriptsStylesAndNavigationNeverReachTheText() {
    String html =
        page(
            "<style>p{color:red}</style>",
            "<nav><a href='/'>Front page</a></nav><article>"
                + "<script>var tracking = 1;</script>"
                + PROSE
                + "</article><footer>Imprint and privacy</footer>");
    String text = article(html, null).text();
    assertFalse(
        text.contains("tracking") || text.contains("Front page") || text.contains("Imprint"), text);
  }
}
