package org.newslens.common.schema;

import java.util.Locale;

/**
 * Why a record could not become an article; stored lower-case in the {@code reason} column of
 * {@code rejects}.
 */
public enum RejectReason {
  /** The file could not be opened or read at all (permissions, a broken or looping link). */
  UNREADABLE_FILE,
  /** A file with no content: no bytes, only white space, or an archive holding no record. */
  EMPTY_FILE,
  /**
   * A record larger than the per-record limit after decompression (a huge page, a gzip bomb, a
   * JSONL line longer than the limit).
   */
  TOO_LARGE,
  /**
   * A gzip stream was corrupt or truncated; in a WARC file, the damaged span up to the next intact
   * gzip member.
   */
  CORRUPT_GZIP,
  /** A WARC record that could not be parsed: the damaged span up to the next record header. */
  CORRUPT_WARC_RECORD,
  /**
   * A record that is not text whatever its name or declared type says: binary bytes, or text that
   * decodes to mostly control or replacement characters.
   */
  NOT_TEXT,
  /** A WARC response whose payload is not HTML (images, PDFs, robots.txt, DNS records …). */
  NOT_HTML,
  /** A WARC response whose HTTP status is not 200 (redirects, errors): it carries no article. */
  HTTP_STATUS,
  /** A JSONL line that is not a JSON object. */
  INVALID_JSON,
  /** A record with no usable article body after extraction and furniture removal. */
  NO_BODY_TEXT,
  /**
   * A page that is not a news article (a listing, forum, product, documentation or service page);
   * its detail starts with the detected page type. Kept out of {@code articles} unless ingest runs
   * with {@code --keep-pages all}.
   */
  NOT_ARTICLE,
  /** A file whose format could not be detected from its name or content. */
  UNKNOWN_FORMAT;

  /** The value written to Parquet, e.g. {@code corrupt_gzip}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
