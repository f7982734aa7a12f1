package org.newslens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bench's findings: every job run with the figures derived from its manifest, the references,
 * each job as a fraction of its reference, and how job time grows with archive size. Written as
 * JSON (everything) and Markdown (the tables).
 *
 * <p>Per-core rates divide by the master's task slots and by the job's own time ({@code
 * timings.total_seconds} of its manifest, from the session's start to the manifest, so without the
 * JVM and Spark start-up, which the wall-clock column includes). Per-CPU-second rates divide by the
 * driver process's CPU time, which on a machine shared with other work moves less than wall time.
 */
final class BenchReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final BenchOptions options;
  private final Map<String, Object> machine = new LinkedHashMap<>();
  private final List<Map<String, Object>> ingest = new ArrayList<>();
  private final List<Map<String, Object>> analysis = new ArrayList<>();
  private final Map<String, Map<String, Object>> parse = new LinkedHashMap<>();
  private Map<String, Object> scorer;

  BenchReport(BenchOptions options) {
    this.options = options;
    machine.put("started_at", Instant.now().toString());
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("java", System.getProperty("java.version"));
    machine.put("load_average_at_start", loadAverage());
  }

  void addIngest(Map<String, Object> run) {
    Map<String, Object> m = map(run.get("manifest"));
    double seconds = number(map(m.get("timings")).get("total_seconds"));
    Map<String, Object> resources = map(m.get("resources"));
    double cpu = number(resources.get("driver_cpu_seconds"));
    long records = (long) number(m.get("records_in"));
    long bytes = (long) number(map(m.get("inputs")).get("bytes"));
    int cores = (int) number(run.get("cores"));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("records", records);
    d.put("articles", (long) number(m.get("articles")));
    d.put("input_bytes", bytes);
    d.put("job_seconds", seconds);
    d.put("pages_per_second_per_core", records / seconds / cores);
    d.put("mb_per_second_per_core", bytes / 1e6 / seconds / cores);
    d.put("pages_per_cpu_second", records / cpu);
    d.put("driver_peak_rss_bytes", resources.get("driver_peak_rss_bytes"));
    d.put("executor_peak_heap_bytes", resources.get("executor_peak_heap_bytes"));
    run.put("derived", d);
    ingest.add(run);
  }

  void addAnalysis(Map<String, Object> run) {
    Map<String, Object> m = map(run.get("manifest"));
    Map<String, Object> timings = map(m.get("timings"));
    double seconds = number(timings.get("total_seconds"));
    Map<String, Object> resources = map(m.get("resources"));
    long articles = (long) number(map(m.get("counts")).get("articles_selected"));
    long sentences = (long) number(map(m.get("sentiment")).get("sentences"));
    int cores = (int) number(run.get("cores"));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("articles", articles);
    d.put("sentences", sentences);
    d.put("job_seconds", seconds);
    d.put("article_pass_seconds", timings.get("article_pass_seconds"));
    d.put("lda_fit_seconds", timings.get("lda_fit_seconds"));
    d.put("articles_per_second_per_core", articles / seconds / cores);
    d.put("articles_per_cpu_second", articles / number(resources.get("driver_cpu_seconds")));
    d.put("driver_peak_rss_bytes", resources.get("driver_peak_rss_bytes"));
    d.put("driver_peak_heap_bytes", resources.get("driver_peak_heap_bytes"));
    d.put("executor_peak_heap_bytes", resources.get("executor_peak_heap_bytes"));
    run.put("derived", d);
    analysis.add(run);
  }

  void addParseReference(String name, Map<String, Object> result) {
    parse.put(name, result);
  }

  void setScorerReference(Map<String, Object> result) {
    scorer = result;
  }

  /** The report as one JSON object. */
  Map<String, Object> toMap() {
    machine.put("finished_at", Instant.now().toString());
    machine.put("load_average_at_end", loadAverage());
    Map<String, Object> parseRef = parse.get("generated pages");
    for (Map<String, Object> run : ingest) {
      Map<String, Object> d = map(run.get("derived"));
      String archive = (String) run.get("archive");
      Map<String, Object> ref =
          archive.startsWith("real-")
              ? parse.get(
                  "real pages " + options.realPages().get(Integer.parseInt(archive.substring(5))))
              : parseRef;
      if (ref != null) {
        double parseRate = number(ref.get("pages_per_cpu_second"));
        d.put("fraction_of_bare_parse", number(d.get("pages_per_second_per_core")) / parseRate);
        d.put("fraction_of_bare_parse_by_cpu", number(d.get("pages_per_cpu_second")) / parseRate);
      }
    }
    if (scorer != null) {
      double scorerRate = number(scorer.get("sentences_per_cpu_second"));
      for (Map<String, Object> run : analysis) {
        Map<String, Object> d = map(run.get("derived"));
        double perArticle = number(d.get("sentences")) / Math.max(1, number(d.get("articles")));
        d.put(
            "fraction_of_scorer_alone",
            number(d.get("articles_per_second_per_core")) * perArticle / scorerRate);
        d.put(
            "fraction_of_scorer_alone_by_cpu",
            number(d.get("articles_per_cpu_second")) * perArticle / scorerRate);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("machine", machine);
    out.put("options", options.toString());
    out.put("ingest", ingest);
    out.put("analysis", analysis);
    out.put("references", Map.of("bare_jsoup_parse", parse, "scorer_alone", orEmpty(scorer)));
    out.put("growth", growth());
    return out;
  }

  /**
   * The exponent b of job time ~ size^b for each series of runs (same kind, master and LDA setting)
   * with two sizes or more: the least-squares slope of log time against log size.
   */
  Map<String, Double> growth() {
    Map<String, List<double[]>> series = new TreeMap<>();
    for (Map<String, Object> run : ingest) {
      if (!((String) run.get("archive")).startsWith("real-")) {
        series
            .computeIfAbsent("ingest " + run.get("master"), k -> new ArrayList<>())
            .add(point(run, "records"));
      }
    }
    for (Map<String, Object> run : analysis) {
      String key =
          "analysis " + run.get("master") + (Boolean.TRUE.equals(run.get("lda")) ? " lda" : "");
      series.computeIfAbsent(key, k -> new ArrayList<>()).add(point(run, "articles"));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    series.forEach(
        (k, points) -> {
          if (points.size() >= 2) {
            out.put(k, slope(points));
          }
        });
    return out;
  }

  private static double[] point(Map<String, Object> run, String sizeKey) {
    Map<String, Object> d = map(run.get("derived"));
    return new double[] {number(d.get(sizeKey)), number(d.get("job_seconds"))};
  }

  /** Least-squares slope of log(y) against log(x). */
  static double slope(List<double[]> points) {
    double n = points.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : points) {
      double x = Math.log(p[0]);
      double y = Math.log(p[1]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  void write(Path json, Path markdown) throws IOException {
    Map<String, Object> all = toMap();
    Files.createDirectories(json.toAbsolutePath().getParent());
    JSON.writeValue(json.toFile(), all);
    Files.writeString(markdown, markdown(all));
  }

  private String markdown(Map<String, Object> all) {
    StringBuilder md = new StringBuilder("# newslens bench\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %s cores, Java %s; load average %s at the start, %s at the end.%n%n",
            machine.get("cores"),
            machine.get("java"),
            machine.get("load_average_at_start"),
            machine.get("load_average_at_end")));
    md.append(
        "## References (one thread)\n\n| reference | items | CPU s | rate |\n|---|---|---|---|\n");
    parse.forEach(
        (name, r) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| bare jsoup parse, %s | %s pages, %.0f MB | %.1f | %.0f pages/s, %.1f MB/s |%n",
                    name,
                    r.get("pages"),
                    number(r.get("bytes")) / 1e6,
                    number(r.get("cpu_seconds")),
                    number(r.get("pages_per_cpu_second")),
                    number(r.get("mb_per_cpu_second")))));
    if (scorer != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "| sentence scorer alone | %s sentences of %s articles | %.1f | %.0f sentences/s |%n",
              scorer.get("sentences"),
              scorer.get("articles"),
              number(scorer.get("cpu_seconds")),
              number(scorer.get("sentences_per_cpu_second"))));
    }
    md.append(
        "\n## Ingest\n\n| archive | master | records | input MB | job s | wall s | pages/s per core"
            + " | MB/s per core | pages per CPU-s | of bare parse (per core, per CPU-s) | peak RSS MB |"
            + " articles MB |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map<String, Object> run : ingest) {
      Map<String, Object> d = map(run.get("derived"));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f | %s, %s | %s | %.1f |%n",
              run.get("archive"),
              run.get("master"),
              (long) number(d.get("records")),
              number(d.get("input_bytes")) / 1e6,
              number(d.get("job_seconds")),
              number(run.get("wall_seconds")),
              number(d.get("pages_per_second_per_core")),
              number(d.get("mb_per_second_per_core")),
              number(d.get("pages_per_cpu_second")),
              percent(d.get("fraction_of_bare_parse")),
              percent(d.get("fraction_of_bare_parse_by_cpu")),
              megabytes(d.get("driver_peak_rss_bytes")),
              number(run.get("articles_bytes")) / 1e6));
    }
    md.append(
        "\n## Analysis\n\n| archive | master | LDA | articles | job s | article pass s | LDA fit s |"
            + " wall s | articles/s per core | articles per CPU-s | of scorer alone (per core, per"
            + " CPU-s) | peak RSS MB | peak heap MB | output MB |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map<String, Object> run : analysis) {
      Map<String, Object> d = map(run.get("derived"));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %d | %.1f | %s | %s | %.1f | %.0f | %.0f | %s, %s | %s | %s | %.1f |%n",
              run.get("archive"),
              run.get("master"),
              Boolean.TRUE.equals(run.get("lda")) ? "yes" : "no",
              (long) number(d.get("articles")),
              number(d.get("job_seconds")),
              seconds(d.get("article_pass_seconds")),
              seconds(d.get("lda_fit_seconds")),
              number(run.get("wall_seconds")),
              number(d.get("articles_per_second_per_core")),
              number(d.get("articles_per_cpu_second")),
              percent(d.get("fraction_of_scorer_alone")),
              percent(d.get("fraction_of_scorer_alone_by_cpu")),
              megabytes(d.get("driver_peak_rss_bytes")),
              megabytes(d.get("driver_peak_heap_bytes")),
              number(run.get("output_bytes")) / 1e6));
    }
    md.append("\n## Growth of job time with size (exponent b of time ~ size^b)\n\n");
    map(all.get("growth"))
        .forEach((k, v) -> md.append(String.format(Locale.ROOT, "- %s: %.3f%n", k, number(v))));
    return md.toString();
  }

  private static String percent(Object v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * number(v));
  }

  private static String seconds(Object v) {
    return v == null ? "" : String.format(Locale.ROOT, "%.1f", number(v));
  }

  private static String megabytes(Object v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f", number(v) / 1e6);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, Object> orEmpty(Map<String, Object> m) {
    return m == null ? Map.of() : m;
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
