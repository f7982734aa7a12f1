package org.newslens.ingest.extract.pagetype;

import java.util.List;

/**
 * What a page says about its own kind, gathered from what extraction has already read: nothing here
 * parses the page again.
 *
 * @param url the page's URL (the canonical one when the page names it), or null
 * @param title the page's title as extraction read it (site name dropped), or null
 * @param structuredTypes the {@code @type} values of its JSON-LD objects
 * @param ogType its {@code og:type}, or null
 * @param publishedMeta whether it has an {@code article:published_time} meta tag
 * @param headlines its {@code h1} elements
 * @param bylines its author or byline elements
 * @param authorNamed whether metadata extraction found an author's name (structured data, meta tags
 *     or a byline)
 * @param pageDate whether a publication date was found on the page itself (structured data, meta, a
 *     date element, the URL or the text), not supplied from outside
 * @param markedDate whether that date was marked up as one: JSON-LD, a meta tag or a date element
 * @param bodyTimes the {@code <time>} elements in its body
 * @param shape the body's shape before extraction
 * @param paragraphs the paragraphs of the extracted body
 */
public record PageEvidence(
    String url,
    String title,
    List<String> structuredTypes,
    String ogType,
    boolean publishedMeta,
    int headlines,
    int bylines,
    boolean authorNamed,
    boolean pageDate,
    boolean markedDate,
    int bodyTimes,
    PageShape shape,
    List<String> paragraphs) {}
