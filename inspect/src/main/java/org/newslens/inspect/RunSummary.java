package org.newslens.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Summarises a run folder: the counts of every {@code _manifest.json} in it (the run folder and its subfolders), then
 * one line per table with rows, files, partitions, row groups and size, checked against a manifest count of the same
 * name where one exists.
 */
final class RunSummary {
  static final String MANIFEST = "_manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunSummary() {}

  /** A manifest and the folder it describes, relative to the run folder ("" for the run folder itself). */
  record Manifest(String folder, JsonNode json) {}

  static void print(PrintStream out, Path run, List<TableLayout> tables) throws IOException {
    Path root = run.toAbsolutePath().normalize();
    List<Manifest> manifests = findManifests(root, root, 0);
    out.println("run         " + root);
    for (Manifest m : manifests) {
      out.println();
      out.println("manifest    " + (m.folder().isEmpty() ? "" : m.folder() + "/") + MANIFEST);
      printCounts(out, m.json());
    }
    out.println();
    out.println("tables (" + tables.size() + ")");
    List<List<String>> rows = new ArrayList<>();
    for (TableLayout table : tables) {
      TableSummary s = TableSummary.read(table);
      rows.add(List.of(table.name(), String.valueOf(s.rows()), String.valueOf(table.files().size()),
          table.partitionColumns().isEmpty() ? "-" : table.partitionCount() + " by "
              + String.join(",", table.partitionColumns()),
          String.valueOf(s.rowGroups()), Text.bytes(table.bytes()), String.valueOf(s.columns().size()),
          manifestCheck(table.name(), s.rows(), manifests)));
    }
    Text.table(out, List.of("table", "rows", "files", "partitions", "row groups", "size", "columns", "manifest"), rows,
        "  ");
    out.println();
    out.println("details: bin/newslens inspect " + root + "/<table>");
  }

  /** Top-level integers on one line, each flat object of numbers on its own line, and the sum check of ingest. */
  static void printCounts(PrintStream out, JsonNode manifest) {
    List<String> counts = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isIntegralNumber()) {
        counts.add(e.getKey() + "=" + e.getValue().asText());
      } else if (e.getValue().isObject() && e.getValue().size() > 0 && allNumbers(e.getValue())) {
        out.println("  " + e.getKey() + ": " + flat(e.getValue()));
      } else {
        other.add(e.getKey());
      }
    }
    if (!counts.isEmpty()) {
      out.println("  counts: " + String.join(" ", counts));
    }
    if (manifest.path("records_in").isIntegralNumber() && manifest.path("articles").isIntegralNumber()
        && manifest.path("duplicates").isIntegralNumber() && manifest.path("rejects").isIntegralNumber()) {
      long in = manifest.get("records_in").asLong();
      long sum = manifest.get("articles").asLong() + manifest.get("duplicates").asLong()
          + manifest.get("rejects").asLong();
      out.println("  records_in = articles + duplicates + rejects: " + in + (in == sum ? " = " : " != ") + sum
          + (in == sum ? " (ok)" : " (MISMATCH)"));
    }
    if (!other.isEmpty()) {
      out.println("  also: " + String.join(", ", other));
    }
  }

  private static boolean allNumbers(JsonNode object) {
    for (JsonNode v : object) {
      if (!v.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private static String flat(JsonNode object) {
    List<String> parts = new ArrayList<>();
    object.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
    return String.join(" ", parts);
  }

  /**
   * Compares a table's rows with the manifest count named like the table (its last path segment), looked up at the
   * top level or one object down, in the nearest manifest above the table first.
   */
  static String manifestCheck(String tableName, long rows, List<Manifest> manifests) {
    String leaf = tableName.substring(tableName.lastIndexOf('/') + 1);
    List<Manifest> nearestFirst = new ArrayList<>(manifests);
    nearestFirst.sort((a, b) -> Integer.compare(b.folder().length(), a.folder().length()));
    for (Manifest m : nearestFirst) {
      if (!m.folder().isEmpty() && !tableName.startsWith(m.folder() + "/")) {
        continue;
      }
      JsonNode count = m.json().path(leaf);
      if (!count.isIntegralNumber()) {
        count = null;
        for (JsonNode v : m.json()) {
          if (v.isObject() && v.path(leaf).isIntegralNumber()) {
            count = v.get(leaf);
            break;
          }
        }
      }
      if (count != null) {
        return count.asLong() == rows ? "ok (" + rows + ")" : "MISMATCH: manifest " + count.asLong();
      }
    }
    return "-";
  }

  /** Manifests in the run folder and in non-hidden subfolders down to three levels. */
  static List<Manifest> findManifests(Path root, Path dir, int depth) throws IOException {
    List<Manifest> out = new ArrayList<>();
    Path file = dir.resolve(MANIFEST);
    if (Files.isRegularFile(file)) {
      out.add(new Manifest(root.relativize(dir).toString().replace('\\', '/'), readJson(file)));
    }
    if (depth < 3) {
      List<Path> children;
      try (Stream<Path> list = Files.list(dir)) {
        children = list.sorted().toList();
      }
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (Files.isDirectory(child) && !name.startsWith("_") && !name.startsWith(".") && name.indexOf('=') < 0) {
          out.addAll(findManifests(root, child, depth + 1));
        }
      }
    }
    return out;
  }

  private static JsonNode readJson(Path file) {
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return node != null && node.isObject() ? node : JSON.createObjectNode();
    } catch (IOException e) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("unreadable", e.getMessage());
      return JSON.valueToTree(error);
    }
  }
}
