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
 */
public record ExtractionDefaults(String outlet, LocalDate date, Instant now)
    implements Serializable {}
