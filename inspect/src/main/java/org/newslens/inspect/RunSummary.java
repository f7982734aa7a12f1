package org.newslens.inspect;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.newslens.common.manifest.RunManifest;

/**
 * Summarises a run folder: the counts of every {@code _manifest.json} in it (the run folder and its
 * subfolders), then one line per table with rows, files, partitions, row groups and size, checked
 * against a manifest count of the same name where one exists.
 */
final class RunSummary {

  private RunSummary() {}

  /**
   * A manifest and the folder it describes, relative to the run folder ("" for the run folder
   * itself).
   */
  record Manifest(String folder, RunManifest manifest, JsonNode json) {
    /** {@code manifest} with its values as a JSON tree, for the walks over its counts. */
    Manifest(String folder, RunManifest manifest) {
      this(folder, manifest, manifest.toTree());
    }
  }

  static void print(PrintStream out, Path run, List<TableLayout> tables) throws IOException {
    Path root = run.toAbsolutePath().normalize();
    List<Manifest> manifests = findManifests(root, root, 0);
    out.println("run         " + root);
    for (Manifest m : manifests) {
      out.println();
      out.println(
          "manifest    " + (m.folder().isEmpty() ? "" : m.folder() + "/") + RunManifest.FILE_NAME);
      printCounts(out, m.manifest(), m.json());
    }
    out.println();
    out.println("tables (" + tables.size() + ")");
    List<List<String>> rows = new ArrayList<>();
    for (TableLayout table : tables) {
      TableSummary s = TableSummary.read(table);
      rows.add(
          List.of(
              table.name(),
              String.valueOf(s.rows()),
              String.valueOf(table.files().size()),
              table.partitionColumns().isEmpty()
                  ? "-"
                  : table.partitionCount() + " by " + String.join(",", table.partitionColumns()),
              String.valueOf(s.rowGroups()),
              Text.bytes(table.bytes()),
              String.valueOf(s.columns().size()),
              manifestCheck(table.name(), s.rows(), manifests)));
    }
    Text.table(
        out,
        List.of(
            "table", "rows", "files", "partitions", "row groups", "size", "columns", "manifest"),
        rows,
        "  ");
    out.println();
    out.println("details: bin/newslens inspect " + root + "/<table>");
  }

  /**
   * Top-level integers on one line, then for each object its numeric values (nested ones as dotted
   * keys) on a line of its own, the sum check of ingest, and the names of the entries with no
   * number.
   */
  static void printCounts(PrintStream out, RunManifest read, JsonNode manifest) {
    List<String> counts = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> numbers = new ArrayList<>();
      numbers(e.getValue(), "", numbers, 0);
      if (e.getValue().isIntegralNumber()) {
        counts.add(e.getKey() + "=" + e.getValue().asText());
      } else if (e.getValue().isObject() && !numbers.isEmpty()) {
        out.println("  " + e.getKey() + ": " + String.join(" ", numbers));
      } else {
        other.add(e.getKey());
      }
    }
    if (!counts.isEmpty()) {
      out.println("  counts: " + String.join(" ", counts));
    }
    read.recordCounts()
        .ifPresent(
            c ->
                out.println(
                    "  records_in = articles + duplicates + rejects: "
                        + c.recordsIn()
                        + (c.reconciles() ? " = " : " != ")
                        + c.accounted()
                        + (c.reconciles() ? " (ok)" : " (MISMATCH)")));
    if (!other.isEmpty()) {
      out.println("  also: " + String.join(", ", other));
    }
  }

  /** The numeric leaves of {@code node} as {@code a.b=1}, three levels deep at most. */
  private static void numbers(JsonNode node, String prefix, List<String> out, int depth) {
    if (!node.isObject() || depth > 2) {
      return;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isNumber()) {
                out.add(prefix + e.getKey() + "=" + e.getValue().asText());
              } else {
                numbers(e.getValue(), prefix + e.getKey() + ".", out, depth + 1);
              }
            });
  }

  /**
   * The integer stored under {@code key} in {@code node} or in an object below it (three levels),
   * or null.
   */
  private static JsonNode findCount(JsonNode node, String key, int depth) {
    if (node.path(key).isIntegralNumber()) {
      return node.get(key);
    }
    if (depth < 3) {
      for (JsonNode child : node) {
        if (child.isObject()) {
          JsonNode found = findCount(child, key, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /**
   * Compares a table's rows with the manifest count named like the table (its last path segment),
   * looked up at the top level or in objects below it, in the nearest manifest above the table
   * first.
   */
  static String manifestCheck(String tableName, long rows, List<Manifest> manifests) {
    String leaf = tableName.substring(tableName.lastIndexOf('/') + 1);
    List<Manifest> nearestFirst = new ArrayList<>(manifests);
    nearestFirst.sort((a, b) -> Integer.compare(b.folder().length(), a.folder().length()));
    for (Manifest m : nearestFirst) {
      if (!m.folder().isEmpty() && !tableName.startsWith(m.folder() + "/")) {
        continue;
      }
      JsonNode count = findCount(m.json(), leaf, 0);
      if (count != null) {
        return count.asLong() == rows
            ? "ok (" + rows + ")"
            : "MISMATCH: manifest " + count.asLong();
      }
    }
    return "-";
  }

  /** Manifests in the run folder and in non-hidden subfolders down to three levels. */
  static List<Manifest> findManifests(Path root, Path dir, int depth) throws IOException {
    List<Manifest> out = new ArrayList<>();
    Path file = dir.resolve(RunManifest.FILE_NAME);
    if (Files.isRegularFile(file)) {
      out.add(new Manifest(root.relativize(dir).toString().replace('\\', '/'), readManifest(file)));
    }
    if (depth < 3) {
      List<Path> children;
      try (Stream<Path> list = Files.list(dir)) {
        children = list.sorted().toList();
      }
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (Files.isDirectory(child)
            && !name.startsWith("_")
            && !name.startsWith(".")
            && name.indexOf('=') < 0) {
          out.addAll(findManifests(root, child, depth + 1));
        }
      }
    }
    return out;
  }

  /** The manifest in {@code file}; one holding only the reason when it cannot be read. */
  private static RunManifest readManifest(Path file) {
    try {
      return RunManifest.read(file);
    } catch (IOException | RuntimeException e) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("unreadable", String.valueOf(e.getMessage()));
      return new RunManifest(null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), error);
    }
  }
}
