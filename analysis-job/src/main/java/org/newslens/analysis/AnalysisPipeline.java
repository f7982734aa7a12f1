package org.newslens.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.analysis.article.Copies;
import org.newslens.analysis.sentiment.SentenceModel;
import org.newslens.analysis.sentiment.SentimentStep;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.sink.AnalysisSink;
import org.newslens.analysis.topics.LdaInference;
import org.newslens.analysis.topics.Taxonomy;
import org.newslens.analysis.topics.TopicStep;
import org.newslens.analysis.topics.TopicTables;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.output.StagedOutput;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.Columns;
import org.newslens.common.spark.RunResources;
import org.newslens.common.spark.ShufflePartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and checks the articles, selects them, fits or loads the topic model, makes the one pass
 * over the articles' text ({@link ArticlePass}), runs each {@link AnalysisStep} on the pass's
 * narrow frame, writes the manifest.
 */
public final class AnalysisPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisPipeline.class);
  public static final String VERSION = "0.1.0";

  /** The pass's metric: selected articles without a publication day. */
  private static final String UNDATED = "undated";

  private AnalysisPipeline() {}

  /** What a run did: the manifest it wrote and the summary lines of its steps. */
  public record Summary(RunManifest manifest, String text) {}

  /**
   * The entries of an output folder that a run owns: every table it can write and the fitted model
   * (unless the run reuses one). Publishing replaces these (deleting those the run did not write)
   * and the manifest, and nothing else in the folder.
   */
  public static final List<String> OUTPUT_ENTRIES =
      List.of(
          SentimentTables.ARTICLE_SENTIMENT.name(),
          SentimentTables.SENTIMENT_DAILY.name(),
          SentimentTables.SENTIMENT_WEEKLY.name(),
          SentimentTables.SENTIMENT_OUTLET_DIFF.name(),
          TopicTables.TOPIC_TERMS_TABLE.name(),
          TopicTables.ARTICLE_TOPICS_TABLE.name(),
          TopicTables.TOPIC_FREQUENCY_DAILY_TABLE.name(),
          TopicTables.TOPIC_FREQUENCY_WEEKLY_TABLE.name(),
          TopicTables.TOPIC_SENTIMENT_TABLE.name(),
          TopicTables.DISTINCTIVE_TERMS_TABLE.name(),
          TopicTables.CHANGE_POINTS_TABLE.name(),
          TopicTables.TOPIC_MODEL_DIR);

  /**
   * Runs the analysis. Every table is written under a staging folder of the output and published,
   * the manifest last, only when all of them succeeded ({@link StagedOutput}): a run that fails or
   * is killed leaves the previous output as it was.
   */
  public static Summary run(SparkSession spark, AnalysisOptions options) throws IOException {
    // a run that reuses a model owns no model folder: the one in the output may be the model it
    // reads
    List<String> owned =
        options.topics().topicModel() == null
            ? OUTPUT_ENTRIES
            : OUTPUT_ENTRIES.stream().filter(e -> !e.equals(TopicTables.TOPIC_MODEL_DIR)).toList();
    StagedOutput out =
        StagedOutput.open(options.output(), owned, spark.sparkContext().hadoopConfiguration());
    try {
      return run(spark, options, new AnalysisSink(out));
    } catch (IOException | RuntimeException | Error e) {
      out.abandon();
      throw e;
    }
  }

  private static Summary run(SparkSession spark, AnalysisOptions options, AnalysisSink sink)
      throws IOException {
    Instant started = Instant.now();
    Dataset<Row> input = spark.read().parquet(options.input());
    Columns.requireColumns(input.schema(), ArticleSchema.READ_BY_ANALYSIS, "articles");
    ShufflePartitions.fit(spark, input);

    Dataset<Row> selected = filterSelection(input, options.from(), options.to(), options.outlets());
    long inputArticles = input.count();
    long droppedCopies = 0;
    if (options.nearDuplicates() != null) {
      Dataset<Row> dropped =
          Copies.dropped(
                  spark.read().parquet(options.nearDuplicates() + "/" + Copies.TABLE),
                  options.syndication().equals(AnalysisOptions.ONCE))
              .localCheckpoint();
      droppedCopies =
          dropped
              .join(selected.select(ArticleColumns.ARTICLE_ID), ArticleColumns.ARTICLE_ID)
              .count();
      selected = Copies.without(selected, dropped);
    }
    long selectedArticles =
        options.from() == null && options.to() == null && options.outlets().isEmpty()
            ? inputArticles - droppedCopies
            : selected.count();
    Map<String, Object> timings = new LinkedHashMap<>();

    SentenceModel model = SentimentStep.load(options.sentimentModel());
    Taxonomy taxonomy = TopicStep.taxonomy(options.topics());
    Instant t0 = Instant.now();
    TopicStep.PreparedModel lda =
        TopicStep.prepareModel(selected, selectedArticles, options.topics(), sink);
    if (lda != null) {
      timings.put("lda_fit_seconds", seconds(t0));
    }
    Instant t1 = Instant.now();
    Broadcast<LdaInference> inference =
        lda == null
            ? null
            : JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(LdaInference.of(lda.model()));
    ArticlePass pass =
        new ArticlePass(
            model.scorer(),
            model.neutralBand(),
            taxonomy,
            options.topics().taxonomyMinMatches(),
            inference);
    AnalysisSink.Written staged =
        sink.stage(
            "article_pass",
            pass.apply(selected),
            count(
                    when(
                        col(TopicTables.TERM)
                            .isNull()
                            .and(col(ArticleColumns.PUBLISHED_DATE).isNull()),
                        lit(1)))
                .as(UNDATED));
    Dataset<Row> facts = staged.table();
    long undated = staged.metric(UNDATED);
    timings.put("article_pass_seconds", seconds(t1));

    AnalysisContext context = new AnalysisContext(spark, options, sink);
    List<AnalysisStep> steps =
        List.of(
            new SentimentStep(model, options.sentimentModel(), ArticlePass.articleScores(facts)),
            new TopicStep(options.topics(), taxonomy, lda, ArticlePass.topicInput(facts)));
    // the steps read the same staged frame and nothing of each other: they run at the same time
    List<CompletableFuture<TimedResult>> running = new ArrayList<>();
    for (AnalysisStep step : steps) {
      running.add(
          sink.inBackground(
              () -> {
                Instant t = Instant.now();
                StepResult result = step.run(context);
                return new TimedResult(result, seconds(t));
              }));
    }
    Map<String, Object> stepEntries = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      TimedResult done = AnalysisSink.await(running.get(i));
      timings.put(steps.get(i).name() + "_seconds", done.seconds());
      stepEntries.put(steps.get(i).name(), done.result().manifest());
      if (!done.result().summary().isEmpty()) {
        text.append(done.result().summary()).append('\n');
      }
    }
    LOG.info(
        "{} articles read, {} selected ({} undated)", inputArticles, selectedArticles, undated);
    if (inference != null) {
      inference.destroy();
    }
    timings.put("total_seconds", seconds(started));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("articles_in", inputArticles);
    counts.put("articles_selected", selectedArticles);
    counts.put("articles_dropped_as_copies", droppedCopies);
    counts.put("articles_undated", undated);
    counts.put("articles_undated_excluded_from_daily_weekly", undated);
    counts.put("rows", sink.written());

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("output", options.output());
    results.put("started_at", started.toString());
    results.put("counts", counts);
    results.putAll(stepEntries);
    RunManifest manifest =
        new RunManifest(
            RunManifest.ANALYSIS_JOB,
            Map.of("articles", options.input()),
            parameters(options),
            Map.of(
                "newslens",
                VERSION,
                "spark",
                spark.version(),
                "java",
                System.getProperty("java.version")),
            timings,
            RunResources.of(spark.sparkContext()),
            results);
    sink.publish(manifest);
    return new Summary(manifest, text.toString());
  }

  /**
   * Keeps the articles inside {@code [from, to]} (a bound drops undated articles, which cannot be
   * placed) and of the given outlets (matched on outlet or outlet_domain, ignoring case). Same
   * grain and schema as the input.
   */
  public static Dataset<Row> filterSelection(
      Dataset<Row> articles, LocalDate from, LocalDate to, List<String> outlets) {
    Dataset<Row> out = articles;
    Column day = col(ArticleColumns.PUBLISHED_DATE);
    // the month folders let Spark skip whole months outside the bounds
    boolean byMonth = List.of(articles.columns()).contains(ArticleColumns.PUBLISHED_MONTH);
    Column month = col(ArticleColumns.PUBLISHED_MONTH);
    if (from != null) {
      out = out.filter(day.geq(lit(java.sql.Date.valueOf(from))));
      if (byMonth) {
        out = out.filter(month.geq(lit(monthOf(from))));
      }
    }
    if (to != null) {
      out = out.filter(day.leq(lit(java.sql.Date.valueOf(to))));
      if (byMonth) {
        out = out.filter(month.leq(lit(monthOf(to))));
      }
    }
    if (!outlets.isEmpty()) {
      List<Object> wanted = new ArrayList<>();
      for (String o : outlets) {
        wanted.add(o.toLowerCase(Locale.ROOT));
      }
      Object[] values = wanted.toArray();
      out =
          out.filter(
              lower(col(ArticleColumns.OUTLET))
                  .isin(values)
                  .or(lower(col(ArticleColumns.OUTLET_DOMAIN)).isin(values)));
    }
    return out;
  }

  private static String monthOf(LocalDate day) {
    return java.time.format.DateTimeFormatter.ofPattern(ArticleSchema.MONTH_PATTERN).format(day);
  }

  private static Map<String, Object> parameters(AnalysisOptions o) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("from", o.from() == null ? null : o.from().toString());
    p.put("to", o.to() == null ? null : o.to().toString());
    p.put("outlets", o.outlets());
    p.put("sentiment_model", o.sentimentModel());
    p.put("near_duplicates", o.nearDuplicates());
    p.put("syndication", o.nearDuplicates() == null ? "every article counts" : o.syndication());
    p.put("overwrite", o.overwrite());
    return p;
  }

  private record TimedResult(StepResult result, double seconds) {}

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
