package org.newslens.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the whole-number fields of two run manifests (the counts: records, rows, files, bytes);
 * fractional numbers (timings) and strings (paths, times) differ between runs by nature.
 *
 * @param compared how many count fields were compared
 * @param differences {@code key: LEFT vs RIGHT} for every count that differs or is on one side only
 */
public record ManifestComparison(String manifest, int compared, List<String> differences) {

  public boolean equal() {
    return differences.isEmpty();
  }

  /**
   * @param ignore keys left out wherever they occur, with everything below them
   */
  public static ManifestComparison compare(
      String manifest, JsonNode left, JsonNode right, Set<String> ignore) {
    Map<String, Long> l = counts(left, ignore);
    Map<String, Long> r = counts(right, ignore);
    TreeSet<String> keys = new TreeSet<>(l.keySet());
    keys.addAll(r.keySet());
    List<String> differences = new ArrayList<>();
    for (String key : keys) {
      Long a = l.get(key);
      Long b = r.get(key);
      if (a == null || !a.equals(b)) {
        differences.add(
            key + ": " + (a == null ? "absent" : a) + " vs " + (b == null ? "absent" : b));
      }
    }
    return new ManifestComparison(manifest, keys.size(), List.copyOf(differences));
  }

  /** Every whole-number leaf as {@code dotted.key -> value}; array elements as {@code key[i]}. */
  static Map<String, Long> counts(JsonNode node, Set<String> ignore) {
    Map<String, Long> out = new TreeMap<>();
    collect(node, "", ignore, out);
    return out;
  }

  private static void collect(
      JsonNode node, String path, Set<String> ignore, Map<String, Long> out) {
    if (node.isIntegralNumber()) {
      out.put(path, node.asLong());
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (!ignore.contains(e.getKey())) {
                  collect(
                      e.getValue(),
                      path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                      ignore,
                      out);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", ignore, out);
      }
    }
  }
}
