package org.newslens.ingest.evaluate;

import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.HelpRequested;
import org.newslens.common.cli.UsageException;

/**
 * Options of {@code bin/newslens evaluate extraction|dates|page-types}.
 *
 * @param kind {@code extraction} (predict body text), {@code dates} (predict the publication day)
 *     or {@code page-types} (predict whether each page is a news article, and its type)
 * @param groundTruth benchmark JSONL; only its {@code id}, {@code url} and {@code html} fields are
 *     read
 * @param predictions JSONL written here: {@code {"id","text","title","authors","date"}}, {@code
 *     {"id","date"}} or {@code {"id","is_article","page_type","page_type_score"}} for every id
 * @param timingPasses extra passes of the extractor alone over the pages to measure pages/s per
 *     core (0: none)
 * @param partitions read tasks for the pipeline run (0: Spark's default parallelism)
 */
public record EvaluateOptions(
    String kind, String groundTruth, String predictions, int timingPasses, int partitions) {

  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens evaluate extraction|dates|page-types --ground-truth FILE --predictions FILE [options]",
          "",
          "Runs the ingest pipeline (the same reading and extraction as 'ingest --keep-pages all', so every page",
          "is kept whatever its type) over the pages a benchmark lists and writes one prediction per id:",
          "{\"id\",\"text\",\"title\",\"authors\",\"date\"} for extraction (empty text, null title and no authors",
          "for a rejected page), {\"id\",\"date\"} (YYYY-MM-DD or null) for dates, {\"id\",\"is_article\",",
          "\"page_type\",\"page_type_score\"} for page-types (false and null for a page rejected for its body).",
          "Reads only id, url and html (a .html or .html.gz path relative to the ground truth's folder) from",
          "the ground truth, never the answers. Score with",
          "  /usr/bin/python3 ../shared/benchmarks/<kind>/score.py GROUND_TRUTH PREDICTIONS",
          "and leave-site-out (folds by registrable domain) with",
          "  bin/newslens evaluate site-folds --ground-truth GROUND_TRUTH --metric M NAME=PREDICTIONS ...",
          "",
          "  --ground-truth FILE   benchmark JSONL (e.g. ../shared/benchmarks/extraction/dev.jsonl)",
          "  --predictions FILE    predictions JSONL to write (replaced if it exists)",
          "  --timing-passes N     passes of the extractor alone over the pages to measure CPU pages/s per core",
          "                        (default 3; 0 skips the measurement)",
          "  --partitions N        read tasks for the pipeline run (default: Spark's default parallelism)",
          "  --help                this text",
          "",
          "Exit status: 0 done, 1 failed, 2 bad arguments.");

  private static final Set<String> KINDS = Set.of("extraction", "dates", "page-types");

  /** Pure parsing: no file system access. */
  public static EvaluateOptions parse(String[] argv) throws UsageException, HelpRequested {
    Args args =
        Args.parse(
            argv,
            Set.of("ground-truth", "predictions", "timing-passes", "partitions"),
            Set.of("help"));
    if (args.has("help")) {
      throw new HelpRequested();
    }
    if (args.positional().isEmpty()) {
      throw new UsageException("missing evaluation kind: extraction, dates or page-types");
    }
    String kind = args.positional().get(0);
    if (!KINDS.contains(kind)) {
      throw new UsageException(
          "unknown evaluation '" + kind + "': use extraction, dates or page-types");
    }
    if (args.positional().size() > 1) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(1) + "' (see --help)");
    }
    int passes = args.getInt("timing-passes", 3);
    int partitions = args.getInt("partitions", 0);
    if (passes < 0 || partitions < 0) {
      throw new UsageException("--timing-passes and --partitions must not be negative");
    }
    return new EvaluateOptions(
        kind, args.require("ground-truth"), args.require("predictions"), passes, partitions);
  }

  /** Parses or prints usage (exit 0) or a one-line error (exit 2). */
  public static EvaluateOptions parseOrExit(String[] argv) {
    return Cli.parseOrExit("newslens evaluate", USAGE, argv, EvaluateOptions::parse);
  }
}
