package org.newslens.common.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code _manifest.json} a job writes beside its tables, and reads back ({@code inspect} reads
 * it through this type too): which job ran, on what, with which parameters and versions, how long
 * it took, the resources it used, and its results. The six sections every job has are fields; the
 * results (counts and each step's entries) are the job's own, written after them at the top level
 * of the JSON object in the order the job put them.
 *
 * @param job {@value #INGEST_JOB} or {@value #ANALYSIS_JOB}
 * @param inputs what the run read
 * @param parameters the run's options
 * @param versions of newslens, its parts, Spark and Java
 * @param timings seconds by phase (and, for ingest, the start and end times)
 * @param resources cores and peak memory ({@code RunResources})
 * @param results the job's counts and step entries, by key, in order
 */
public record RunManifest(
    String job,
    Map<String, Object> inputs,
    Map<String, Object> parameters,
    Map<String, Object> versions,
    Map<String, Object> timings,
    Map<String, Object> resources,
    Map<String, Object> results) {

  public static final String FILE_NAME = "_manifest.json";
  public static final String INGEST_JOB = "news-ingest";
  public static final String ANALYSIS_JOB = "news-analysis";

  private static final List<String> SECTIONS =
      List.of("job", "inputs", "parameters", "versions", "timings", "resources");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public RunManifest {
    for (String key : results.keySet()) {
      if (SECTIONS.contains(key)) {
        throw new IllegalArgumentException(key + " is a section of the manifest, not a result");
      }
    }
  }

  /** Ingest's accounting of its input: every record read is an article, a duplicate or a reject. */
  public record RecordCounts(long recordsIn, long articles, long duplicates, long rejects) {
    /** The records the run accounted for: articles, duplicates and rejects. */
    public long accounted() {
      return articles + duplicates + rejects;
    }

    public boolean reconciles() {
      return recordsIn == accounted();
    }
  }

  /** The record accounting of an ingest manifest; empty for a manifest without it. */
  public Optional<RecordCounts> recordCounts() {
    Long in = whole(results.get("records_in"));
    Long articles = whole(results.get("articles"));
    Long duplicates = whole(results.get("duplicates"));
    Long rejects = whole(results.get("rejects"));
    if (in == null || articles == null || duplicates == null || rejects == null) {
      return Optional.empty();
    }
    return Optional.of(new RecordCounts(in, articles, duplicates, rejects));
  }

  private static Long whole(Object value) {
    return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
  }

  /** The top-level entry {@code key}: a section or a result; null when absent. */
  public Object get(String key) {
    return switch (key) {
      case "job" -> job;
      case "inputs" -> inputs;
      case "parameters" -> parameters;
      case "versions" -> versions;
      case "timings" -> timings;
      case "resources" -> resources;
      default -> results.get(key);
    };
  }

  /**
   * The manifest as one ordered JSON object: the sections (those it has: a section read from a file
   * without it is empty), then the results.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String section : SECTIONS) {
      Object value = get(section);
      if (value != null && !(value instanceof Map<?, ?> m && m.isEmpty())) {
        out.put(section, value);
      }
    }
    out.putAll(results);
    return out;
  }

  /** The manifest as a JSON tree, for code that walks every value (inspect's counts). */
  public JsonNode toTree() {
    return JSON.valueToTree(toMap());
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(toMap());
    } catch (IOException e) {
      throw new IllegalStateException("manifest is not serialisable: " + e.getMessage(), e);
    }
  }

  /** Writes {@code <outputDir>/_manifest.json}, replacing an older one. */
  public void write(String outputDir, Configuration hadoopConf) throws IOException {
    Path path = new Path(outputDir, FILE_NAME);
    FileSystem fs = path.getFileSystem(hadoopConf);
    try (OutputStream out = fs.create(path, true)) {
      out.write(toJson().getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
  }

  /** Reads {@code <outputDir>/_manifest.json} (any Hadoop file system). */
  public static RunManifest read(String outputDir, Configuration hadoopConf) throws IOException {
    Path path = new Path(outputDir, FILE_NAME);
    FileSystem fs = path.getFileSystem(hadoopConf);
    try (InputStream in = fs.open(path)) {
      return parse(in);
    }
  }

  /** Reads a manifest file on the local file system. */
  public static RunManifest read(java.nio.file.Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static RunManifest parse(InputStream in) throws IOException {
    Map<String, Object> all = JSON.readValue(in, LinkedHashMap.class);
    Map<String, Object> results = new LinkedHashMap<>(all);
    results.keySet().removeAll(SECTIONS);
    Object job = all.get("job");
    return new RunManifest(
        job == null ? null : job.toString(),
        section(all, "inputs"),
        section(all, "parameters"),
        section(all, "versions"),
        section(all, "timings"),
        section(all, "resources"),
        results);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> all, String name) {
    Object value = all.get(name);
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
