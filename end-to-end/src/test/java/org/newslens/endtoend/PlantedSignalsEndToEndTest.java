package org.newslens.endtoend;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.AnalysisOptions;
import org.newslens.analysis.AnalysisPipeline;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.topics.ChangePoints;
import org.newslens.analysis.topics.Intervals;
import org.newslens.analysis.topics.TopicTables;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.testing.LocalSpark;
import org.newslens.endtoend.TopicCorrespondence.Match;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.IngestPipeline;
import org.newslens.ingest.source.InputFiles;
import org.newslens.sample.GenerateOptions;
import org.newslens.sample.Generator;
import org.newslens.sample.Outlet;
import org.newslens.sample.PlantedSignals;

/**
 * The planted signals are found by the real pipeline: a generated archive (3 outlets over 6 weeks,
 * about {@value #SURGE_OUTLET_PER_DAY} articles a day at the surge outlet) goes through the ingest
 * job's pipeline and the analysis job's pipeline (taxonomy topics, no LDA), and the assertions read
 * only the tables they write:
 *
 * <ul>
 *   <li>surge: in {@code topic_frequency_daily}, the surge outlet's share of the surge topic over
 *       the 14 surge days has a Wilson 95% interval above its share on the other days, and {@code
 *       change_points} holds an upward change of that series dated within 3 days of the surge
 *       start;
 *   <li>drift: from {@code article_sentiment} joined with {@code article_topics}, the drift
 *       outlet's mean score on the drift topic from the drift day on has a 95% t interval that
 *       excludes its mean before, and {@code change_points} holds a downward sentiment change of
 *       that outlet and topic within 3 days of the drift day;
 *   <li>no false alarm: no change point on a series with nothing planted in it: the topic shares of
 *       every outlet but the surge outlet, and the sentiment series of every outlet but the drift
 *       outlet. (At the surge outlet, topics that surge articles also mention may move with it;
 *       they are printed, not asserted.)
 * </ul>
 *
 * The generator's topics are mapped to taxonomy topics by {@link TopicCorrespondence}, measured on
 * the archive's ground truth. Figures are printed on lines starting {@code planted-signals}.
 */
class PlantedSignalsEndToEndTest {
  private static final int OUTLETS = 3;
  private static final int DAYS = 42;

  /**
   * The archive's seed: 42, or another with {@code -Dnewslens.e2e.seed=S} to try other outlets,
   * topics and days.
   */
  private static final long SEED = Long.getLong("newslens.e2e.seed", 42);

  private static final LocalDate START = LocalDate.of(2025, 1, 6);

  /**
   * Articles written per day at the surge outlet (the dated ones are about 83%: text dumps carry no
   * date).
   */
  private static final int SURGE_OUTLET_PER_DAY = 60;

  /** How far from the planted start a change point may be dated. */
  private static final int DATE_TOLERANCE_DAYS = 3;

  @TempDir static Path dir;

  private static PlantedSignals planted;
  private static Match surgeTopic;
  private static Match driftTopic;
  private static Dataset<Row> daily;
  private static List<Row> changePoints;
  private static Dataset<Row> articleSentiment;
  private static Dataset<Row> articleTopics;
  private static long startedNanos;

  @BeforeAll
  static void generateIngestAndAnalyse() throws Exception {
    startedNanos = System.nanoTime();
    SparkSession spark = LocalSpark.spark();
    Path archive = dir.resolve("archive");
    int articles = articlesForSurgeOutletVolume();
    Generator generator = new Generator(options(archive, articles));
    generator.run();
    planted = generator.signals();
    long generated = System.nanoTime();

    String ingested = dir.resolve("ingested").toString();
    IngestOptions ingest =
        IngestOptions.parse(
            new String[] {"--input", archive.resolve("input").toString(), "--output", ingested});
    IngestPipeline.run(
        spark,
        ingest,
        InputFiles.list(ingest.inputs(), null, spark.sparkContext().hadoopConfiguration()));
    long ingestedAt = System.nanoTime();

    String analysis = dir.resolve("analysis").toString();
    AnalysisPipeline.run(
        spark,
        AnalysisOptions.parse(
            new String[] {"--input", ingested + "/articles", "--output", analysis, "--no-lda"}));
    long analysedAt = System.nanoTime();

    articleTopics =
        spark.read().parquet(analysis + "/" + TopicTables.ARTICLE_TOPICS_TABLE.name()).cache();
    articleSentiment =
        spark.read().parquet(analysis + "/" + SentimentTables.ARTICLE_SENTIMENT.name()).cache();
    daily =
        spark
            .read()
            .parquet(analysis + "/" + TopicTables.TOPIC_FREQUENCY_DAILY_TABLE.name())
            .filter(col(TopicTables.SOURCE).equalTo(TopicTables.SOURCE_TAXONOMY))
            .cache();
    changePoints =
        spark
            .read()
            .parquet(analysis + "/" + TopicTables.CHANGE_POINTS_TABLE.name())
            .orderBy(TopicTables.SERIES, TopicTables.OUTLET, TopicTables.TOPIC, TopicTables.DATE)
            .collectAsList();

    TopicCorrespondence topics =
        TopicCorrespondence.measure(
            spark.read().json(archive.resolve("ground_truth.jsonl").toString()),
            spark.read().parquet(ingested + "/articles"),
            articleTopics,
            TopicTables.SOURCE_TAXONOMY);
    surgeTopic = topics.of(planted.surgeTopic().name());
    driftTopic = topics.of(planted.driftTopic().name());
    System.out.printf(
        Locale.ROOT,
        "planted-signals: seed %d, %d articles, %d outlets, %d days; generate %.0f s,"
            + " ingest %.0f s, analyse %.0f s; generator -> taxonomy topics: %s%n",
        SEED,
        articles,
        OUTLETS,
        DAYS,
        (generated - startedNanos) / 1e9,
        (ingestedAt - generated) / 1e9,
        (analysedAt - ingestedAt) / 1e9,
        topics);
  }

  @AfterAll
  static void reportAndRelease() {
    System.out.printf(
        Locale.ROOT,
        "planted-signals: whole test %.0f s; change points: %s%n",
        (System.nanoTime() - startedNanos) / 1e9,
        changePoints);
    daily.unpersist();
    articleSentiment.unpersist();
    articleTopics.unpersist();
  }

  private static GenerateOptions options(Path archive, int articles) {
    return new GenerateOptions(archive, articles, OUTLETS, DAYS, SEED, START, false);
  }

  /**
   * Articles to generate so that the surge outlet writes about {@value #SURGE_OUTLET_PER_DAY} a
   * day: the outlets and their publishing weights come from the seed alone, so a generator built
   * with any article count shows them.
   */
  private static int articlesForSurgeOutletVolume() {
    Generator probe = new Generator(options(dir.resolve("unused"), 1));
    double total = probe.outlets().stream().mapToDouble(Outlet::weight).sum();
    double surgeShare = probe.signals().surgeOutlet().weight() / total;
    return (int) Math.ceil(SURGE_OUTLET_PER_DAY * DAYS / surgeShare);
  }

  @Test
  void theGeneratorsPlantedTopicsHaveARecognisableTaxonomyTopic() {
    for (Match m : List.of(surgeTopic, driftTopic)) {
      assertTrue(m.f1() >= 0.6, "weak correspondence: " + m);
    }
  }

  @Test
  void theSurgeWindowShareIntervalExcludesTheOutletsBaselineShare() {
    long[] inside = {0, 0};
    long[] outside = {0, 0};
    for (Row r : series(daily, planted.surgeOutlet().name(), surgeTopic.topic()).collectAsList()) {
      LocalDate day = r.<java.sql.Date>getAs(TopicTables.DATE).toLocalDate();
      long[] side = planted.inSurge(planted.surgeOutlet(), day) ? inside : outside;
      side[0] += r.<Long>getAs(TopicTables.ARTICLES);
      side[1] += r.<Long>getAs(TopicTables.TOTAL_ARTICLES);
    }
    double baseline = (double) outside[0] / outside[1];
    double[] surge = Intervals.wilson(inside[0], inside[1]);
    double[] base = Intervals.wilson(outside[0], outside[1]);
    String detail =
        String.format(
            Locale.ROOT,
            "%s / %s (taxonomy %s), surge %s..%s: %d/%d = %.3f [%.3f, %.3f] vs other days %d/%d = %.3f [%.3f, %.3f]",
            planted.surgeOutlet().name(),
            planted.surgeTopic().name(),
            surgeTopic.topic(),
            planted.surgeStart(),
            planted.surgeEnd(),
            inside[0],
            inside[1],
            (double) inside[0] / inside[1],
            surge[0],
            surge[1],
            outside[0],
            outside[1],
            baseline,
            base[0],
            base[1]);
    System.out.println("planted-signals surge share: " + detail);
    assertTrue(
        inside[1] >= 14L * SURGE_OUTLET_PER_DAY / 2,
        "too few dated articles in the window: " + detail);
    assertTrue(surge[0] > baseline, detail);
  }

  @Test
  void anUpwardChangePointOfTheSurgeSeriesIsDatedWithinThreeDaysOfTheSurgeStart() {
    assertChangePointNear(
        ChangePoints.SERIES_TOPIC_SHARE,
        planted.surgeOutlet(),
        surgeTopic.topic(),
        "up",
        planted.surgeStart());
  }

  /**
   * A change point of one outlet × topic series, in the given direction, dated close to the planted
   * day.
   */
  private static void assertChangePointNear(
      String series, Outlet outlet, String topic, String direction, LocalDate day) {
    List<Row> found =
        changePoints.stream()
            .filter(
                r ->
                    r.getAs(TopicTables.SERIES).equals(series)
                        && r.getAs(TopicTables.OUTLET).equals(outlet.name())
                        && topic.equals(r.getAs(TopicTables.TOPIC)))
            .toList();
    System.out.println(
        "planted-signals "
            + series
            + " change points of "
            + outlet.name()
            + " / "
            + topic
            + ": "
            + found);
    assertTrue(
        found.stream()
            .anyMatch(
                r ->
                    r.getAs(TopicTables.DIRECTION).equals(direction)
                        && daysFrom(r, day) <= DATE_TOLERANCE_DAYS),
        "no "
            + direction
            + " change within "
            + DATE_TOLERANCE_DAYS
            + " days of "
            + day
            + ": "
            + found);
  }

  @Test
  void theDriftTopicsSentimentIntervalAfterTheDriftDayExcludesItsMeanBefore() {
    Dataset<Row> scored =
        articleSentiment
            .filter(
                col(ArticleColumns.OUTLET)
                    .equalTo(planted.driftOutlet().name())
                    .and(col(ArticleColumns.PUBLISHED_DATE).isNotNull())
                    .and(col("score").isNotNull()))
            .join(
                articleTopics.filter(
                    col(TopicTables.SOURCE)
                        .equalTo(TopicTables.SOURCE_TAXONOMY)
                        .and(col(TopicTables.TOPIC).equalTo(driftTopic.topic()))),
                ArticleColumns.ARTICLE_ID);
    List<Row> sides =
        scored
            .groupBy(
                col(ArticleColumns.PUBLISHED_DATE)
                    .geq(lit(java.sql.Date.valueOf(planted.driftStart())))
                    .as("after"))
            .agg(count(lit(1)).as("n"), avg("score").as("mean"), stddev_samp("score").as("sd"))
            .orderBy("after")
            .collectAsList();
    assertEquals(2, sides.size(), "articles before and after the drift day: " + sides);
    double[] before = meanInterval(sides.get(0));
    double[] after = meanInterval(sides.get(1));
    String detail =
        String.format(
            Locale.ROOT,
            "%s / %s (taxonomy %s) from %s: before n=%d mean %.3f [%.3f, %.3f], after n=%d mean %.3f [%.3f, %.3f]",
            planted.driftOutlet().name(),
            planted.driftTopic().name(),
            driftTopic.topic(),
            planted.driftStart(),
            sides.get(0).getLong(1),
            before[0],
            before[1],
            before[2],
            sides.get(1).getLong(1),
            after[0],
            after[1],
            after[2]);
    System.out.println("planted-signals drift sentiment: " + detail);
    assertTrue(after[2] < before[0], detail);
  }

  @Test
  void aDownwardSentimentChangePointOfTheDriftTopicIsDatedWithinThreeDaysOfTheDriftDay() {
    assertChangePointNear(
        ChangePoints.SERIES_SENTIMENT,
        planted.driftOutlet(),
        driftTopic.topic(),
        "down",
        planted.driftStart());
  }

  /** {mean, low, high}: the 95% t interval of a mean, as the sentiment tables compute it. */
  private static double[] meanInterval(Row side) {
    long n = side.getLong(1);
    double mean = side.getDouble(2);
    double half = Intervals.t975(n) * side.getDouble(3) / Math.sqrt(n);
    return new double[] {mean, mean - half, mean + half};
  }

  @Test
  void noChangePointIsFlaggedOnASeriesWithNothingPlanted() {
    List<Row> unplanted = new ArrayList<>();
    for (Row r : changePoints) {
      String outlet = r.getAs(TopicTables.OUTLET);
      boolean share = r.getAs(TopicTables.SERIES).equals(ChangePoints.SERIES_TOPIC_SHARE);
      boolean plantedHere =
          share
              ? outlet.equals(planted.surgeOutlet().name())
              : outlet.equals(planted.driftOutlet().name());
      if (!plantedHere) {
        unplanted.add(r);
      }
    }
    // every outlet's windows hold far more than the test's minimum of articles, so the quiet series
    // were tested
    for (Row r :
        daily
            .filter(col(TopicTables.TOPIC).equalTo(surgeTopic.topic()))
            .groupBy(TopicTables.OUTLET)
            .agg(sum(TopicTables.TOTAL_ARTICLES))
            .collectAsList()) {
      assertTrue(
          r.getLong(1) * 7 / DAYS >= 10 * ChangePoints.defaults().minN(), "dated articles: " + r);
    }
    assertEquals(List.of(), unplanted, "change points where nothing was planted");
  }

  private static Dataset<Row> series(Dataset<Row> frequencies, String outlet, String topic) {
    return frequencies.filter(
        col(TopicTables.OUTLET).equalTo(outlet).and(col(TopicTables.TOPIC).equalTo(topic)));
  }

  private static long daysFrom(Row changePoint, LocalDate day) {
    return Math.abs(
        changePoint.<java.sql.Date>getAs(TopicTables.DATE).toLocalDate().toEpochDay()
            - day.toEpochDay());
  }
}
