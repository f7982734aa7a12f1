package org.newslens.ingest.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, authors, outlet (site name), canonical URL, section, description and declared language of
 * an HTML page, from JSON-LD, meta conventions (Open Graph, Twitter, Dublin Core, Parse.ly,
 * Sailthru, itemprop) and markup.
 */
public final class MetadataExtractor {
  /** What the page says about itself; each field may be null, authors never is. */
  public record PageMetadata(
      String title,
      List<String> authors,
      String siteName,
      String canonicalUrl,
      String section,
      String description,
      String language) {}

  private static final Pattern BY =
      Pattern.compile(
          "(?iu)^(by|von|par|por|di|door|av|text:|autor:|author:|"
              + "written by|reporting by)\\s+");
  private static final Pattern SPLIT_AUTHORS =
      Pattern.compile("(?iu)\\s*(,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|" + "\\be\\b|\\|)\\s*");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·:»-]\\s+");

  private MetadataExtractor() {}

  public static PageMetadata extract(
      Document page, PageIndex index, PageMeta meta, JsonLd ld, String url) {
    String siteName =
        firstNonBlank(
            meta.first(
                "og:site_name",
                "application-name",
                "apple-mobile-web-app-title",
                "twitter:app:name:iphone"),
            ld.publisher(),
            meta.first("dc.publisher", "dcterms.publisher", "publisher"));
    String title = title(page, index, meta, ld, siteName);
    String canonical =
        firstNonBlank(attr(first(index.canonicalLinks()), "abs:href"), meta.get("og:url"), url);
    String section =
        firstNonBlank(
            ld.text("articleSection", false),
            meta.first(
                "article:section",
                "section",
                "parsely-section",
                "sailthru.section",
                "category",
                "dc.subject",
                "og:section"));
    String description =
        firstNonBlank(
            meta.first("description", "og:description", "twitter:description", "dc.description"),
            ld.text("description", false));
    Element html = page.selectFirst("html");
    String language =
        firstNonBlank(
            LanguageDetector.normalise(html == null ? null : html.attr("lang")),
            LanguageDetector.normalise(html == null ? null : html.attr("xml:lang")),
            LanguageDetector.normalise(
                meta.first(
                    "content-language", "language", "dc.language", "og:locale", "inlanguage")),
            LanguageDetector.normalise(ld.text("inLanguage", false)));
    return new PageMetadata(
        title, authors(index, meta, ld), siteName, canonical, section, description, language);
  }

  private static String title(
      Document page, PageIndex index, PageMeta meta, JsonLd ld, String siteName) {
    String t =
        firstNonBlank(
            ld.text("headline", false),
            meta.first(
                "og:title",
                "twitter:title",
                "dc.title",
                "sailthru.title",
                "parsely-title",
                "headline"));
    if (t == null) {
      Element h1 = first(index.headlines());
      t = h1 == null ? null : h1.text();
    }
    if (t == null || t.isBlank()) {
      t = page.title();
    }
    return t == null || t.isBlank() ? null : stripSiteName(t.trim(), siteName);
  }

  /** Removes a trailing or leading " | Site Name" from a title. */
  static String stripSiteName(String title, String siteName) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String last = parts[parts.length - 1];
    String first = parts[0];
    if (siteName != null && last.equalsIgnoreCase(siteName.trim())) {
      return title
          .substring(0, title.length() - last.length())
          .replaceAll("\\s+[|–—·:»-]\\s*$", "")
          .trim();
    }
    if (siteName != null && first.equalsIgnoreCase(siteName.trim())) {
      return title.substring(first.length()).replaceAll("^\\s*[|–—·:»-]\\s+", "").trim();
    }
    return title;
  }

  private static List<String> authors(PageIndex index, PageMeta meta, JsonLd ld) {
    List<String> raw = new ArrayList<>(ld.authors());
    if (raw.isEmpty()) {
      String m =
          meta.first(
              "author",
              "article:author",
              "parsely-author",
              "sailthru.author",
              "dc.creator",
              "dcterms.creator",
              "byl",
              "citation_author");
      if (m != null && !m.startsWith("http")) {
        raw.add(m);
      }
    }
    if (raw.isEmpty()) {
      for (Element e : index.bylines()) {
        Element name = e.selectFirst("[itemprop=name]");
        String text = (name != null ? name : e).text();
        if (!text.isBlank() && text.length() < 120) {
          raw.add(text);
          break;
        }
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (String r : raw) {
      String cleaned = BY.matcher(r.trim()).replaceFirst("");
      for (String part : SPLIT_AUTHORS.split(cleaned)) {
        String name = part.trim().replaceAll("\\s+", " ");
        if (name.length() >= 3
            && name.length() <= 60
            && !name.contains("@")
            && !name.startsWith("http")
            && Character.isLetter(name.codePointAt(0))) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  private static Element first(List<Element> elements) {
    return elements.isEmpty() ? null : elements.get(0);
  }

  private static String attr(Element e, String attr) {
    return e == null ? null : e.attr(attr);
  }

  public static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
