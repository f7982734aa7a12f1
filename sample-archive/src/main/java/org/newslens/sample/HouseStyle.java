package org.newslens.sample;

/**
 * How an outlet's pages place their metadata, each a convention common on real news sites. The
 * {@code dateSource} is the ingest {@code date_source} code a general extractor should report for a
 * dated page of this style.
 */
public enum HouseStyle {
  /** A JSON-LD {@code NewsArticle} block with headline, datePublished, author and publisher. */
  JSON_LD("json-ld"),
  /** Open Graph tags plus {@code article:published_time}. */
  OPEN_GRAPH("meta"),
  /** A {@code <time datetime>} element in the byline, WordPress-like markup, cross-heads. */
  TIME_ELEMENT("time-element"),
  /** No date metadata: the date appears only in the URL path ({@code /2025/03/14/slug}). */
  URL_DATE("url"),
  /** The date appears only as text in the byline ("Published 14 March 2025, 09:12 GMT"). */
  BYLINE_TEXT("text");

  private final String dateSource;

  HouseStyle(String dateSource) {
    this.dateSource = dateSource;
  }

  public String dateSource() {
    return dateSource;
  }
}
