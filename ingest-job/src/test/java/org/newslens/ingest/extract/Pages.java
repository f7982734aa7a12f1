package org.newslens.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import org.newslens.common.schema.SourceFormat;

/** Builders for extractor tests: inline pages wrapped in a minimal document. */
public final class Pages {
  public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  public static final ExtractionDefaults DEFAULTS = new ExtractionDefaults(null, null, NOW);

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
    return new ExtractionDefaults(null, date, NOW);
  }

  private static Article ok(Extraction e) {
    if (e instanceof Extraction.Ok ok) {
      return ok.article();
    }
    throw new AssertionError("expected an article, got " + e);
  }
}
