package org.newslens.ingest.extract.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements that metadata and date extraction read, gathered in one pass over the parsed page
 * instead of one search of the whole page each: {@code meta} tags, JSON-LD scripts, elements marked
 * as the publication date ({@code itemprop=datePublished|dateCreated}, {@code pubdate}), the body's
 * {@code <time>} elements, canonical links ({@code link[rel=canonical][href]}), author and byline
 * elements ({@code [itemprop=author], [rel=author], .byline, .author, [class*=byline]}) and
 * headlines ({@code h1}), each in document order, plus the number of elements. Matching follows
 * jsoup's selectors (tag names as parsed, attribute values compared ignoring case).
 */
public record PageIndex(
    List<Element> metas,
    List<Element> jsonLdScripts,
    List<Element> publicationDates,
    List<Element> bodyTimes,
    List<Element> canonicalLinks,
    List<Element> bylines,
    List<Element> headlines,
    int elements) {
  public static PageIndex of(Document page) {
    List<Element> metas = new ArrayList<>();
    List<Element> jsonLdScripts = new ArrayList<>();
    List<Element> publicationDates = new ArrayList<>();
    List<Element> bodyTimes = new ArrayList<>();
    List<Element> canonicalLinks = new ArrayList<>();
    List<Element> bylines = new ArrayList<>();
    List<Element> headlines = new ArrayList<>();
    int[] elements = {0};
    Element body = page.body();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (!(node instanceof Element e)) {
            return;
          }
          elements[0]++;
          String tag = e.normalName();
          if (tag.equals("meta")) {
            metas.add(e);
          } else if (tag.equals("script")
              && e.attr("type").equalsIgnoreCase("application/ld+json")) {
            jsonLdScripts.add(e);
          } else if (tag.equals("link")
              && e.attr("rel").equalsIgnoreCase("canonical")
              && e.hasAttr("href")) {
            canonicalLinks.add(e);
          } else if (tag.equals("h1")) {
            headlines.add(e);
          }
          String itemprop = e.attr("itemprop");
          if (itemprop.equalsIgnoreCase("datePublished")
              || itemprop.equalsIgnoreCase("dateCreated")
              || e.hasAttr("pubdate")) {
            publicationDates.add(e);
          }
          if (tag.equals("time") && (body == null || inside(e, body))) {
            bodyTimes.add(e);
          }
          if (itemprop.equalsIgnoreCase("author")
              || e.attr("rel").equalsIgnoreCase("author")
              || isByline(e)) {
            bylines.add(e);
          }
        },
        page);
    return new PageIndex(
        metas,
        jsonLdScripts,
        publicationDates,
        bodyTimes,
        canonicalLinks,
        bylines,
        headlines,
        elements[0]);
  }

  /**
   * The first {@code meta} tag whose {@code name} is this one (ignoring case), as {@code
   * meta[name=...]} finds it.
   */
  public Element metaNamed(String name) {
    for (Element e : metas) {
      if (e.attr("name").equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The headlines and every element that holds one: the elements for which {@code
   * selectFirst("h1")} is not null.
   */
  public Set<Element> headlineHolders() {
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element h1 : headlines) {
      for (Element a = h1; a != null && holders.add(a); a = a.parent()) {
        // every ancestor of a headline holds it
      }
    }
    return holders;
  }

  /**
   * {@code .byline, .author, [class*=byline]}. Each needs "byline" or "author" in the class
   * attribute, ignoring case as {@link String#regionMatches(boolean, int, String, int, int)} does
   * (only a {@code b} or an {@code a} in either case starts one), so only such attributes are
   * matched further.
   */
  private static boolean isByline(Element e) {
    String cls = e.className();
    if (!mayHoldByline(cls)) {
      return false;
    }
    return e.hasClass("byline")
        || e.hasClass("author")
        || MetadataExtractor.lower(cls).contains("byline");
  }

  private static boolean mayHoldByline(String cls) {
    for (int i = 0; i < cls.length(); i++) {
      char c = cls.charAt(i);
      if (((c == 'b' || c == 'B') && cls.regionMatches(true, i, "byline", 0, 6))
          || ((c == 'a' || c == 'A') && cls.regionMatches(true, i, "author", 0, 6))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }
}
