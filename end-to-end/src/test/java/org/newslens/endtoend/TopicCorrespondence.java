package org.newslens.endtoend;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newslens.analysis.topics.TopicTables;
import org.newslens.common.schema.ArticleColumns;

/**
 * Which analysis topic stands for each generator topic, measured rather than assumed. The generator
 * writes ten topics of its own (politics, economy, climate, ...); the analysis assigns the topics
 * of its taxonomy (22 news topics, an article may get several), and the two vocabularies differ:
 * generator climate stories talk of flooding and wind farms as much as of emissions. So the
 * counterpart of a generator topic G is the analysis topic T that best recovers "the article's main
 * topic is G" among the ingested articles, by F1 of (articles on T) against (articles whose ground
 * truth has main topic G); precision and recall are kept so that a weak correspondence shows.
 *
 * <p>Ingested articles are matched to the ground truth by canonical URL (the generator's {@code
 * url} is canonical); text-dump articles carry no URL and are left out of the matching.
 */
final class TopicCorrespondence {
  /** One generator topic's best analysis topic. */
  record Match(
      String generatorTopic, String topic, long truthArticles, long topicArticles, long both) {
    double precision() {
      return topicArticles == 0 ? 0 : (double) both / topicArticles;
    }

    double recall() {
      return truthArticles == 0 ? 0 : (double) both / truthArticles;
    }

    double f1() {
      return both == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s -> %s (F1 %.3f, precision %.3f, recall %.3f, %d articles)",
          generatorTopic,
          topic,
          f1(),
          precision(),
          recall(),
          truthArticles);
    }
  }

  private final Map<String, Match> byGeneratorTopic;

  private TopicCorrespondence(Map<String, Match> byGeneratorTopic) {
    this.byGeneratorTopic = byGeneratorTopic;
  }

  /**
   * @param truth the generator's {@code ground_truth.jsonl} rows
   * @param articles the ingested articles table
   * @param articleTopics the analysis job's {@code article_topics} table
   * @param source which analysis topics to match: {@link TopicTables#SOURCE_TAXONOMY} or {@link
   *     TopicTables#SOURCE_LDA}
   */
  static TopicCorrespondence measure(
      Dataset<Row> truth, Dataset<Row> articles, Dataset<Row> articleTopics, String source) {
    Dataset<Row> matched =
        truth
            .filter(col("duplicate_of").isNull().and(col("url").isNotNull()))
            .select(col("url"), element_at(col("topics"), 1).as("truth_topic"))
            .join(
                articles.select(
                    col(ArticleColumns.ARTICLE_ID), col(ArticleColumns.CANONICAL_URL).as("url")),
                "url")
            .cache();
    Map<String, Long> truthCounts =
        counts(matched.groupBy("truth_topic").agg(count(lit(1))).collectAsList());
    Dataset<Row> onTopics =
        matched.join(
            articleTopics
                .filter(col(TopicTables.SOURCE).equalTo(source))
                .select(
                    col(TopicTables.ARTICLE_ID).as(ArticleColumns.ARTICLE_ID),
                    col(TopicTables.TOPIC)),
            ArticleColumns.ARTICLE_ID);
    Map<String, Long> topicCounts =
        counts(onTopics.groupBy(TopicTables.TOPIC).agg(count(lit(1))).collectAsList());
    Map<String, Match> best = new TreeMap<>();
    for (Row r :
        onTopics.groupBy("truth_topic", TopicTables.TOPIC).agg(count(lit(1))).collectAsList()) {
      Match m =
          new Match(
              r.getString(0),
              r.getString(1),
              truthCounts.get(r.getString(0)),
              topicCounts.get(r.getString(1)),
              r.getLong(2));
      best.merge(m.generatorTopic(), m, (a, b) -> a.f1() >= b.f1() ? a : b);
    }
    matched.unpersist();
    return new TopicCorrespondence(best);
  }

  private static Map<String, Long> counts(List<Row> rows) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : rows) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /** The best match of a generator topic, or an exception naming every match when it has none. */
  Match of(String generatorTopic) {
    Match m = byGeneratorTopic.get(generatorTopic);
    if (m == null) {
      throw new IllegalStateException(
          "no analysis topic for generator topic " + generatorTopic + ": " + this);
    }
    return m;
  }

  List<Match> all() {
    List<Match> out = new ArrayList<>(byGeneratorTopic.values());
    out.sort(Comparator.comparing(Match::generatorTopic));
    return out;
  }

  @Override
  public String toString() {
    return all().toString();
  }
}
