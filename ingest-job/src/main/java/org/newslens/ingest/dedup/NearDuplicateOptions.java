package org.newslens.ingest.dedup;

import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.HelpRequested;
import org.newslens.common.cli.UsageException;

/**
 * Options of {@code bin/newslens dedup} (an articles table → its near-duplicate clusters) and of
 * {@code bin/newslens evaluate near-duplicates} (records of a benchmark → predictions).
 *
 * @param evaluate whether this is the evaluation: input is then a JSONL file of records (id,
 *     outlet, date, title, body or text) and output the predictions file
 */
public record NearDuplicateOptions(
    boolean evaluate, String input, String output, double threshold, boolean overwrite) {

  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens dedup --input <articles dir> --output <dir> [options]",
          "       bin/newslens evaluate near-duplicates --ground-truth F.jsonl --predictions P.jsonl"
              + " [--threshold X]",
          "",
          "Finds near-duplicate articles (reposts and lightly edited copies within an outlet,"
              + " syndicated copies",
          "across outlets) with MinHash signatures of their word shingles and locality-sensitive"
              + " hashing, and",
          "writes <dir>/near_duplicates (one row per article: dup_cluster_id, dup_cluster_size,"
              + " is_near_duplicate,",
          "is_syndicated, wire_agency) and <dir>/_manifest.json. Details: docs/near-duplicates.md.",
          "",
          "  --input DIR           the articles table written by 'newslens ingest'",
          "  --output DIR          folder for near_duplicates (refused if it exists, unless"
              + " --overwrite)",
          "  --threshold X         estimated Jaccard similarity of word 5-gram sets from which two"
              + " articles",
          "                        are near-duplicates (default 0.5)",
          "  --overwrite           replace an existing output folder",
          "  --ground-truth F      (evaluate) JSONL records: id, outlet, date, title, body or"
              + " text; no other field is read",
          "  --predictions P       (evaluate) where to write {id, dup_cluster_id,"
              + " is_near_duplicate, is_syndicated}",
          "  --help                this text");

  public static NearDuplicateOptions parse(String[] argv) throws UsageException, HelpRequested {
    boolean evaluate = argv.length > 0 && argv[0].equals("evaluate");
    String[] rest = evaluate ? java.util.Arrays.copyOfRange(argv, 1, argv.length) : argv;
    Args args =
        Args.parse(
            rest,
            Set.of("input", "output", "threshold", "ground-truth", "predictions"),
            Set.of("overwrite", "help"));
    if (args.has("help")) {
      throw new HelpRequested();
    }
    args.refuseConflicts(Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("unexpected argument " + args.positional().get(0));
    }
    double threshold = args.getDouble("threshold", NearDuplicates.DEFAULT_THRESHOLD);
    if (!(threshold > 0 && threshold <= 1)) {
      throw new UsageException("--threshold must be in (0, 1], got " + threshold);
    }
    if (evaluate) {
      return new NearDuplicateOptions(
          true, args.require("ground-truth"), args.require("predictions"), threshold, true);
    }
    return new NearDuplicateOptions(
        false, args.require("input"), args.require("output"), threshold, args.has("overwrite"));
  }

  static NearDuplicateOptions parseOrExit(String[] argv) {
    String command =
        argv.length > 0 && argv[0].equals("evaluate")
            ? "newslens evaluate near-duplicates"
            : "newslens dedup";
    return Cli.parseOrExit(command, USAGE, argv, NearDuplicateOptions::parse);
  }
}
