package org.newslens.common.schema;

import java.util.Locale;

/**
 * Why a record could not become an article; stored lower-case in the {@code reason} column of
 * {@code rejects}.
 */
public enum RejectReason {
  /** The file could not be opened or read at all. */
  UNREADABLE_FILE,
  /** A gzip stream was corrupt or truncated. */
  CORRUPT_GZIP,
  /** A WARC record (or the rest of a WARC file from that offset) could not be parsed. */
  CORRUPT_WARC_RECORD,
  /** A WARC response whose payload is not HTML (images, PDFs, robots.txt, DNS records …). */
  NOT_HTML,
  /** A WARC response whose HTTP status is not 200 (redirects, errors): it carries no article. */
  HTTP_STATUS,
  /** A JSONL line that is not a JSON object. */
  INVALID_JSON,
  /** A record with no usable article body after extraction and furniture removal. */
  NO_BODY_TEXT,
  /** A file whose format could not be detected from its name or content. */
  UNKNOWN_FORMAT;

  /** The value written to Parquet, e.g. {@code corrupt_gzip}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
