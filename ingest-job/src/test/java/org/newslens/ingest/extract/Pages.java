package org.newslens.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import org.newslens.common.schema.SourceFormat;

/**
 * Builders for extractor tests: inline pages wrapped in a minimal document. Their defaults keep
 * every page ({@code --keep-pages all}): these tests are about what extraction reads from a page,
 * and whether a page is an article is tested in {@code PageTypeClassifierTest}.
 */
public final class Pages {
  public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  public static final ExtractionDefaults DEFAULTS = new ExtractionDefaults(null, null, NOW, true);

  /** Three paragraphs of plain reporting prose, enough to pass the minimum body length. */
  public static final String PROSE =
      "<p>The city council approved the new budget on Tuesday evening, after a debate that"
          + " lasted more than four hours and drew a large crowd of residents.</p>"
          + "<p>Council members said the plan would fund road repairs, two new libraries and longer opening hours for"
          + " public swimming pools across the northern districts.</p>"
          + "<p>Opponents argued that the spending was too high, but the measure passed by seven votes to four.</p>";

  private Pages() {}

  public static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  /**
   * A section front: twelve link cards (a linked headline, a one-line summary, a section link)
   * under the section's name, marked as a collection page.
   */
  public static String sectionFront() {
    StringBuilder cards = new StringBuilder("<h1>Politics</h1>");
    for (int i = 1; i <= 12; i++) {
      cards
          .append("<div class=\"card\"><h2><a href=\"/politics/2025/05/")
          .append(10 + i)
          .append("/story-number-")
          .append(i)
          .append("\">Story number ")
          .append(i)
          .append(
              " from the council chamber</a></h2><p>A short summary of the story, in a few words.</p>")
          .append("<a href=\"/politics/\">Politics</a></div>");
    }
    return page(
        "<title>Politics</title><meta property=\"og:type\" content=\"website\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"CollectionPage\",\"name\":\"Politics\"}"
            + "</script>",
        cards.toString());
  }

  /** A JSONL record's text body (not HTML) at {@code line} of {@code file:/in/a.jsonl}. */
  public static RawDocument jsonlText(long line, String body, String url, RawDocument.Hints hints) {
    return new RawDocument(
        "file:/in/a.jsonl", line, SourceFormat.JSONL, false, body, url, null, hints);
  }

  public static RawDocument html(String html, String url) {
    return new RawDocument(
        "file:/in/page.html",
        null,
        SourceFormat.HTML,
        true,
        html,
        url,
        null,
        RawDocument.Hints.NONE);
  }

  public static Article article(String html, String url) {
    return ok(ArticleExtractor.extract(html(html, url), DEFAULTS));
  }

  public static Article article(RawDocument doc, ExtractionDefaults defaults) {
    return ok(ArticleExtractor.extract(doc, defaults));
  }

  public static ExtractionDefaults withDate(LocalDate date) {
    return new ExtractionDefaults(null, date, NOW, true);
  }

  private static Article ok(Extraction e) {
    if (e instanceof Extraction.Ok ok) {
      return ok.article();
    }
    throw new AssertionError("expected an article, got " + e);
  }
}
