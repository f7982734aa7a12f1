package org.newslens.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/** Options of {@code bin/newslens generate}. */
public record GenerateOptions(
    Path output,
    int articles,
    int outlets,
    int days,
    long seed,
    LocalDate start,
    boolean overwrite) {

  public static final String USAGE =
      """
      usage: bin/newslens generate --output DIR [--articles N] [--outlets M] [--days D] [--seed S]
                                   [--start YYYY-MM-DD] [--overwrite]

      Writes a synthetic news archive with planted trends and its ground truth (same seed, same archive):
        DIR/input/            the archive: html/, warc/, jsonl/, text/, misc/ (ingest it with --input DIR/input)
        DIR/ground_truth.jsonl one line per article record: key, outlet, date, title, body, topics, sentiment, ...
        DIR/planted.json       the planted signals and bad records, with their parameters and counts

      Options:
        --output DIR        folder to create (refused if it exists and is not empty, unless --overwrite)
        --articles N        distinct articles to write (default 2000; duplicates and bad records come on top)
        --outlets M         fictional outlets, each with its own page template (default 5)
        --days D            days the archive spans (default 120)
        --seed S            random seed (default 42)
        --start DATE        first day of the archive (default 2025-01-06)
        --overwrite         delete DIR first if it exists
        --help              this text
      """;

  public static GenerateOptions parse(String[] argv) throws UsageException {
    Args args =
        Args.parse(
            argv,
            Set.of("output", "articles", "outlets", "days", "seed", "start"),
            Set.of("overwrite", "help"));
    if (!args.positional().isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(0) + "' (see --help)");
    }
    Path output = Path.of(args.require("output"));
    int articles = args.getInt("articles", 2000);
    int outlets = args.getInt("outlets", 5);
    int days = args.getInt("days", 120);
    if (articles < 1) {
      throw new UsageException("--articles must be at least 1, got " + articles);
    }
    if (outlets < 1 || outlets > 1000) {
      throw new UsageException("--outlets must be between 1 and 1000, got " + outlets);
    }
    if (days < 1 || days > 36_500) {
      throw new UsageException("--days must be between 1 and 36500, got " + days);
    }
    long seed;
    try {
      seed = Long.parseLong(args.get("seed", "42").trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--seed needs a whole number, got '" + args.get("seed", "") + "'");
    }
    LocalDate start;
    try {
      start = LocalDate.parse(args.get("start", "2025-01-06").trim());
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--start needs a date YYYY-MM-DD, got '" + args.get("start", "") + "'");
    }
    return new GenerateOptions(output, articles, outlets, days, seed, start, args.has("overwrite"));
  }

  /**
   * True when the command line asks for help (checked before {@link #parse}, so --help needs no
   * other option).
   */
  public static boolean wantsHelp(String[] argv) {
    for (String a : argv) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }
}
