package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.newslens.analysis.topics.TopicTables.ARTICLE_ID;
import static org.newslens.analysis.topics.TopicTables.LABEL;
import static org.newslens.analysis.topics.TopicTables.MATCHES;
import static org.newslens.analysis.topics.TopicTables.SOURCE;
import static org.newslens.analysis.topics.TopicTables.TOPIC;
import static org.newslens.analysis.topics.TopicTables.WEIGHT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.topics.TopicModel.TopicTerm;
import org.newslens.common.schema.ArticleColumns;

/**
 * Stages that assign topics to articles; each returns the {@link TopicTables#ARTICLE_TOPICS} grain.
 */
public final class ArticleTopics {
  private ArticleTopics() {}

  /**
   * One row per article × taxonomy topic whose terms occur at least {@code minMatches} times in the
   * article's title and text ({@link Taxonomy#assign}). Articles matching no topic get no row.
   */
  public static Dataset<Row> toTaxonomyTopics(
      Dataset<Row> articles, Taxonomy taxonomy, int minMatches) {
    UDF1<String, Map<String, Integer>> assign = text -> taxonomy.assign(text, minMatches);
    UserDefinedFunction assignTopics =
        udf(assign, DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType));
    Column text = concat_ws("\n\n", col(ArticleColumns.TITLE), col(ArticleColumns.TEXT));
    Dataset<Row> exploded =
        articles.select(
            col(ArticleColumns.ARTICLE_ID).as(ARTICLE_ID),
            explode(assignTopics.apply(text)).as(new String[] {TOPIC, MATCHES}));
    Column articleMatches = sum(col(MATCHES)).over(Window.partitionBy(col(ARTICLE_ID)));
    return exploded.select(
        col(ARTICLE_ID),
        lit(TopicTables.SOURCE_TAXONOMY).as(SOURCE),
        col(TOPIC),
        col(TOPIC).as(LABEL),
        col(MATCHES).cast("double").divide(articleMatches).as(WEIGHT),
        col(MATCHES).cast("int").as(MATCHES));
  }

  /**
   * One row per article × LDA topic whose weight in the article is at least {@code minWeight}, and
   * always the article's heaviest topic (unless its text had no known term, when the model gives
   * all topics weight 0).
   *
   * @param modelled {@link TopicModel#transform} output, with {@code article_id}
   * @param topicTerms the model's top terms per topic, for the labels
   */
  public static Dataset<Row> toLdaTopics(
      Dataset<Row> modelled, List<List<TopicTerm>> topicTerms, double minWeight) {
    List<Column> labels = new ArrayList<>();
    for (List<TopicTerm> terms : topicTerms) {
      labels.add(lit(TopicModel.label(terms)));
    }
    Dataset<Row> weights =
        modelled.select(
            col(ArticleColumns.ARTICLE_ID).as(ARTICLE_ID),
            TopicModel.dominantTopic(col(TopicModel.TOPIC_DISTRIBUTION)).as("dominant"),
            posexplode(TopicModel.topicWeights(col(TopicModel.TOPIC_DISTRIBUTION)))
                .as(new String[] {"pos", WEIGHT}));
    return weights
        .filter(
            col(WEIGHT)
                .gt(0)
                .and(col(WEIGHT).geq(minWeight).or(col("pos").equalTo(col("dominant")))))
        .select(
            col(ARTICLE_ID),
            lit(TopicTables.SOURCE_LDA).as(SOURCE),
            format_string("t%02d", col("pos")).as(TOPIC),
            element_at(array(labels.toArray(new Column[0])), col("pos").plus(1)).as(LABEL),
            col(WEIGHT),
            lit(null).cast("int").as(MATCHES));
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

  /** The schema {@link #topicTermRows} rows follow. */
  public static StructType topicTermsSchema() {
    return TopicTables.TOPIC_TERMS;
  }
}
