package org.newslens.analysis;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.sentiment.ArticleSentiment;
import org.newslens.analysis.sentiment.SentenceScorer;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.topics.LdaInference;
import org.newslens.analysis.topics.Taxonomy;
import org.newslens.analysis.topics.Terms;
import org.newslens.analysis.topics.TextWords;
import org.newslens.analysis.topics.TopicStep;
import org.newslens.analysis.topics.TopicTables;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.Columns;

/**
 * The one pass over the articles' text: for every article its sentence sentiment ({@link
 * ArticleSentiment}), its taxonomy topics, its LDA topic weights (when a model is given) and the
 * counts of its terms by outlet and month. Everything after it reads this narrow frame, never the
 * bodies again.
 *
 * <p>The frame ({@link #SCHEMA}) holds two kinds of rows: one per article (term null), with the
 * columns of {@link SentimentTables#ARTICLE_SCORES} and of {@link TopicTables#ARTICLE_TOPIC_INPUT};
 * and term-count rows (article_id null), the term occurrences of the partition's dated articles
 * summed by outlet, month and term ({@link TopicTables#TERM_COUNTS}; a long partition flushes its
 * tally more than once, so a term may appear in several rows).
 */
public final class ArticlePass implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Outlet × month × term cells a partition tallies before it emits them and starts afresh. */
  static final int MAX_TALLY_CELLS = 400_000;

  /** The columns the pass reads. */
  static final String[] INPUT = {
    ArticleColumns.ARTICLE_ID,
    ArticleColumns.OUTLET,
    ArticleColumns.PUBLISHED_DATE,
    ArticleColumns.TITLE,
    ArticleColumns.TEXT
  };

  public static final StructType SCHEMA = schema();

  /**
   * The columns of the frames its readers declare, each once, in their order: {@link
   * SentimentTables#ARTICLE_SCORES}, then the columns {@link TopicTables#ARTICLE_TOPIC_INPUT} and
   * {@link TopicTables#TERM_COUNTS} add to it.
   */
  private static StructType schema() {
    Map<String, StructField> fields = new LinkedHashMap<>();
    for (StructType frame :
        new StructType[] {
          SentimentTables.ARTICLE_SCORES, TopicTables.ARTICLE_TOPIC_INPUT, TopicTables.TERM_COUNTS
        }) {
      for (StructField field : frame.fields()) {
        fields.putIfAbsent(field.name(), field);
      }
    }
    return Columns.nullable(new StructType(fields.values().toArray(new StructField[0])));
  }

  private static final int WIDTH = SCHEMA.size();
  private static final int ID = SCHEMA.fieldIndex(ArticleColumns.ARTICLE_ID);
  private static final int OUTLET = SCHEMA.fieldIndex(ArticleColumns.OUTLET);
  private static final int PUBLISHED = SCHEMA.fieldIndex(ArticleColumns.PUBLISHED_DATE);
  private static final int SENTENCES = SCHEMA.fieldIndex(SentimentTables.SENTENCES);
  private static final int TAXONOMY = SCHEMA.fieldIndex(TopicTables.TAXONOMY_TOPICS);
  private static final int LDA = SCHEMA.fieldIndex(TopicTables.LDA_WEIGHTS);
  private static final int MONTH = SCHEMA.fieldIndex(TopicTables.MONTH_START);
  private static final int TERM = SCHEMA.fieldIndex(TopicTables.TERM);
  private static final int COUNT = SCHEMA.fieldIndex(TopicTables.COUNT);

  private final SentenceScorer scorer;
  private final double neutralBand;
  private final Taxonomy taxonomy;
  private final int taxonomyMinMatches;
  private final Broadcast<LdaInference> lda;

  /**
   * @param lda the topic model's inference, or null without LDA
   */
  public ArticlePass(
      SentenceScorer scorer,
      double neutralBand,
      Taxonomy taxonomy,
      int taxonomyMinMatches,
      Broadcast<LdaInference> lda) {
    this.scorer = scorer;
    this.neutralBand = neutralBand;
    this.taxonomy = taxonomy;
    this.taxonomyMinMatches = taxonomyMinMatches;
    this.lda = lda;
  }

  /** The pass over {@code articles} (any frame with the {@link #INPUT} columns), lazily. */
  public Dataset<Row> apply(Dataset<Row> articles) {
    return articles
        .select(
            java.util.Arrays.stream(INPUT)
                .map(c -> col(c))
                .toArray(org.apache.spark.sql.Column[]::new))
        .mapPartitions(this, Encoders.row(SCHEMA));
  }

  /**
   * The pass's article rows in {@link SentimentTables#ARTICLE_SCORES}, the sentiment step's input.
   */
  public static Dataset<Row> articleScores(Dataset<Row> facts) {
    return select(articleRows(facts), SentimentTables.ARTICLE_SCORES);
  }

  /**
   * What the topic step reads of the pass: its article rows in {@link
   * TopicTables#ARTICLE_TOPIC_INPUT} (the sentiment score under the {@code score} both steps name
   * the same) and its term-count rows in {@link TopicTables#TERM_COUNTS}.
   */
  public static TopicStep.Input topicInput(Dataset<Row> facts) {
    return new TopicStep.Input(
        select(articleRows(facts), TopicTables.ARTICLE_TOPIC_INPUT),
        select(facts.filter(col(TopicTables.TERM).isNotNull()), TopicTables.TERM_COUNTS));
  }

  /** Rows with article columns only. */
  private static Dataset<Row> articleRows(Dataset<Row> facts) {
    return facts.filter(col(TopicTables.TERM).isNull());
  }

  private static Dataset<Row> select(Dataset<Row> frame, StructType schema) {
    return frame.select(
        java.util.Arrays.stream(schema.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return new Pass(input);
  }

  /** The values of one article's row, its words read into {@code words}. */
  Object[] articleValues(
      String id,
      String outlet,
      Date published,
      String title,
      String text,
      TextWords words,
      List<String> terms) {
    Object[] v = new Object[WIDTH];
    v[ID] = id;
    v[OUTLET] = outlet;
    v[PUBLISHED] = published;
    Object[] scores = ArticleSentiment.of(title, text, scorer, neutralBand).values();
    System.arraycopy(scores, 0, v, SENTENCES, scores.length);
    v[TAXONOMY] = taxonomyTopics(words.topics(taxonomyMinMatches));
    if (lda != null) {
      double[] w = lda.value().weights(terms);
      Double[] boxed = new Double[w.length];
      for (int i = 0; i < w.length; i++) {
        boxed[i] = w[i];
      }
      v[LDA] = boxed;
    }
    return v;
  }

  /** The taxonomy topics of an article, with their match counts. */
  private static Row[] taxonomyTopics(Map<String, Integer> topics) {
    long total = 0;
    for (int m : topics.values()) {
      total += m;
    }
    Row[] out = new Row[topics.size()];
    int i = 0;
    for (Map.Entry<String, Integer> e : topics.entrySet()) {
      out[i++] = RowFactory.create(e.getKey(), e.getValue(), e.getValue() / (double) total);
    }
    return out;
  }

  /** The rows of one partition: each article's row as it is read, then the term tallies. */
  private final class Pass implements Iterator<Row> {
    private final Iterator<Row> input;
    private final TextWords words = new TextWords(taxonomy, Terms.standard());
    private final Map<String, Map<Integer, Map<String, long[]>>> tally = new HashMap<>();
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private int cells;
    private boolean flushed;

    Pass(Iterator<Row> input) {
      this.input = input;
    }

    @Override
    public boolean hasNext() {
      if (!pending.isEmpty() || input.hasNext()) {
        return true;
      }
      if (!flushed) {
        flushed = true;
        flush();
      }
      return !pending.isEmpty();
    }

    @Override
    public Row next() {
      if (!pending.isEmpty()) {
        return pending.poll();
      }
      if (input.hasNext()) {
        return article(input.next());
      }
      if (hasNext()) {
        return pending.poll();
      }
      throw new NoSuchElementException();
    }

    private Row article(Row in) {
      String title = in.getString(3);
      String text = in.getString(4);
      Date published = in.isNullAt(2) ? null : in.getDate(2);
      String outlet = in.getString(1);
      // title and text joined by a blank line, as the taxonomy and the topic model read them
      words.read(title == null ? text : text == null ? title : title + "\n\n" + text);
      List<String> articleTerms = null;
      if (published != null || lda != null) {
        articleTerms = new ArrayList<>(words.size());
        words.forEachTerm(articleTerms::add);
      }
      Row row =
          RowFactory.create(
              articleValues(in.getString(0), outlet, published, title, text, words, articleTerms));
      if (published != null) {
        count(outlet, published.toLocalDate().withDayOfMonth(1), articleTerms);
      }
      return row;
    }

    private void count(String outlet, LocalDate month, List<String> articleTerms) {
      Map<String, long[]> cell =
          tally
              .computeIfAbsent(outlet, o -> new HashMap<>())
              .computeIfAbsent((int) month.toEpochDay(), m -> new HashMap<>());
      for (String term : articleTerms) {
        long[] c = cell.get(term);
        if (c == null) {
          cell.put(term, new long[] {1});
          cells++;
        } else {
          c[0]++;
        }
      }
      if (cells >= MAX_TALLY_CELLS) {
        flush();
      }
    }

    private void flush() {
      for (var byOutlet : tally.entrySet()) {
        for (var byMonth : byOutlet.getValue().entrySet()) {
          Date month = Date.valueOf(LocalDate.ofEpochDay(byMonth.getKey()));
          for (var term : byMonth.getValue().entrySet()) {
            Object[] v = new Object[WIDTH];
            v[OUTLET] = byOutlet.getKey();
            v[MONTH] = month;
            v[TERM] = term.getKey();
            v[COUNT] = term.getValue()[0];
            pending.add(RowFactory.create(v));
          }
        }
      }
      tally.clear();
      cells = 0;
    }
  }
}
