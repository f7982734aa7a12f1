package org.newslens.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.common.schema.DateSource;
import org.newslens.common.schema.RejectReason;

/**
 * Turns one {@link RawDocument} into an {@link Article} or a rejection. Pure Java: no Spark types, no I/O, never
 * throws on bad markup or text.
 */
public final class ArticleExtractor {
  public static final String VERSION = "0.1.0";
  /** Bodies shorter than this many words are rejected as {@code no_body_text}. */
  public static final int MIN_WORDS = 20;

  private ArticleExtractor() {}

  public static Extraction extract(RawDocument doc, ExtractionDefaults defaults) {
    try {
      return doc.html() ? fromHtml(doc, defaults) : fromText(doc, defaults);
    } catch (RuntimeException e) {
      // jsoup never throws on markup; anything here is a bug, kept as a reject rather than a failed job.
      return new Extraction.Rejected(RejectReason.NO_BODY_TEXT, "extractor error: " + e);
    }
  }

  private static Extraction fromHtml(RawDocument doc, ExtractionDefaults defaults) {
    Document page = Jsoup.parse(doc.content(), doc.url() == null ? "" : doc.url());
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.body();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element p : root.select("p, h2, h3, li")) {
      String line = p.text().trim();
      if (!line.isEmpty()) {
        paragraphs.add(line);
      }
    }
    String title = firstNonBlank(meta(page, "og:title"), page.title(), doc.hints().title());
    String canonical = firstNonBlank(page.select("link[rel=canonical]").attr("abs:href"), meta(page, "og:url"), doc.url());
    String published = firstNonBlank(meta(page, "article:published_time"), doc.hints().date());
    DateSource source = meta(page, "article:published_time") != null ? DateSource.META : DateSource.SOURCE;
    String outlet = firstNonBlank(meta(page, "og:site_name"), doc.hints().outlet());
    String language = firstNonBlank(page.select("html").attr("lang"), doc.hints().language());
    return build(doc, defaults, String.join("\n\n", paragraphs), title, canonical, outlet, published, source, language);
  }

  private static Extraction fromText(RawDocument doc, ExtractionDefaults defaults) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : doc.content().split("\\R")) {
      if (!line.isBlank()) {
        paragraphs.add(line.trim());
      }
    }
    return build(doc, defaults, String.join("\n\n", paragraphs), doc.hints().title(), doc.url(),
        doc.hints().outlet(), doc.hints().date(), DateSource.SOURCE, doc.hints().language());
  }

  private static Extraction build(RawDocument doc, ExtractionDefaults defaults, String text, String title,
      String canonical, String outlet, String published, DateSource source, String language) {
    if (ArticleIds.wordCount(text) < MIN_WORDS) {
      return new Extraction.Rejected(RejectReason.NO_BODY_TEXT,
          "body has " + ArticleIds.wordCount(text) + " words, fewer than " + MIN_WORDS);
    }
    String canonicalUrl = ArticleIds.canonicalUrl(canonical);
    Instant at = parseInstant(published);
    String dateSource = at == null ? DateSource.NONE.code() : source.code();
    if (at == null && defaults.date() != null) {
      at = defaults.date().atStartOfDay(ZoneOffset.UTC).toInstant();
      dateSource = DateSource.CLI.code();
    }
    String domain = ArticleIds.domain(canonicalUrl);
    String outletName = firstNonBlank(outlet, defaults.outlet(), domain, "unknown");
    LocalDate day = at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate();
    return new Extraction.Ok(new Article(
        ArticleIds.articleId(canonicalUrl, text), doc.url(), canonicalUrl, outletName, domain, title,
        doc.hints().authors() == null ? List.of() : doc.hints().authors(), at, day, dateSource,
        language == null || language.isBlank() ? null : language.substring(0, 2).toLowerCase(),
        doc.hints().section(), doc.hints().description(), text, ArticleIds.wordCount(text), doc.sourcePath(),
        doc.sourceRecord(), doc.format().code(), doc.hints().id(), ArticleIds.contentHash(text), VERSION));
  }

  private static String meta(Document page, String property) {
    Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : e.attr("content");
  }

  static Instant parseInstant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.trim().substring(0, Math.min(10, value.trim().length())))
            .atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
