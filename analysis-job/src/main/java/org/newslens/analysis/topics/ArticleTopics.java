package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.newslens.analysis.topics.TopicTables.ARTICLE_ID;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.LDA_WEIGHTS;
import static org.newslens.analysis.topics.TopicTables.MATCHES;
import static org.newslens.analysis.topics.TopicTables.OUTLET;
import static org.newslens.analysis.topics.TopicTables.SCORE;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TAXONOMY_TOPICS;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.WEIGHT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newslens.analysis.topics.TopicModel.TopicTerm;
import org.newslens.common.schema.ArticleColumns;

/**
 * The article × topic rows: from the article pass's taxonomy matches and LDA weights ({@link
 * TopicTables#ARTICLE_TOPIC_INPUT}) to one row per article and topic, in the columns of {@link
 * TopicTables#ARTICLE_TOPICS} plus the article's outlet, publication day and sentiment score, so
 * that the frequency, sentiment and change-point stages need no join back to the articles.
 */
public final class ArticleTopics {
  private ArticleTopics() {}

  /**
   * One row per article × taxonomy topic (those reaching --taxonomy-min-matches) and, when {@code
   * ldaLabels} is given, per article × LDA topic whose weight is at least {@code minWeight}, plus
   * always the article's heaviest LDA topic (unless its text had no known term, when every weight
   * is 0).
   *
   * @param input {@link TopicTables#ARTICLE_TOPIC_INPUT} rows
   * @param ldaLabels each LDA topic's label ({@link TopicModel#label}), or null without LDA
   */
  public static Dataset<Row> toTopicRows(
      Dataset<Row> input, List<String> ldaLabels, double minWeight) {
    Dataset<Row> rows = toTaxonomyRows(input);
    return ldaLabels == null ? rows : rows.unionByName(toLdaRows(input, ldaLabels, minWeight));
  }

  /** The article columns every topic row carries, then {@code more}. */
  private static Column[] carrying(Column... more) {
    Column[] out = new Column[4 + more.length];
    out[0] = col(ARTICLE_ID);
    out[1] = col(OUTLET);
    out[2] = col(ArticleColumns.PUBLISHED_DATE);
    out[3] = col(SCORE);
    System.arraycopy(more, 0, out, 4, more.length);
    return out;
  }

  static Dataset<Row> toTaxonomyRows(Dataset<Row> input) {
    return input
        .select(carrying(explode(col(TAXONOMY_TOPICS)).as("m")))
        .select(
            carrying(
                lit(TopicTables.SOURCE_TAXONOMY).as(SOURCE),
                col("m." + TOPIC).as(TOPIC),
                col("m." + TOPIC).as(LABEL),
                col("m." + WEIGHT).as(WEIGHT),
                col("m." + MATCHES).as(MATCHES)));
  }

  static Dataset<Row> toLdaRows(Dataset<Row> input, List<String> labels, double minWeight) {
    List<Column> labelColumns = new ArrayList<>();
    for (String label : labels) {
      labelColumns.add(lit(label));
    }
    Column weights = col(LDA_WEIGHTS);
    return input
        .select(
            carrying(
                array_position(weights, array_max(weights)).cast("int").minus(1).as("dominant"),
                posexplode(weights).as(new String[] {"pos", WEIGHT})))
        .filter(
            col(WEIGHT)
                .gt(0)
                .and(col(WEIGHT).geq(minWeight).or(col("pos").equalTo(col("dominant")))))
        .select(
            carrying(
                lit(TopicTables.SOURCE_LDA).as(SOURCE),
                format_string("t%02d", col("pos")).as(TOPIC),
                element_at(array(labelColumns.toArray(new Column[0])), col("pos").plus(1))
                    .as(LABEL),
                col(WEIGHT),
                lit(null).cast("int").as(MATCHES)));
  }

  /** {@code topic_terms}: one row per LDA topic × rank, for the top terms of each topic. */
  public static List<Row> topicTermRows(String model, List<List<TopicTerm>> topicTerms) {
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < topicTerms.size(); t++) {
      List<TopicTerm> terms = topicTerms.get(t);
      String label = TopicModel.label(terms);
      for (int r = 0; r < terms.size(); r++) {
        rows.add(
            RowFactory.create(
                model,
                TopicModel.topicId(t),
                label,
                r + 1,
                terms.get(r).term(),
                terms.get(r).weight()));
      }
    }
    return rows;
  }
}
