package org.newslens.ingest.extract;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the command line supplies where an archive has no metadata.
 *
 * @param outlet {@code --outlet}, or null
 * @param date {@code --date}, or null
 * @param now the run's start, used to reject dates in the future
 * @param keepAllPages {@code --keep-pages all}: pages that are not articles become rows of {@code
 *     articles} (with their {@code page_type}) instead of {@code not_article} rejects
 */
public record ExtractionDefaults(String outlet, LocalDate date, Instant now, boolean keepAllPages)
    implements Serializable {
  /** Defaults that keep articles only ({@code --keep-pages articles}). */
  public ExtractionDefaults(String outlet, LocalDate date, Instant now) {
    this(outlet, date, now, false);
  }
}
