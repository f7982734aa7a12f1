package org.newslens.sample;

import org.newslens.common.schema.DateSource;

/**
 * How an outlet's pages place their metadata, each a convention common on real news sites. The
 * {@code dateSource} is the ingest {@code date_source} a general extractor should report for a
 * dated page of this style.
 */
public enum HouseStyle {
  /** A JSON-LD {@code NewsArticle} block with headline, datePublished, author and publisher. */
  JSON_LD(DateSource.JSON_LD),
  /** Open Graph tags plus {@code article:published_time}. */
  OPEN_GRAPH(DateSource.META),
  /** A {@code <time datetime>} element in the byline, WordPress-like markup, cross-heads. */
  TIME_ELEMENT(DateSource.TIME_ELEMENT),
  /** No date metadata: the date appears only in the URL path ({@code /2025/03/14/slug}). */
  URL_DATE(DateSource.URL),
  /** The date appears only as text in the byline ("Published 14 March 2025, 09:12 GMT"). */
  BYLINE_TEXT(DateSource.TEXT);

  private final DateSource dateSource;

  HouseStyle(DateSource dateSource) {
    this.dateSource = dateSource;
  }

  public DateSource dateSource() {
    return dateSource;
  }
}
