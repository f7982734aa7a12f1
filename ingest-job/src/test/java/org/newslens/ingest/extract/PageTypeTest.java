package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newslens.common.schema.PageType;
import org.newslens.common.schema.RejectReason;
import org.newslens.ingest.extract.pagetype.PageTypeClassifier;

/** What kind of page a record is, and what ingest does with pages that are not articles. */
class PageTypeTest {
  private static final ExtractionDefaults ARTICLES_ONLY =
      new ExtractionDefaults(null, null, Pages.NOW, false);

  private static final String STORY =
      Pages.page(
          "<title>Council approves ferry terminal after four-hour debate</title>"
              + "<meta property=\"og:type\" content=\"article\">"
              + "<meta property=\"article:published_time\" content=\"2025-05-15T09:00:00Z\">"
              + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
              + "\"headline\":\"Council approves ferry terminal\",\"datePublished\":\"2025-05-15\","
              + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>",
          "<article><h1>Council approves ferry terminal after four-hour debate</h1>"
              + "<p class=\"byline\">By Jane Doe</p>"
              + Pages.PROSE
              + "<p>The new terminal will open in two years and double the number of daily crossings"
              + " to the islands, the harbour authority said in a statement after the vote, adding"
              + " that the building work would not close the existing quay at any time.</p>"
              + "</article>");

  @Test
  void aDatedStoryWithNewsArticleDataIsAnArticle() {
    Extraction e =
        ArticleExtractor.extract(
            Pages.html(
                STORY,
                "https://example-news.com/politics/2025/05/15/council-approves-ferry-terminal"),
            ARTICLES_ONLY);
    Article a = assertInstanceOf(Extraction.Ok.class, e).article();
    assertEquals("article", a.pageType());
    assertTrue(a.pageTypeScore() >= PageTypeClassifier.THRESHOLD && a.pageTypeScore() <= 1);
  }

  @Test
  void aSectionFrontOfLinkCardsIsRejectedAsAListingWithItsTypeInTheDetail() {
    Extraction e =
        ArticleExtractor.extract(
            Pages.html(Pages.sectionFront(), "https://example-news.com/category/politics/"),
            ARTICLES_ONLY);
    Extraction.Rejected r = assertInstanceOf(Extraction.Rejected.class, e);
    assertEquals(RejectReason.NOT_ARTICLE, r.reason());
    assertEquals("listing", r.pageType());
    assertTrue(r.detail().startsWith("listing (score "), r.detail());
    assertTrue(r.pageTypeScore() > 0.5 && r.pageTypeScore() <= 1, r.detail());
  }

  @Test
  void keepingAllPagesKeepsASectionFrontAsAnArticleRowOfTypeListing() {
    Extraction e =
        ArticleExtractor.extract(
            Pages.html(Pages.sectionFront(), "https://example-news.com/category/politics/"),
            new ExtractionDefaults(null, null, Pages.NOW, true));
    Article a = assertInstanceOf(Extraction.Ok.class, e).article();
    assertEquals("listing", a.pageType());
    assertTrue(a.pageTypeScore() > 0.5, String.valueOf(a.pageTypeScore()));
  }

  @Test
  void aForumThreadIsAForum() {
    StringBuilder posts = new StringBuilder("<h1>Which ferry pass is best for commuters?</h1>");
    for (int i = 1; i <= 6; i++) {
      posts
          .append("<div class=\"post\"><span class=\"author\">member")
          .append(i)
          .append("</span><span>Joined</span><p>I have used the monthly pass for a year and it")
          .append(" works well for me, but the weekend timetable is thin and the app is slow.</p>")
          .append("<a href=\"#r\">Reply</a><a href=\"#q\">Quote</a></div>");
    }
    Extraction e =
        ArticleExtractor.extract(
            Pages.html(
                Pages.page(
                    "<title>Which ferry pass is best for commuters? - Forum</title>"
                        + "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\","
                        + "\"headline\":\"Which ferry pass is best for commuters?\"}</script>",
                    posts.toString()),
                "https://forum.example.org/threads/which-ferry-pass-is-best.4711/"),
            ARTICLES_ONLY);
    Extraction.Rejected r = assertInstanceOf(Extraction.Rejected.class, e);
    assertEquals(RejectReason.NOT_ARTICLE, r.reason());
    assertEquals("forum", r.pageType());
  }

  @Test
  void aProductPageWithAPriceAndACartIsAProduct() {
    String page =
        Pages.page(
            "<title>Harbour ferry model kit</title><meta property=\"og:type\" content=\"product\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Ferry kit\","
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"49.99\"}}</script>",
            "<h1>Harbour ferry model kit</h1><p class=\"price\">$49.99</p>"
                + "<p>A wooden model of the harbour ferry, with every part cut and numbered, glue and"
                + " paint included, for builders of ten years and older.</p>"
                + "<button class=\"add-to-cart\">Add to cart</button>");
    Extraction e =
        ArticleExtractor.extract(
            Pages.html(page, "https://shop.example.com/products/harbour-ferry-model-kit"),
            ARTICLES_ONLY);
    Extraction.Rejected r = assertInstanceOf(Extraction.Rejected.class, e);
    assertEquals("product", r.pageType());
  }

  @Test
  void aTextRecordIsAnArticleUnlessItSaysOtherwise() {
    String body =
        "The city council approved the new budget on Tuesday evening after a debate of four hours"
            + " and a vote of seven to four, which funds road repairs and two new libraries.";
    Article plain =
        Pages.article(Pages.jsonlText(1L, body, null, RawDocument.Hints.NONE), ARTICLES_ONLY);
    assertEquals("article", plain.pageType());
    assertEquals(1.0, plain.pageTypeScore());

    RawDocument.Hints forum =
        new RawDocument.Hints(null, null, null, null, null, null, null, null, "Forum");
    Extraction e = ArticleExtractor.extract(Pages.jsonlText(2L, body, null, forum), ARTICLES_ONLY);
    Extraction.Rejected r = assertInstanceOf(Extraction.Rejected.class, e);
    assertEquals(RejectReason.NOT_ARTICLE, r.reason());
    assertEquals("forum", r.pageType());
    assertEquals(1.0, r.pageTypeScore());
  }

  @Test
  void aRecordTypeThatIsNoDocumentedValueIsIgnored() {
    assertEquals(null, PageType.ofCode("newsletter"));
    assertEquals(PageType.LISTING, PageType.ofCode(" Listing "));
  }

  @Test
  void everySignalHasANameAWeightAndAValueBetweenZeroAndOne() {
    double[] x =
        PageTypeClassifier.features(
            ArticleExtractor.evidence(
                Pages.html(Pages.sectionFront(), "https://example-news.com/tag/ferries"),
                ARTICLES_ONLY));
    assertEquals(PageTypeClassifier.FEATURES.size(), x.length);
    for (int i = 0; i < x.length; i++) {
      assertTrue(x[i] >= 0 && x[i] <= 1, PageTypeClassifier.FEATURES.get(i) + " = " + x[i]);
    }
  }
}
