package org.newslens.inspect;

import java.util.List;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/**
 * What {@code bin/newslens compare} was asked to do.
 *
 * @param left a run folder (or one table)
 * @param right the run folder to compare it with
 * @param ignore column names (and manifest keys) left out everywhere
 * @param tolerance largest relative difference at which two floating-point cells still count as
 *     equal; 0 for exact
 */
public record CompareOptions(
    String left, String right, Set<String> ignore, double tolerance, boolean help) {

  public static final String USAGE =
      """
      usage: bin/newslens compare LEFT RIGHT [--ignore COLUMN[,COLUMN...]] [--tolerance X]

      Compares two run folders table by table, reading Parquet directly (no Spark start). Tables are found the
      way inspect finds them (every folder holding Parquet, partition folders read as columns) and matched by
      their path in the run folder; MLlib's random stage ids in model folder names are ignored. Each table's rows
      are sorted on every compared column and matched one to one, so row order and file layout do not matter.
      The whole-number counts of each _manifest.json found in both folders are compared too.

      Prints one line per table (rows on each side, rows found on one side only) and per manifest, then the
      first differing rows.

        --ignore COLUMN[,...]  columns left out of every table, and manifest keys left out of every manifest
                               (e.g. run timestamps such as ingested_at, or timings); repeatable
        --tolerance X          floating-point cells a and b are equal when |a - b| <= X * max(|a|, |b|)
                               (default 0: bit for bit)
        --help                 this text

      Exit status: 0 every table and count equal, 1 a difference, 2 bad arguments or no tables.""";

  private static final Set<String> WITH_VALUE = Set.of("ignore", "tolerance");
  private static final Set<String> FLAGS = Set.of("help");

  /** Pure parsing. */
  public static CompareOptions parse(String[] argv) throws UsageException {
    for (String token : argv) {
      if (token.equals("-h") || token.equals("--help")) {
        return new CompareOptions(null, null, Set.of(), 0, true);
      }
    }
    Args args = Args.parse(argv, WITH_VALUE, FLAGS);
    List<String> paths = args.positional();
    if (paths.size() != 2) {
      throw new UsageException(
          "compare needs two folders, LEFT and RIGHT; got " + paths.size() + " (see --help)");
    }
    double tolerance = args.getDouble("tolerance", 0);
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new UsageException("--tolerance must be at least 0 and below 1, got " + tolerance);
    }
    return new CompareOptions(
        paths.get(0), paths.get(1), Set.copyOf(args.list("ignore")), tolerance, false);
  }

  /** Prints the usage error and exits with status 2, or returns the options. */
  public static CompareOptions parseOrExit(String[] argv) {
    try {
      return parse(argv);
    } catch (UsageException e) {
      System.err.println("newslens compare: " + e.getMessage());
      System.exit(2);
      return null;
    }
  }
}
