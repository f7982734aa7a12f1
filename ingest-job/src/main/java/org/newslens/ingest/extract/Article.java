package org.newslens.ingest.extract;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One extracted article; fields mirror {@link org.newslens.common.schema.ArticleSchema} (see it for
 * meanings). {@code sourceLines} is {@code [first, last]} or null.
 */
public record Article(
    String articleId,
    String url,
    String canonicalUrl,
    String outlet,
    String outletDomain,
    String title,
    String titleSource,
    List<String> authors,
    Instant publishedAt,
    LocalDate publishedDate,
    String dateSource,
    String language,
    String section,
    String description,
    String text,
    int wordCount,
    String pageType,
    double pageTypeScore,
    String sourcePath,
    Long sourceRecord,
    int[] sourceLines,
    String sourceFormat,
    String sourceId,
    String contentHash,
    String extractorVersion)
    implements Serializable {}
