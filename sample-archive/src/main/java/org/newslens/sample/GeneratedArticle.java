package org.newslens.sample;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.newslens.sample.TextComposer.Polarity;

/**
 * One generated article, before it is written in some archive format.
 *
 * @param id stable id within the archive, e.g. {@code a0000042}
 * @param outlet who published it
 * @param topic its main topic
 * @param second a secondary topic (the same as {@code topic} when it has none)
 * @param polarity its intended sentiment
 * @param day the day it belongs to (also for undated articles, where no format carries it)
 * @param publishedAt publication time as the outlet states it, or null when the article is planted
 *     undated
 * @param title the headline
 * @param standfirst a one-sentence summary (meta description, standfirst)
 * @param paragraphs the body, cross-heads included, no furniture
 * @param author byline name
 * @param url the canonical URL
 * @param syndicationGroup the wire story it is a copy of, or null
 * @param planted the planted signals this article belongs to ({@code topic_surge}, {@code
 *     sentiment_drift})
 * @param pageSeed seed for the furniture of its page, so that copies of the page are byte-identical
 */
public record GeneratedArticle(
    String id,
    Outlet outlet,
    Topic topic,
    Topic second,
    Polarity polarity,
    LocalDate day,
    OffsetDateTime publishedAt,
    String title,
    String standfirst,
    List<String> paragraphs,
    String author,
    String url,
    String syndicationGroup,
    List<String> planted,
    long pageSeed) {

  /** The body as the ground truth holds it: paragraphs joined by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  public boolean undated() {
    return publishedAt == null;
  }

  public List<String> topics() {
    return second == topic ? List.of(topic.name()) : List.of(topic.name(), second.name());
  }
}
