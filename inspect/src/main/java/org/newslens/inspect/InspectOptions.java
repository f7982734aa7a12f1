package org.newslens.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/**
 * What {@code bin/newslens inspect} was asked to do. Without {@code --format}, {@code --columns} or
 * {@code --where} it summarises; with any of them it prints rows.
 *
 * @param path a Parquet file, a table folder (possibly partitioned) or a run folder holding several
 *     tables
 * @param rows whether to print rows instead of the summary
 * @param format {@code table} or {@code jsonl}
 * @param columns columns to print, in this order; empty for all
 * @param where equality filters, all of which a row must pass
 * @param limit most rows to print; {@code -1} for all
 */
public record InspectOptions(
    String path,
    boolean rows,
    Format format,
    List<String> columns,
    List<Filter> where,
    long limit,
    boolean help) {

  public enum Format {
    TABLE,
    JSONL
  }

  /**
   * {@code column=value}; the value {@code null} matches a null cell, and an array matches if an
   * element equals it.
   */
  public record Filter(String column, String value) {
    public boolean matchesNull() {
      return "null".equals(value);
    }
  }

  /** Rows printed in the summary, and by default in row mode. */
  public static final long DEFAULT_LIMIT = 20;

  public static final int SAMPLE_ROWS = 5;

  public static final String USAGE =
      """
      usage: bin/newslens inspect PATH [--format table|jsonl] [--columns a,b] [--where col=value] [--limit N|all]

      Reads Parquet footers and rows directly (no Spark start). PATH is a local Parquet file, a table folder
      (hive-style partition folders such as published_month=2025-01 are read as columns; __HIVE_DEFAULT_PARTITION__
      is null), or a run folder: every subfolder holding Parquet is summarised, with the counts of each
      _manifest.json. Local paths and file: URIs only; copy tables from HDFS or S3 first.

      Without row options, a table summary: files, partitions, rows, row groups, codecs, sizes, the schema with each
      column's description, nulls and min/max per column (from the footer statistics), and a few sample rows.

      Row options (print rows instead of the summary):
        --format table|jsonl   aligned text table (long cells cut) or one JSON object per line (default table)
        --columns a,b          only these columns, in this order (partition columns included)
        --where col=value      keep rows whose value prints as value; 'null' matches null; an array matches
                               when one element equals value; repeat to AND several filters
        --limit N|all          at most N rows (default 20); 'all' prints every row
        --help                 this text

      Dates print as 2025-01-02, timestamps as UTC ISO-8601 (2025-01-02T09:30:00Z).
      Exit status: 0 ok, 1 unreadable Parquet, 2 bad arguments or a path without Parquet.""";

  private static final Set<String> WITH_VALUE = Set.of("format", "columns", "where", "limit");
  private static final Set<String> FLAGS = Set.of("help");

  /** Parses the command line; pure, so tests can call it. */
  public static InspectOptions parse(String[] argv) throws UsageException {
    for (String token : argv) {
      if (token.equals("-h") || token.equals("--help")) {
        return new InspectOptions(
            null, false, Format.TABLE, List.of(), List.of(), DEFAULT_LIMIT, true);
      }
    }
    Args args = Args.parse(argv, WITH_VALUE, FLAGS);
    if (args.positional().isEmpty()) {
      throw new UsageException(
          "inspect needs a path: a Parquet file, a table folder or a run folder");
    }
    if (args.positional().size() > 1) {
      throw new UsageException(
          "inspect takes one path, got "
              + args.positional().size()
              + ": "
              + String.join(" ", args.positional()));
    }
    Format format = parseFormat(args.get("format", "table"));
    List<String> columns = args.list("columns");
    List<Filter> where = new ArrayList<>();
    for (String raw : args.has("where") ? allValues(argv) : List.<String>of()) {
      int eq = raw.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--where needs column=value, got '" + raw + "'");
      }
      where.add(new Filter(raw.substring(0, eq).trim(), raw.substring(eq + 1)));
    }
    long limit = parseLimit(args.get("limit", String.valueOf(DEFAULT_LIMIT)));
    boolean rows = args.has("format") || args.has("columns") || args.has("where");
    return new InspectOptions(
        args.positional().get(0),
        rows,
        format,
        List.copyOf(columns),
        List.copyOf(where),
        limit,
        false);
  }

  /** Prints the usage error and exits with status 2, or returns the options. */
  public static InspectOptions parseOrExit(String[] argv) {
    try {
      return parse(argv);
    } catch (UsageException e) {
      System.err.println("newslens inspect: " + e.getMessage());
      System.exit(2);
      return null;
    }
  }

  private static Format parseFormat(String value) throws UsageException {
    try {
      return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be table or jsonl, got '" + value + "'");
    }
  }

  private static long parseLimit(String value) throws UsageException {
    if (value.trim().equalsIgnoreCase("all")) {
      return -1;
    }
    try {
      long limit = Long.parseLong(value.trim());
      if (limit < 0) {
        throw new NumberFormatException();
      }
      return limit;
    } catch (NumberFormatException e) {
      throw new UsageException("--limit needs a whole number >= 0 or 'all', got '" + value + "'");
    }
  }

  /** Every {@code --where} value, unsplit: a filter value may itself contain commas. */
  private static List<String> allValues(String[] argv) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      if (argv[i].equals("--where") && i + 1 < argv.length) {
        out.add(argv[++i]);
      } else if (argv[i].startsWith("--where=")) {
        out.add(argv[i].substring("--where=".length()));
      }
    }
    return out;
  }
}
