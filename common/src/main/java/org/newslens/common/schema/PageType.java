package org.newslens.common.schema;

import java.util.Locale;

/**
 * What kind of page a record is; stored lower-case in the {@code page_type} column of {@code
 * articles} and named in the detail of a {@code not_article} reject.
 */
public enum PageType {
  /** A news story, blog post, editorial, guide or review: one long run of prose of its own. */
  ARTICLE,
  /** Section fronts, tag, author and search pages, indexes: many short cards linking elsewhere. */
  LISTING,
  /** A discussion thread or question-and-answer page: repeated posts by several people. */
  FORUM,
  /** A product or item detail page: price, cart, offers. */
  PRODUCT,
  /** Software documentation, reference and help pages. */
  DOCUMENTATION,
  /** A page about an organisation or a service it offers: about, contact, pricing, sign-up. */
  SERVICE,
  /** None of the above, or not enough evidence to say. */
  OTHER;

  /** The value written to Parquet, e.g. {@code listing}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type of a code (ignoring case and surrounding space), or null when it names none. */
  public static PageType ofCode(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    for (PageType t : values()) {
      if (t.code().equals(c)) {
        return t;
      }
    }
    return null;
  }
}
