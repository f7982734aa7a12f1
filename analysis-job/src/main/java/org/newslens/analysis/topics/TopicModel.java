package org.newslens.analysis.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LDA topic model: an MLlib {@link PipelineModel} of RegexTokenizer → StopWordsRemover →
 * CountVectorizer → LDA (online optimiser). One class fits, saves, loads and applies it, so that
 * {@code analyze} and {@code evaluate topics} run exactly the same path.
 *
 * <p>Input frames need {@value #DOC_TEXT}, made by {@link #withDocumentText}; the model adds
 * {@value #TOKENS}, {@value #TERMS}, {@value #FEATURES} and {@value #TOPIC_DISTRIBUTION}.
 */
public final class TopicModel {
  private static final Logger LOG = LoggerFactory.getLogger(TopicModel.class);

  public static final String DOC_TEXT = "doc_text";
  public static final String TOKENS = "tokens";
  public static final String TERMS = "terms";
  public static final String FEATURES = "features";
  public static final String TOPIC_DISTRIBUTION = "topic_distribution";

  /** Tokens are runs of letters; shorter than this are dropped. */
  public static final int MIN_TOKEN_LENGTH = 3;

  /**
   * Reporting words that fill news copy whatever the subject; added to Spark's English stop words.
   */
  static final String[] NEWS_STOP_WORDS = {
    "said", "says", "told", "according", "would", "could", "also", "mr", "mrs", "ms", "just",
        "like", "may", "might",
    "many", "much", "one", "two", "three", "new", "year", "years", "last", "first", "since",
        "still", "well", "get",
    "got", "make", "made", "going", "people", "time", "way"
  };

  private final PipelineModel pipeline;

  private TopicModel(PipelineModel pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Adds {@value #DOC_TEXT}: the title and the text joined by a blank line (either may be null).
   */
  public static Dataset<Row> withDocumentText(
      Dataset<Row> docs, String titleColumn, String textColumn) {
    return docs.withColumn(
        DOC_TEXT,
        concat_ws("\n\n", coalesce(col(titleColumn), lit("")), coalesce(col(textColumn), lit(""))));
  }

  /**
   * Splits {@value #DOC_TEXT} into lower-cased {@value #TOKENS}: runs of letters, at least 3 long.
   */
  static RegexTokenizer tokenizer() {
    return new RegexTokenizer()
        .setInputCol(DOC_TEXT)
        .setOutputCol(TOKENS)
        .setGaps(false)
        .setPattern("\\p{L}+")
        .setMinTokenLength(MIN_TOKEN_LENGTH)
        .setToLowercase(true);
  }

  /**
   * Drops Spark's English stop words and {@link #NEWS_STOP_WORDS} from {@value #TOKENS} into
   * {@value #TERMS}.
   */
  static StopWordsRemover stopWordsRemover() {
    String[] english = StopWordsRemover.loadDefaultStopWords("english");
    String[] stopWords = new String[english.length + NEWS_STOP_WORDS.length];
    System.arraycopy(english, 0, stopWords, 0, english.length);
    System.arraycopy(NEWS_STOP_WORDS, 0, stopWords, english.length, NEWS_STOP_WORDS.length);
    return new StopWordsRemover().setInputCol(TOKENS).setOutputCol(TERMS).setStopWords(stopWords);
  }

  /**
   * Adds {@value #TOKENS} and {@value #TERMS} (tokens without stop words) to frames with {@value
   * #DOC_TEXT}.
   */
  public static Dataset<Row> withTerms(Dataset<Row> docs) {
    return stopWordsRemover().transform(tokenizer().transform(docs));
  }

  /** The text-to-counts stages, unfitted. */
  static Pipeline featurePipeline(LdaSettings settings) {
    CountVectorizer counts =
        new CountVectorizer()
            .setInputCol(TERMS)
            .setOutputCol(FEATURES)
            .setMinDF(settings.minDf())
            .setMaxDF(settings.maxDf())
            .setVocabSize(settings.vocabSize());
    return new Pipeline().setStages(new PipelineStage[] {tokenizer(), stopWordsRemover(), counts});
  }

  /** The LDA estimator of restart {@code r}. Its uid names the model in {@code topic_terms}. */
  static LDA lda(LdaSettings settings, int r) {
    return new LDA(
            "lda_k" + settings.k() + "_seed" + settings.seed() + "_it" + settings.iterations())
        .setK(settings.k())
        .setMaxIter(settings.iterations())
        .setSeed(settings.restartSeed(r))
        .setOptimizer("online")
        .setSubsamplingRate(1.0)
        .setLearningOffset(1.0)
        .setLearningDecay(1e-6)
        .setOptimizeDocConcentration(false)
        .setFeaturesCol(FEATURES)
        .setTopicDistributionCol(TOPIC_DISTRIBUTION);
  }

  /**
   * Fits the model on {@code docs} (which need {@value #DOC_TEXT}): the feature stages once, then
   * LDA {@link LdaSettings#restarts()} times, keeping the fit with the lowest log-perplexity on the
   * same documents.
   */
  public static TopicModel fit(Dataset<Row> docs, LdaSettings settings) {
    PipelineModel features = featurePipeline(settings).fit(docs);
    int vocabularySize = find(features, CountVectorizerModel.class).vocabulary().length;
    // Each iteration runs one task per partition and ships the topic matrix to each, so a frame
    // left with 200 shuffle partitions (after a groupBy) is many times slower than one with a
    // partition per core.
    int cores = docs.sparkSession().sparkContext().defaultParallelism();
    Dataset<Row> counted = features.transform(docs).select(FEATURES);
    if (counted.rdd().getNumPartitions() > cores) {
      counted = counted.coalesce(cores);
    }
    counted = counted.cache();
    try {
      LDAModel best = null;
      double bestPerplexity = Double.POSITIVE_INFINITY;
      for (int r = 0; r < settings.restarts(); r++) {
        long start = System.nanoTime();
        LDAModel candidate = OnlineLda.fit(lda(settings, r), counted, FEATURES, vocabularySize);
        double perplexity = candidate.logPerplexity(counted);
        LOG.info(
            "LDA k={} restart {} (seed {}): log-perplexity {} in {} s",
            settings.k(),
            r,
            settings.restartSeed(r),
            String.format("%.4f", perplexity),
            String.format("%.1f", (System.nanoTime() - start) / 1e9));
        if (perplexity < bestPerplexity) {
          bestPerplexity = perplexity;
          best = candidate;
        }
      }
      // A Pipeline whose stages are all fitted transformers just bundles them into one
      // PipelineModel.
      PipelineModel bundled =
          new Pipeline().setStages(new PipelineStage[] {features, best}).fit(docs);
      return new TopicModel(bundled);
    } finally {
      counted.unpersist();
    }
  }

  public static TopicModel load(String path) {
    return new TopicModel(PipelineModel.load(path));
  }

  public void save(String path) throws IOException {
    pipeline.write().overwrite().save(path);
  }

  public PipelineModel pipeline() {
    return pipeline;
  }

  /**
   * The model's id: the uid of its LDA stage, e.g. {@code lda_k10_seed42_it100}; it survives save
   * and load.
   */
  public String id() {
    return ldaModel().uid();
  }

  public int k() {
    return ldaModel().getK();
  }

  /**
   * Adds the model's columns, among them {@value #TOPIC_DISTRIBUTION} (a vector of k weights
   * summing to 1).
   */
  public Dataset<Row> transform(Dataset<Row> docs) {
    return pipeline.transform(docs);
  }

  /** The dominant topic (0-based) of a {@value #TOPIC_DISTRIBUTION} vector column. */
  public static Column dominantTopic(Column distribution) {
    Column weights = functions.vector_to_array(distribution, "float64");
    return array_position(weights, array_max(weights)).cast("int").minus(1);
  }

  /** Topic weights as an array column, from a {@value #TOPIC_DISTRIBUTION} vector column. */
  public static Column topicWeights(Column distribution) {
    return functions.vector_to_array(distribution, "float64");
  }

  /**
   * Top terms of each topic, by weight: element {@code t} lists topic {@code t}'s terms, best
   * first.
   */
  public List<List<TopicTerm>> topTerms(int n) {
    String[] vocabulary = vocabulary();
    List<Row> described = ldaModel().describeTopics(n).orderBy("topic").collectAsList();
    List<List<TopicTerm>> topics = new ArrayList<>();
    for (Row row : described) {
      List<Integer> indices = row.getList(row.fieldIndex("termIndices"));
      List<Double> weights = row.getList(row.fieldIndex("termWeights"));
      List<TopicTerm> terms = new ArrayList<>();
      for (int i = 0; i < indices.size(); i++) {
        terms.add(new TopicTerm(vocabulary[indices.get(i)], weights.get(i)));
      }
      topics.add(terms);
    }
    return topics;
  }

  /** A topic's label: its three heaviest terms, e.g. {@code election, labour, party}. */
  public static String label(List<TopicTerm> terms) {
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(3, terms.size()); i++) {
      top.add(terms.get(i).term());
    }
    return String.join(", ", top);
  }

  /** The topic id used in the tables: {@code t00}, {@code t01}, ... */
  public static String topicId(int topic) {
    return String.format("t%02d", topic);
  }

  public String[] vocabulary() {
    return find(pipeline, CountVectorizerModel.class).vocabulary();
  }

  LDAModel ldaModel() {
    return find(pipeline, LDAModel.class);
  }

  private static <T> T find(PipelineModel model, Class<T> type) {
    for (Transformer stage : model.stages()) {
      if (type.isInstance(stage)) {
        return type.cast(stage);
      }
      if (stage instanceof PipelineModel nested) {
        T found = find(nested, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** One term of a topic and its weight in the topic's term distribution. */
  public record TopicTerm(String term, double weight) {}
}
