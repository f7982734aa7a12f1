package org.newslens.analysis.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.topics.LdaSettings;
import org.newslens.analysis.topics.TopicModel;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.UsageException;

/**
 * {@code evaluate topics}: fits the analysis job's LDA model ({@link TopicModel}, the same code
 * path) on a JSONL benchmark of {@code {"id","title","text"}} records once per seed, and writes the
 * dominant topic of every record per seed as {@code {"id","seed","topic"}} lines. Fitting reads
 * only {@code id}, {@code title} and {@code text}.
 *
 * <p>Scoring is a separate step ({@link #score}) that runs after the predictions are written: it
 * reads only {@code id} and {@code category} from the ground truth and prints NMI per seed and its
 * mean ± sd.
 */
public final class TopicEvaluation {
  static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens evaluate topics --ground-truth FILE --predictions FILE [options]",
          "",
          "Fits the analysis job's LDA topic model on {\"id\",\"title\",\"text\"} JSONL records once per seed, writes",
          "{\"id\",\"seed\",\"topic\"} lines (the dominant topic per seed) and then prints NMI against the records'",
          "\"category\" field (mean ± sd over seeds). Fitting never reads \"category\".",
          "",
          "  --ground-truth FILE   JSONL records with id, title, text (and category, read only for scoring)",
          "  --predictions FILE    where to write the predictions (JSONL)",
          "  --k N                 topics (default 5)",
          "  --seeds N             how many seeds: --first-seed, --first-seed + 1, ... (default 5)",
          "  --first-seed N        first seed (default 1)",
          "  --iterations N        optimiser iterations per restart (default "
              + LdaSettings.DEFAULT_ITERATIONS
              + ")",
          "  --restarts N          fits per seed, keeping the lowest log-perplexity (default "
              + LdaSettings.DEFAULT_RESTARTS
              + ")",
          "  --min-df X            minimum document frequency: a count, or a fraction when below 1 (default 5)",
          "  --max-df X            maximum document frequency: a fraction, or a count when 1 or more (default 0.5)",
          "  --dedup exact|none    drop records whose title and text equal an earlier id's (default exact)",
          "  --exclude-ids FILE    also drop the ids listed in FILE, one per line",
          "  --no-score            write predictions only",
          "  --help                this text");

  private static final StructType INPUT =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType);

  /** The parsed command line of {@code evaluate topics}. */
  public record Options(
      Path groundTruth,
      Path predictions,
      LdaSettings lda,
      int seeds,
      long firstSeed,
      boolean dedup,
      Path excludeIds,
      boolean score,
      boolean help) {

    public static Options parse(String[] argv) throws UsageException {
      Args args =
          Args.parse(
              argv,
              Set.of(
                  "ground-truth",
                  "predictions",
                  "k",
                  "seeds",
                  "first-seed",
                  "iterations",
                  "restarts",
                  "min-df",
                  "max-df",
                  "dedup",
                  "exclude-ids"),
              Set.of("no-score", "help"));
      if (args.has("help")) {
        return new Options(null, null, null, 0, 0, false, null, false, true);
      }
      if (!args.positional().isEmpty()) {
        throw new UsageException(
            "unexpected argument '" + args.positional().get(0) + "' (see --help)");
      }
      Path groundTruth = Path.of(args.require("ground-truth"));
      Path predictions = Path.of(args.require("predictions"));
      int k = args.getInt("k", 5);
      int seeds = args.getInt("seeds", 5);
      int iterations = args.getInt("iterations", LdaSettings.DEFAULT_ITERATIONS);
      int restarts = args.getInt("restarts", LdaSettings.DEFAULT_RESTARTS);
      double minDf = args.getDouble("min-df", LdaSettings.DEFAULT_MIN_DF);
      double maxDf = args.getDouble("max-df", LdaSettings.DEFAULT_MAX_DF);
      if (k < 2) {
        throw new UsageException("--k must be at least 2, got " + k);
      }
      if (seeds < 1 || iterations < 1 || restarts < 1) {
        throw new UsageException("--seeds, --iterations and --restarts must be at least 1");
      }
      if (minDf < 0 || maxDf <= 0) {
        throw new UsageException("--min-df must be >= 0 and --max-df > 0");
      }
      String dedup = args.get("dedup", "exact");
      if (!dedup.equals("exact") && !dedup.equals("none")) {
        throw new UsageException("--dedup must be exact or none, got '" + dedup + "'");
      }
      long firstSeed;
      try {
        firstSeed = Long.parseLong(args.get("first-seed", "1"));
      } catch (NumberFormatException e) {
        throw new UsageException("option --first-seed needs a whole number");
      }
      LdaSettings lda =
          LdaSettings.defaults()
              .withK(k)
              .withIterations(iterations)
              .withRestarts(restarts)
              .withDocumentFrequency(minDf, maxDf);
      Path exclude = args.has("exclude-ids") ? Path.of(args.get("exclude-ids", null)) : null;
      return new Options(
          groundTruth,
          predictions,
          lda,
          seeds,
          firstSeed,
          dedup.equals("exact"),
          exclude,
          !args.has("no-score"),
          false);
    }
  }

  private TopicEvaluation() {}

  /**
   * Runs the evaluation for the arguments after {@code topics}; returns the process exit status.
   */
  public static int run(SparkSession spark, Options options, PrintStream out) throws IOException {
    Dataset<Row> docs = readInputs(spark, options).cache();
    long count = docs.count();
    out.printf(Locale.ROOT, "topics: %d records after deduplication and exclusions%n", count);
    Dataset<Row> prepared = TopicModel.withDocumentText(docs, "title", "text").cache();

    List<String> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    List<Double> fitSeconds = new ArrayList<>();
    for (int s = 0; s < options.seeds(); s++) {
      long seed = options.firstSeed() + s;
      long start = System.nanoTime();
      TopicModel model = TopicModel.fit(prepared, options.lda().withSeed(seed));
      double seconds = (System.nanoTime() - start) / 1e9;
      fitSeconds.add(seconds);
      List<Row> predicted =
          model
              .transform(prepared)
              .select(
                  col("id"),
                  TopicModel.dominantTopic(col(TopicModel.TOPIC_DISTRIBUTION)).as("topic"))
              .orderBy("id")
              .collectAsList();
      for (Row row : predicted) {
        ObjectNode line = json.createObjectNode();
        line.put("id", row.getString(0));
        line.put("seed", seed);
        line.put("topic", row.getInt(1));
        lines.add(json.writeValueAsString(line));
      }
      List<List<TopicModel.TopicTerm>> terms = model.topTerms(5);
      out.printf(
          Locale.ROOT,
          "seed %d: fitted in %.1f s (%d restarts x %d iterations); topics:%n",
          seed,
          seconds,
          options.lda().restarts(),
          options.lda().iterations());
      for (int t = 0; t < terms.size(); t++) {
        out.printf(Locale.ROOT, "  %s %s%n", TopicModel.topicId(t), TopicModel.label(terms.get(t)));
      }
    }
    if (options.predictions().getParent() != null) {
      Files.createDirectories(options.predictions().getParent());
    }
    Files.write(options.predictions(), lines, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "wrote %d predictions to %s; fit time per seed %s s%n",
        lines.size(),
        options.predictions(),
        meanSd(fitSeconds, 1));
    prepared.unpersist();
    docs.unpersist();

    if (options.score()) {
      score(options.groundTruth(), options.predictions(), out);
    }
    return 0;
  }

  /**
   * The benchmark records to fit on: id, title and text only, deduplicated and filtered as the
   * options say.
   */
  static Dataset<Row> readInputs(SparkSession spark, Options options) throws IOException {
    Dataset<Row> docs =
        spark
            .read()
            .schema(INPUT)
            .json(options.groundTruth().toString())
            .filter(col("id").isNotNull());
    if (options.dedup()) {
      docs = withoutExactDuplicates(docs);
    }
    if (options.excludeIds() != null) {
      List<String> excluded = new ArrayList<>();
      for (String line : Files.readAllLines(options.excludeIds(), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          excluded.add(line.trim());
        }
      }
      docs = docs.filter(col("id").isin(excluded.toArray()).unary_$bang());
    }
    return docs;
  }

  /** Keeps, of records with identical title and text, only the one with the smallest id. */
  static Dataset<Row> withoutExactDuplicates(Dataset<Row> docs) {
    return docs.groupBy(col("title"), col("text"))
        .agg(min(col("id")).as("id"))
        .select("id", "title", "text");
  }

  /**
   * Scores written predictions: reads {@code id} and {@code category} from the ground truth
   * (nothing else) and prints, per seed, NMI between the dominant topics and the categories, then
   * mean ± sd over seeds.
   *
   * @return NMI per seed, in seed order
   */
  public static List<Double> score(Path groundTruth, Path predictions, PrintStream out)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> category = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(groundTruth, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        if (node.hasNonNull("id") && node.hasNonNull("category")) {
          category.put(node.get("id").asText(), node.get("category").asText());
        }
      }
    }
    Map<Long, List<String>> truthBySeed = new java.util.TreeMap<>();
    Map<Long, List<Integer>> topicBySeed = new java.util.TreeMap<>();
    Set<String> unknown = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(predictions, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String id = node.get("id").asText();
        String truth = category.get(id);
        if (truth == null) {
          unknown.add(id);
          continue;
        }
        long seed = node.get("seed").asLong();
        truthBySeed.computeIfAbsent(seed, s -> new ArrayList<>()).add(truth);
        topicBySeed.computeIfAbsent(seed, s -> new ArrayList<>()).add(node.get("topic").asInt());
      }
    }
    out.println("-- scoring against \"category\" (read only now) --");
    if (!unknown.isEmpty()) {
      out.printf(
          Locale.ROOT, "%d predicted ids have no category and are not scored%n", unknown.size());
    }
    List<Double> scores = new ArrayList<>();
    for (Map.Entry<Long, List<String>> entry : truthBySeed.entrySet()) {
      double nmi = Nmi.score(entry.getValue(), topicBySeed.get(entry.getKey()));
      scores.add(nmi);
      out.printf(
          Locale.ROOT,
          "seed %d: NMI %.4f on %d records%n",
          entry.getKey(),
          nmi,
          entry.getValue().size());
    }
    out.printf(Locale.ROOT, "NMI mean ± sd over %d seeds: %s%n", scores.size(), meanSd(scores, 3));
    return scores;
  }

  /** {@code "mean ± sd"} with the sample standard deviation (0 for one value). */
  static String meanSd(List<Double> values, int decimals) {
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double sd = values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : 0;
    String format = "%." + decimals + "f ± %." + decimals + "f";
    return String.format(Locale.ROOT, format, mean, sd);
  }

  /**
   * Parses before Spark starts (bad arguments: one line on stderr, exit 2; {@code --help}: usage,
   * exit 0), then runs on the session spark-submit configures.
   */
  public static void main(String[] args) throws IOException {
    Options options = parseOrExit(args);
    SparkSession spark = SparkSession.builder().appName("news-evaluate-topics").getOrCreate();
    int status;
    try {
      status = run(spark, options, System.out);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * {@link Options#parse}, printing usage and exiting 0 for {@code --help}, or the error and
   * exiting 2.
   */
  public static Options parseOrExit(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      Cli.exitUsage("newslens evaluate topics", e.getMessage());
      return null;
    }
    if (options.help()) {
      System.out.println(USAGE);
      System.exit(0);
    }
    return options;
  }
}
