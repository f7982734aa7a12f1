package org.newslens.common.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code _manifest.json} a job writes beside its tables: an ordered JSON object of inputs,
 * parameters, versions, timings and counts. Each job decides its keys; this class only keeps order
 * and writes the file.
 */
public final class RunManifest {
  public static final String FILE_NAME = "_manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> entries = new LinkedHashMap<>();

  public RunManifest put(String key, Object value) {
    entries.put(key, value);
    return this;
  }

  public Object get(String key) {
    return entries.get(key);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(entries);
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

  /** Reads a manifest written by {@link #write}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(String outputDir, Configuration hadoopConf)
      throws IOException {
    Path path = new Path(outputDir, FILE_NAME);
    FileSystem fs = path.getFileSystem(hadoopConf);
    try (java.io.InputStream in = fs.open(path)) {
      return JSON.readValue(in, LinkedHashMap.class);
    }
  }
}
