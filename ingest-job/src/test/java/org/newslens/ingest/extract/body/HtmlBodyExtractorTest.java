package org.newslens.ingest.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.ingest.extract.Pages.PROSE;
import static org.newslens.ingest.extract.Pages.article;
import static org.newslens.ingest.extract.Pages.page;

import org.junit.jupiter.api.Test;
import org.newslens.common.schema.RejectReason;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.Pages;

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

  private static final String LONG_PROSE =
      "<p>The harbour authority opened its new ferry terminal on Monday morning, three years after work began"
          + " and two years later than the date first promised to the island's residents.</p>"
          + "<p>Passengers queued from six o'clock, and the first crossing left on time with every seat taken,"
          + " according to the operator, which has added four sailings a day for the summer season.</p>"
          + "<p>Local traders said the terminal's cafe and shops would bring visitors into the old town, while"
          + " some fishermen complained that the new quay had taken moorings they had used for generations.</p>";

  private static final String SHELL =
      "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>";

  private static String bodyOf(String body) {
    return article(page("", body), null).text();
  }

  @Test
  void aStoryWrappedInAnAsideIsKept() {
    String text = bodyOf(SHELL + "<aside class='columns'>" + LONG_PROSE + "</aside>");
    assertTrue(text.contains("first crossing left on time"), text);
    assertFalse(text.contains("Sport"), text);
  }

  @Test
  void aStoryStreamedIntoAHiddenElementIsKept() {
    String streamed = "<div hidden id='S:0'>" + LONG_PROSE + "</div>";
    String text = bodyOf(SHELL + "<div id='root'><p>Loading</p></div>" + streamed);
    assertTrue(text.contains("some fishermen complained"), text);
  }

  @Test
  void aSmallHiddenBlockIsStillDropped() {
    String hidden = "<div hidden><p>Secret promo text here.</p></div>";
    assertFalse(bodyOf("<article>" + LONG_PROSE + hidden + "</article>").contains("Secret promo"));
  }

  @Test
  void aStorySplitIntoDeepSectionsIsTakenWhole() {
    StringBuilder body = new StringBuilder(SHELL + "<div class='page'>");
    String[] parts = {"the opening", "the queue", "the traders", "the quay", "the summer"};
    for (String part : parts) {
      body.append("<section><div><div><div><h2>On ").append(part).append("</h2>");
      for (int i = 1; i <= 3; i++) {
        body.append("<p>Paragraph ")
            .append(i)
            .append(" on ")
            .append(part)
            .append(
                " tells what the harbour authority, the operator and the island's residents said about the")
            .append(
                " new ferry terminal, its delays, its costs and the crossings it now offers.</p>");
      }
      body.append("</div></div></div></section>");
    }
    String text = bodyOf(body.append("</div>").toString());
    for (String part : parts) {
      assertTrue(text.contains("Paragraph 3 on " + part), text);
    }
  }

  @Test
  void anIdThatIsASlugOfItsHeadingIsNoRoleHint() {
    String section =
        "<div id='how-popular-are-the-new-ferries'><h2>How popular are the new ferries?</h2>"
            + "<p>Bookings for the first month sold out within a day, the operator said on Monday.</p></div>";
    String text = bodyOf("<article>" + LONG_PROSE + section + "</article>");
    assertTrue(text.contains("Bookings for the first month"), text);
  }

  @Test
  void aWeaklyHintedBlockThatReadsAsProseStays() {
    StringBuilder body = new StringBuilder("<div class='builder'>");
    for (String part : new String[] {"opening", "queue", "traders"}) {
      body.append("<div class='text-widget'><p>On the ")
          .append(part)
          .append(
              " day the harbour authority, the operator and the island's residents all spoke about the")
          .append(
              " new ferry terminal, its delays, its costs and the crossings it now offers to visitors and to the families who have lived on the island for generations.</p></div>");
    }
    body.append("<div class='share-widget'><p>Share this: <a href='/x'>X</a></p></div></div>");
    String text = bodyOf(body.toString());
    assertTrue(text.contains("On the queue day"), text);
    assertFalse(text.contains("Share this"), text);
  }
}
