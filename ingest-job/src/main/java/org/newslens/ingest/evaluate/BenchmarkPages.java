package org.newslens.ingest.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newslens.ingest.source.HtmlDecoder;

/**
 * The pages a benchmark lists, turned into an ingest input: a JSONL file of {@code
 * {"id","url","html"}} lines that the pipeline reads as HTML records. Only {@code id}, {@code url}
 * and {@code html} are read from the ground truth.
 */
final class BenchmarkPages {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkPages() {}

  /** The ids in ground-truth order. */
  static List<String> writeInput(String groundTruth, String input, Configuration conf)
      throws IOException {
    Path truth = new Path(groundTruth);
    FileSystem fs = truth.getFileSystem(conf);
    Path folder = truth.getParent();
    List<String> ids = new ArrayList<>();
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(fs.open(truth), StandardCharsets.UTF_8));
        BufferedWriter out =
            new BufferedWriter(
                new OutputStreamWriter(fs.create(new Path(input), true), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = JSON.readTree(line);
        String id = row.path("id").asText();
        String page = row.path("html").asText();
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("url", row.hasNonNull("url") ? row.get("url").asText() : null);
        record.put("html", HtmlDecoder.decode(read(fs, new Path(folder, page)), null));
        out.write(JSON.writeValueAsString(record));
        out.newLine();
        ids.add(id);
      }
    }
    return ids;
  }

  private static byte[] read(FileSystem fs, Path page) throws IOException {
    try (InputStream raw = fs.open(page);
        InputStream in = page.getName().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    }
  }

  /**
   * Writes one JSON object per id, in the given order: the id, then its fields (none if absent).
   */
  static void writePredictions(
      String predictions,
      List<String> ids,
      Map<String, Map<String, Object>> values,
      Configuration conf)
      throws IOException {
    Path path = new Path(predictions);
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                path.getFileSystem(conf).create(path, true), StandardCharsets.UTF_8))) {
      for (String id : ids) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.putAll(values.getOrDefault(id, Map.of()));
        out.write(JSON.writeValueAsString(row));
        out.newLine();
      }
    }
  }
}
