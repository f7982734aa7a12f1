package org.newslens.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.HelpRequested;
import org.newslens.common.cli.UsageException;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.source.text.TextSplit;

/**
 * The ingest job's command line.
 *
 * @param inputs files or folders (Hadoop paths), read recursively
 * @param output the run's output folder: {@code articles/}, {@code rejects/}, {@code
 *     _manifest.json}
 * @param format a forced input format, or null to tell each file's format from its name and content
 * @param outlet outlet for records whose archive names none
 * @param date publication day for records with no date of their own
 * @param overwrite replace an existing output
 * @param maxRejectRatio fail the run (after writing everything) when rejects / records exceed it;
 *     null for never
 * @param partitions minimum number of read tasks (0: Spark's default parallelism)
 * @param split how text files are cut into articles ({@code --split}, default {@code auto})
 * @param keepAllPages {@code --keep-pages all}: pages that are not news articles are kept in {@code
 *     articles} with their {@code page_type}; by default ({@code articles}) they become {@code
 *     not_article} rejects
 */
public record IngestOptions(
    List<String> inputs,
    String output,
    SourceFormat format,
    String outlet,
    LocalDate date,
    boolean overwrite,
    Double maxRejectRatio,
    int partitions,
    TextSplit split,
    boolean keepAllPages) {

  /** Options with the default text split ({@code auto}) that keep articles only. */
  public IngestOptions(
      List<String> inputs,
      String output,
      SourceFormat format,
      String outlet,
      LocalDate date,
      boolean overwrite,
      Double maxRejectRatio,
      int partitions) {
    this(
        inputs,
        output,
        format,
        outlet,
        date,
        overwrite,
        maxRejectRatio,
        partitions,
        TextSplit.AUTO,
        false);
  }

  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens ingest --input PATH[,PATH...] --output DIR [options]",
          "       spark-submit --class org.newslens.ingest.IngestJob ingest-job.jar --input ... --output ...",
          "",
          "Reads news archives and writes <output>/articles (Parquet, in folders by publication month),",
          "<output>/rejects (Parquet, one row per unusable record with its reason) and <output>/_manifest.json.",
          "",
          "  --input PATH          file or folder (any Hadoop path: file:, hdfs:, s3a: ...); repeatable or",
          "                        comma-separated; folders are read recursively, skipping names starting . or _",
          "  --output DIR          output folder; refused if it exists, unless --overwrite",
          "  --format FORMAT       auto (default), html, warc, jsonl or text. auto: by extension (.html .htm",
          "                        .warc .jsonl .ndjson .json .txt, each optionally .gz), else by content",
          "  --split MODE          how text files are cut into articles: auto (default: where a reader would,",
          "                        see docs/text-dumps.md), none, blank-lines or regex:<separator line pattern>",
          "  --outlet NAME         outlet for records whose archive gives none (text dumps, bare pages); a text",
          "                        dump named <outlet>_<yyyy-mm-dd>.txt gives its own outlet and date first",
          "  --date YYYY-MM-DD     publication day for records with no date of their own (date_source = cli)",
          "  --keep-pages WHICH    articles (default): pages that are not news articles (listings, forums,",
          "                        products, documentation, service pages) become not_article rejects;",
          "                        all: keep every page in articles, its kind in page_type",
          "  --overwrite           replace an existing output folder",
          "  --max-reject-ratio R  exit 3 after writing everything if rejects/records_in > R (0..1)",
          "  --partitions N        minimum number of read tasks (default: Spark's default parallelism)",
          "  --help                this text",
          "",
          "Spark settings go through spark-submit (--master, --conf k=v).",
          "Exit status: 0 done, 1 job failed, 2 bad arguments or paths, 3 reject ratio exceeded.");

  private static final Set<String> WITH_VALUE =
      Set.of(
          "input",
          "output",
          "format",
          "split",
          "outlet",
          "date",
          "keep-pages",
          "max-reject-ratio",
          "partitions");
  private static final Set<String> FLAGS = Set.of("overwrite", "help");

  /** The earliest publication day {@code --date} accepts, as for dates found on pages. */
  static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

  /** Pure parsing: no file system access. */
  public static IngestOptions parse(String[] argv) throws UsageException, HelpRequested {
    Args args = Args.parse(argv, WITH_VALUE, FLAGS);
    if (args.has("help")) {
      throw new HelpRequested();
    }
    args.refuseConflicts(Set.of("input"));
    if (!args.positional().isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(0) + "' (see --help)");
    }
    List<String> inputs = args.list("input");
    if (inputs.isEmpty()) {
      throw new UsageException("missing required option --input");
    }
    String output = args.require("output");
    String formatName = args.get("format", "auto").trim().toLowerCase();
    SourceFormat format = null;
    if (!formatName.equals("auto")) {
      try {
        format = SourceFormat.parse(formatName);
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--format must be one of auto, "
                + String.join(
                    ", ", Arrays.stream(SourceFormat.values()).map(SourceFormat::code).toList())
                + "; got '"
                + formatName
                + "'");
      }
    }
    LocalDate date = null;
    if (args.has("date")) {
      try {
        date = LocalDate.parse(args.get("date", null).trim());
      } catch (DateTimeParseException e) {
        throw new UsageException("--date needs YYYY-MM-DD, got '" + args.get("date", null) + "'");
      }
      LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
      if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
        throw new UsageException(
            "--date " + date + " is outside " + EARLIEST_DATE + " to " + latest + " (tomorrow)");
      }
    }
    Double ratio = null;
    if (args.has("max-reject-ratio")) {
      ratio = args.getDouble("max-reject-ratio", 1.0);
      if (ratio < 0 || ratio > 1) {
        throw new UsageException("--max-reject-ratio must be between 0 and 1, got " + ratio);
      }
    }
    int partitions = args.getInt("partitions", 0);
    if (partitions < 0) {
      throw new UsageException("--partitions must be positive, got " + partitions);
    }
    String outlet = args.get("outlet", null);
    TextSplit split;
    try {
      split = TextSplit.parse(args.get("split", "auto"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String keep = args.get("keep-pages", "articles").trim().toLowerCase();
    if (!keep.equals("articles") && !keep.equals("all")) {
      throw new UsageException("--keep-pages must be articles or all, got '" + keep + "'");
    }
    return new IngestOptions(
        List.copyOf(inputs),
        output,
        format,
        outlet == null || outlet.isBlank() ? null : outlet.trim(),
        date,
        args.has("overwrite"),
        ratio,
        partitions,
        split,
        keep.equals("all"));
  }

  /** Parses or prints usage (exit 0) or a one-line error (exit 2). */
  public static IngestOptions parseOrExit(String[] argv) {
    return Cli.parseOrExit("newslens ingest", USAGE, argv, IngestOptions::parse);
  }
}
