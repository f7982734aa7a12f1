package org.newslens.common.schema;

import java.util.Locale;

/**
 * Where an article's publication date came from, most trustworthy first; stored lower-case in
 * {@code date_source}.
 */
public enum DateSource {
  JSON_LD,
  META,
  TIME_ELEMENT,
  URL,
  TEXT,
  SOURCE,
  FILE_NAME,
  CLI,
  WARC_DATE,
  NONE;

  /** The value written to Parquet, e.g. {@code json-ld}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
