package org.newslens.ingest.extract.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The {@code meta} values of a page keyed by lower-case name, property, itemprop or http-equiv
 * (first one wins).
 */
public final class PageMeta {
  private final Map<String, String> values = new HashMap<>();

  public static PageMeta of(PageIndex index) {
    PageMeta meta = new PageMeta();
    for (Element e : index.metas()) {
      String content = e.hasAttr("content") ? e.attr("content") : e.attr("value");
      if (content.isBlank()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = e.attr(attr);
        if (!key.isEmpty()) {
          meta.values.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), content.trim());
        }
      }
    }
    return meta;
  }

  public String get(String key) {
    return values.get(key);
  }

  /** The first of these keys that has a value. */
  public String first(String... keys) {
    for (String k : keys) {
      String v = values.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
