package org.newslens.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;
import org.newslens.common.schema.SourceFormat;

/** Options of {@code bin/newslens generate}. */
public record GenerateOptions(
    Path output,
    int articles,
    int outlets,
    int days,
    long seed,
    LocalDate start,
    boolean overwrite,
    List<SourceFormat> formats,
    int pageBytes) {

  /** An archive of every format with plain pages. */
  public GenerateOptions(
      Path output,
      int articles,
      int outlets,
      int days,
      long seed,
      LocalDate start,
      boolean overwrite) {
    this(output, articles, outlets, days, seed, start, overwrite, ALL_FORMATS, 0);
  }

  public static final List<SourceFormat> ALL_FORMATS = List.of(SourceFormat.values());

  /** The format codes as a sentence lists them: {@code html, warc, jsonl and text}. */
  private static final String FORMAT_NAMES =
      ALL_FORMATS.stream()
              .limit(ALL_FORMATS.size() - 1)
              .map(SourceFormat::code)
              .collect(java.util.stream.Collectors.joining(", "))
          + " and "
          + ALL_FORMATS.get(ALL_FORMATS.size() - 1).code();

  /** Largest --page-bytes: far above real article pages, which are 100-300 KB. */
  static final int MAX_PAGE_BYTES = 4 << 20;

  public static final String USAGE =
      """
      usage: bin/newslens generate --output DIR [--articles N] [--outlets M] [--days D] [--seed S]
                                   [--start YYYY-MM-DD] [--formats F,...] [--page-bytes B] [--overwrite]

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
        --formats F,...     formats articles are written in: html, warc, jsonl, text (default all four,
                            in shares 35/25/25/15; a subset keeps the shares among itself)
        --page-bytes B      add about B bytes of the furniture real pages carry to every HTML and WARC
                            page (inline style and scripts, icons, a mega-menu, footer links); real
                            article pages weigh 100-300 KB (default 0: plain pages of about 8 KB)
        --overwrite         delete DIR first if it exists
        --help              this text
      """;

  public static GenerateOptions parse(String[] argv) throws UsageException {
    Args args =
        Args.parse(
            argv,
            Set.of(
                "output", "articles", "outlets", "days", "seed", "start", "formats", "page-bytes"),
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
    List<SourceFormat> formats = formats(args.get("formats", null));
    int pageBytes = args.getInt("page-bytes", 0);
    if (pageBytes < 0 || pageBytes > MAX_PAGE_BYTES) {
      throw new UsageException(
          "--page-bytes must be between 0 and " + MAX_PAGE_BYTES + ", got " + pageBytes);
    }
    return new GenerateOptions(
        output, articles, outlets, days, seed, start, args.has("overwrite"), formats, pageBytes);
  }

  private static List<SourceFormat> formats(String value) throws UsageException {
    if (value == null) {
      return ALL_FORMATS;
    }
    EnumSet<SourceFormat> chosen = EnumSet.noneOf(SourceFormat.class);
    for (String name : value.split(",")) {
      String code = name.strip().toLowerCase(Locale.ROOT);
      SourceFormat match = null;
      for (SourceFormat f : SourceFormat.values()) {
        if (f.code().equals(code)) {
          match = f;
        }
      }
      if (match == null) {
        throw new UsageException(
            "--formats takes " + FORMAT_NAMES + ", separated by commas; got '" + name + "'");
      }
      chosen.add(match);
    }
    return List.copyOf(chosen);
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
