package org.newslens.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import org.newslens.common.schema.DateSource;
import org.newslens.common.schema.RejectReason;

/**
 * The outcome of extracting one record: an article, or a reason it could not become one. Never
 * null, never thrown.
 */
public sealed interface Extraction {
  record Ok(Article article) implements Extraction {}

  /**
   * A record that did not become an article. A page rejected for its body still carries the
   * publication date that date extraction found on it ({@code publishedDate} null and {@code
   * dateSource} {@code none} when there was none), so that a reject can be dated without reading
   * its detail. A {@code not_article} reject carries the detected page type and its score (null for
   * other reasons).
   */
  record Rejected(
      RejectReason reason,
      String detail,
      Instant publishedAt,
      LocalDate publishedDate,
      String dateSource,
      String pageType,
      Double pageTypeScore)
      implements Extraction {
    /** A rejection with no date found. */
    public Rejected(RejectReason reason, String detail) {
      this(reason, detail, null, null, DateSource.NONE.code(), null, null);
    }
  }
}
