package org.newslens.common.schema;

import java.util.Locale;

/** Input formats the ingest job reads; stored lower-case in {@code source_format}. */
public enum SourceFormat {
  HTML,
  WARC,
  JSONL,
  TEXT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceFormat parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
