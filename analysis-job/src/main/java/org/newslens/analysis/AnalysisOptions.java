package org.newslens.analysis;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.newslens.analysis.topics.TopicOptions;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.SubmittedHadoopConf;
import org.newslens.common.cli.UsageException;
import org.newslens.common.output.OutputPaths;
import org.newslens.common.output.StagedOutput;

/**
 * The command line of {@code news-analysis}. {@link #parse} is pure; {@link #checkPaths} looks at
 * the file systems; only {@link #parseOrExit} prints and exits.
 *
 * @param input the {@code articles} table written by ingest (a Hadoop path)
 * @param output folder for the analysis tables and {@code _manifest.json}
 * @param from first publication day kept, or null
 * @param to last publication day kept (inclusive), or null
 * @param outlets outlets kept (matched on {@code outlet} or {@code outlet_domain}, ignoring case);
 *     empty keeps all
 * @param sentimentModel a model saved by {@code train-sentiment}, or null for the lexicon scorer
 * @param overwrite replace the tables of an existing output folder
 * @param nearDuplicates the output folder of {@code bin/newslens dedup} for these articles, or null
 * @param syndication how copies count when {@code nearDuplicates} is given: {@value #PER_OUTLET} or
 *     {@value #ONCE}
 * @param topics the topic step's options
 */
public record AnalysisOptions(
    String input,
    String output,
    LocalDate from,
    LocalDate to,
    List<String> outlets,
    String sentimentModel,
    boolean overwrite,
    String nearDuplicates,
    String syndication,
    TopicOptions topics) {

  /** Each outlet's reposts and lightly edited copies of its own articles count once. */
  public static final String PER_OUTLET = "per-outlet";

  /** Every near-duplicate cluster counts once, at its first article (outlet and day). */
  public static final String ONCE = "once";

  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens analyze --input <articles dir> --output <dir> [options]",
          "",
          "Scores every article's sentences for sentiment and writes Parquet tables by outlet and date:",
          "article_sentiment, sentiment_daily, sentiment_weekly, sentiment_outlet_diff, plus _manifest.json.",
          "Assigns topics (keyword taxonomy and LDA) and writes topic_terms, article_topics, topic_frequency_daily,",
          "topic_frequency_weekly, topic_sentiment, distinctive_terms and change_points.",
          "",
          "  --input DIR             the articles table written by 'newslens ingest' (any Hadoop path)",
          "  --output DIR            folder for the analysis tables (refused if it exists, unless --overwrite)",
          "  --from YYYY-MM-DD       keep articles published on or after this day (undated articles are then dropped)",
          "  --to YYYY-MM-DD         keep articles published on or before this day (undated articles are then dropped)",
          "  --outlets A,B           keep only these outlets (outlet name or domain, any case; repeatable)",
          "  --sentiment-model DIR   score sentences with a model saved by 'newslens train-sentiment'",
          "                          (default: the built-in rule-based lexicon scorer)",
          "  --overwrite             replace the tables in an existing output folder",
          "  --near-duplicates DIR   the output of 'newslens dedup' for these articles: count copies as",
          "                          --syndication says (without it every article counts)",
          "  --syndication MODE      per-outlet (default): an outlet's reposts of its own article count once;",
          "                          once: each cluster of copies (syndicated across outlets too) counts once,",
          "                          at its first article",
          "  --help                  this text",
          "",
          TopicOptions.USAGE);

  private static final Set<String> WITH_VALUE =
      union(
          Set.of(
              "input",
              "output",
              "from",
              "to",
              "outlets",
              "sentiment-model",
              "near-duplicates",
              "syndication"),
          TopicOptions.VALUE_OPTIONS);
  private static final Set<String> FLAGS =
      union(Set.of("overwrite", "help"), TopicOptions.FLAG_OPTIONS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** True when the command line asks for the usage text. */
  public static boolean wantsHelp(String[] argv) {
    for (String a : argv) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** Parses {@code argv} without touching any file system. */
  public static AnalysisOptions parse(String[] argv) throws UsageException {
    Args args = Args.parse(argv, WITH_VALUE, FLAGS);
    if (!args.positional().isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(0) + "' (see --help)");
    }
    LocalDate from = date(args, "from");
    LocalDate to = date(args, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new UsageException("--to " + to + " is before --from " + from);
    }
    String model = args.get("sentiment-model", null);
    if (model != null && model.isBlank()) {
      throw new UsageException("option --sentiment-model needs a value");
    }
    String syndication = args.get("syndication", PER_OUTLET);
    if (!syndication.equals(PER_OUTLET) && !syndication.equals(ONCE)) {
      throw new UsageException(
          "option --syndication takes per-outlet or once, got '" + syndication + "'");
    }
    String nearDuplicates = args.get("near-duplicates", null);
    if (nearDuplicates == null && args.has("syndication")) {
      throw new UsageException(
          "option --syndication needs --near-duplicates DIR (the output of 'newslens dedup')");
    }
    return new AnalysisOptions(
        args.require("input"),
        args.require("output"),
        from,
        to,
        List.copyOf(args.list("outlets")),
        model,
        args.has("overwrite"),
        nearDuplicates,
        syndication,
        TopicOptions.from(args));
  }

  private static LocalDate date(Args args, String name) throws UsageException {
    String v = args.get(name, null);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new UsageException("option --" + name + " needs a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  /**
   * Refuses a missing input or model, an output that is, lies inside or holds the input (its tables
   * would be read as articles, or publishing would replace the input's neighbours), and an existing
   * output without {@code --overwrite}.
   */
  public void checkPaths(Configuration conf) throws UsageException {
    PathChecks.requireExists(input, "input", conf);
    PathChecks.requireNotIngestOutput(input, conf);
    if (sentimentModel != null) {
      PathChecks.requireExists(sentimentModel, "sentiment model", conf);
    }
    if (nearDuplicates != null) {
      PathChecks.requireExists(nearDuplicates, "near-duplicates", conf);
    }
    if (topics.taxonomy() != null) {
      PathChecks.requireExists(topics.taxonomy().toString(), "taxonomy", conf);
    }
    if (topics.topicModel() != null) {
      PathChecks.requireExists(topics.topicModel(), "topic model", conf);
    }
    String overlap = OutputPaths.overlap(List.of(input), output, System.getProperty("user.dir"));
    if (overlap != null) {
      throw new UsageException(overlap);
    }
    try {
      Path out = new Path(output);
      if (!overwrite && StagedOutput.holdsOutput(out.getFileSystem(conf), out)) {
        throw new UsageException(
            "output " + output + " exists; use --overwrite to replace its tables");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot check output " + output + ": " + e.getMessage());
    }
  }

  /**
   * Parses and checks {@code argv}; prints usage and exits 0 on --help, prints one line and exits 2
   * on an error.
   */
  public static AnalysisOptions parseOrExit(String[] argv) {
    if (wantsHelp(argv)) {
      System.out.println(USAGE);
      System.exit(0);
    }
    try {
      AnalysisOptions options = parse(argv);
      options.checkPaths(SubmittedHadoopConf.forThisDriver());
      return options;
    } catch (UsageException e) {
      Cli.exitUsage("newslens analyze", e.getMessage());
      return null;
    }
  }
}
