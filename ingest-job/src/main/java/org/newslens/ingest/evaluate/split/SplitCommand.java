package org.newslens.ingest.evaluate.split;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.HelpRequested;
import org.newslens.common.cli.UsageException;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.ExtractionDefaults;
import org.newslens.ingest.source.ArchiveReader;
import org.newslens.ingest.source.ReadResult;
import org.newslens.ingest.source.text.TextSplit;

/**
 * {@code bin/newslens evaluate split-dumps | split | split-score}: builds evaluation dumps, writes
 * the splitter's predictions for them and scores them. No Spark session: each dump goes through the
 * same reader and extractor that ingest runs in its tasks.
 */
public final class SplitCommand {
  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens evaluate split-dumps --output DIR [--generated FILE] [--topics FILE]",
          "                                        [--extraction FILE]... [--dumps N] [--seed S] [--overwrite]",
          "       bin/newslens evaluate split --ground-truth FILE --predictions FILE [--split MODE]",
          "       bin/newslens evaluate split-score --ground-truth FILE --predictions FILE",
          "",
          "split-dumps writes DIR/dumps/dump-NNNNN.txt and DIR/ground_truth.jsonl: known articles run together,",
          "3 to 8 of one source set a dump in random order, with and without headline lines, with and without",
          "furniture lines and a trailing teaser. Sources are read where they are, never copied:",
          "  --generated FILE   ground_truth.jsonl of a generated archive (bin/newslens generate)",
          "  --topics FILE      topics benchmark (default ../shared/benchmarks/topics/bbc_news_2225.jsonl)",
          "  --extraction FILE  extraction benchmark DEV bodies, repeatable (default ../shared/benchmarks/",
          "                     extraction/dev.jsonl and ../shared/benchmarks/wcxb/dev.jsonl)",
          "  --sets a,b         only these source sets: generated, topics, extraction (default all given)",
          "  --dumps N          dumps to build (default 1200), cycling through the sets",
          "  --seed S           random seed (default 7)",
          "",
          "split reads only the file field of each ground-truth line, splits and extracts each dump as ingest",
          "does (--split, default auto), writes one prediction line per dump ({file, articles: [{first_line,",
          "last_line, title, title_source, text}]}) and then scores it, as split-score does: boundary precision,",
          "recall, F1 and Pk, the share of articles whose text is exact, of headline titles and of teasers dropped,",
          "for all dumps and by source set, headline lines, furniture and teaser.",
          "",
          "Exit status: 0 done, 1 failed, 2 bad arguments or paths.");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMMAND = "newslens evaluate";

  private SplitCommand() {}

  /** What to run, parsed from the command line. */
  record Options(
      String action,
      Path output,
      Map<String, List<Path>> sources,
      int dumps,
      long seed,
      boolean overwrite,
      Path groundTruth,
      Path predictions,
      TextSplit split) {}

  static Options parse(String[] argv) throws UsageException, HelpRequested {
    Args args =
        Args.parse(
            argv,
            Set.of(
                "output",
                "generated",
                "topics",
                "extraction",
                "sets",
                "dumps",
                "seed",
                "ground-truth",
                "predictions",
                "split"),
            Set.of("overwrite", "help"));
    if (args.has("help")) {
      throw new HelpRequested();
    }
    if (args.positional().size() != 1) {
      throw new UsageException("use evaluate split-dumps, split or split-score (see --help)");
    }
    String action = args.positional().get(0);
    switch (action) {
      case "split-dumps" -> {
        Map<String, List<Path>> sources = new LinkedHashMap<>();
        if (args.has("generated")) {
          sources.put("generated", List.of(Path.of(args.get("generated", null))));
        }
        sources.put(
            "topics",
            List.of(
                Path.of(args.get("topics", "../shared/benchmarks/topics/bbc_news_2225.jsonl"))));
        List<String> extraction = args.list("extraction");
        sources.put(
            "extraction",
            (extraction.isEmpty()
                    ? List.of(
                        "../shared/benchmarks/extraction/dev.jsonl",
                        "../shared/benchmarks/wcxb/dev.jsonl")
                    : extraction)
                .stream().map(Path::of).toList());
        if (args.has("sets")) {
          List<String> wanted = List.of(args.get("sets", "").split(","));
          for (String w : wanted) {
            if (!sources.containsKey(w.strip())) {
              throw new UsageException("--sets: no source set '" + w.strip() + "' given");
            }
          }
          sources.keySet().retainAll(wanted.stream().map(String::strip).toList());
        }
        int dumps = args.getInt("dumps", 1200);
        if (dumps < 1) {
          throw new UsageException("--dumps must be at least 1");
        }
        return new Options(
            action,
            Path.of(args.require("output")),
            sources,
            dumps,
            args.getInt("seed", 7),
            args.has("overwrite"),
            null,
            null,
            null);
      }
      case "split", "split-score" -> {
        TextSplit split;
        try {
          split = TextSplit.parse(args.get("split", "auto"));
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        return new Options(
            action,
            null,
            Map.of(),
            0,
            0,
            false,
            Path.of(args.require("ground-truth")),
            Path.of(args.require("predictions")),
            split);
      }
      default -> throw new UsageException("unknown evaluation '" + action + "' (see --help)");
    }
  }

  public static void main(String[] argv) throws IOException {
    Options o = Cli.parseOrExit(COMMAND, USAGE, argv, SplitCommand::parse);
    switch (o.action()) {
      case "split-dumps" -> buildDumps(o);
      case "split" -> {
        requireFile(o.groundTruth());
        long t0 = System.nanoTime();
        int n = predict(o.groundTruth(), o.predictions(), o.split());
        System.out.printf(
            "evaluate split: %d dumps split (--split %s) in %.1f s, predictions in %s%n",
            n, o.split().code(), (System.nanoTime() - t0) / 1e9, o.predictions());
        System.out.print(SplitScore.report(SplitScore.score(o.groundTruth(), o.predictions())));
      }
      default -> {
        requireFile(o.groundTruth());
        requireFile(o.predictions());
        System.out.print(SplitScore.report(SplitScore.score(o.groundTruth(), o.predictions())));
      }
    }
  }

  private static void requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      Cli.exitUsage(COMMAND, "file not found: " + p);
    }
  }

  private static void buildDumps(Options o) throws IOException {
    for (List<Path> files : o.sources().values()) {
      files.forEach(SplitCommand::requireFile);
    }
    if (Files.exists(o.output())) {
      try (Stream<Path> s = Files.list(o.output())) {
        if (s.findAny().isPresent()) {
          if (!o.overwrite()) {
            Cli.exitUsage(COMMAND, o.output() + " exists and is not empty (use --overwrite)");
          }
          deleteTree(o.output());
        }
      }
    }
    Map<String, List<SplitDumps.Source>> sets = new LinkedHashMap<>();
    for (Map.Entry<String, List<Path>> e : o.sources().entrySet()) {
      List<SplitDumps.Source> all = new ArrayList<>();
      for (Path f : e.getValue()) {
        all.addAll(SplitDumps.read(e.getKey(), f));
      }
      if (all.size() < 8) {
        Cli.exitUsage(
            COMMAND, "source set " + e.getKey() + " has only " + all.size() + " articles");
      }
      sets.put(e.getKey(), all);
      System.out.printf("source set %s: %d articles%n", e.getKey(), all.size());
    }
    Map<String, Integer> perSet = SplitDumps.write(sets, o.dumps(), o.seed(), o.output());
    System.out.printf(
        "evaluate split-dumps: %d dumps %s in %s/dumps, ground truth in %s/ground_truth.jsonl%n",
        o.dumps(), perSet, o.output(), o.output());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Splits and extracts every dump the ground truth lists (reading only its {@code file} field,
   * relative to the ground truth's folder) and writes one prediction line per dump. Returns the
   * number of dumps.
   */
  static int predict(Path groundTruth, Path predictions, TextSplit split) throws IOException {
    Path base = groundTruth.toAbsolutePath().getParent();
    ExtractionDefaults defaults = new ExtractionDefaults(null, null, Instant.now());
    int n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(groundTruth, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String file = JSON.readTree(line).get("file").asText();
        Path dump = base.resolve(file);
        ObjectNode row = JSON.createObjectNode();
        row.put("file", file);
        ArrayNode articles = row.putArray("articles");
        Iterator<ReadResult> records =
            ArchiveReader.read(
                dump.toString(),
                SourceFormat.TEXT,
                split,
                () -> new FileInputStream(dump.toFile()));
        while (records.hasNext()) {
          if (!(records.next() instanceof ReadResult.Document d)) {
            continue;
          }
          ObjectNode a = articles.addObject();
          if (d.document().lines() != null) {
            a.put("first_line", d.document().lines().first());
            a.put("last_line", d.document().lines().last());
          }
          Extraction e = ArticleExtractor.extract(d.document(), defaults);
          if (e instanceof Extraction.Ok ok) {
            a.put("title", ok.article().title());
            a.put("title_source", ok.article().titleSource());
            a.put("text", ok.article().text());
          } else {
            a.put("reject", ((Extraction.Rejected) e).reason().code());
            a.put("text", "");
          }
        }
        out.write(JSON.writeValueAsString(row));
        out.newLine();
        n++;
      }
    }
    return n;
  }
}
