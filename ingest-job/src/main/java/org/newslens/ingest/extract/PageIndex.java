package org.newslens.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements that metadata and date extraction read, gathered in one pass over the parsed page instead of one
 * search of the whole page each: {@code meta} tags, JSON-LD scripts, elements marked as the publication date
 * ({@code itemprop=datePublished|dateCreated}, {@code pubdate}) and the body's {@code <time>} elements, each in
 * document order. Matching follows jsoup's selectors (tag names as parsed, attribute values compared ignoring case).
 */
record PageIndex(List<Element> metas, List<Element> jsonLdScripts, List<Element> publicationDates,
    List<Element> bodyTimes) {
  static PageIndex of(Document page) {
    PageIndex index = new PageIndex(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Element body = page.body();
    NodeTraversor.traverse((node, depth) -> {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("meta")) {
        index.metas.add(e);
      } else if (tag.equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
        index.jsonLdScripts.add(e);
      }
      String itemprop = e.attr("itemprop");
      if (itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateCreated")
          || e.hasAttr("pubdate")) {
        index.publicationDates.add(e);
      }
      if (tag.equals("time") && (body == null || inside(e, body))) {
        index.bodyTimes.add(e);
      }
    }, page);
    return index;
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
