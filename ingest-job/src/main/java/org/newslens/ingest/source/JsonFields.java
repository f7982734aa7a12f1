package org.newslens.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads loosely typed fields of news-dump JSON objects: the first present, non-empty field of
 * several names wins.
 */
final class JsonFields {
  private JsonFields() {}

  /** A string field (numbers and booleans as text); null when all are absent, null or blank. */
  static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) {
        String s = v.asText().trim();
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * A body: a string field, or an array of paragraphs (strings, numbers) joined by blank lines;
   * null when all are absent or empty.
   */
  static String body(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isArray()) {
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode p : v) {
          if (p.isValueNode() && !p.isNull() && !p.asText().isBlank()) {
            paragraphs.add(p.asText().strip());
          }
        }
        if (!paragraphs.isEmpty()) {
          return String.join("\n\n", paragraphs);
        }
      } else {
        String s = text(node, name);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * A name that may be given as a string or as an object with a {@code name} (e.g. {@code
   * publisher}).
   */
  static String name(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isObject()) {
        String s = text(v, "name", "title", "domain");
        if (s != null) {
          return s;
        }
      } else if (v.isValueNode() && !v.asText().isBlank()) {
        return v.asText().trim();
      }
    }
    return null;
  }

  /**
   * A date as given; numbers are read as epoch seconds (or milliseconds when large) and returned as
   * ISO-8601.
   */
  static String date(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isNumber()) {
        // epoch seconds, or milliseconds when large; a number no calendar holds is no date
        double n = v.asDouble();
        if (Double.isNaN(n) || Math.abs(n) > 1e14) {
          continue;
        }
        long whole = (long) n;
        return (Math.abs(whole) > 100_000_000_000L
                ? Instant.ofEpochMilli(whole)
                : Instant.ofEpochSecond(whole))
            .toString();
      }
      if (v.isObject()) {
        String s = text(v, "$date", "date", "value");
        if (s != null) {
          return s;
        }
      } else if (v.isValueNode() && !v.asText().isBlank()) {
        return v.asText().trim();
      }
    }
    return null;
  }

  /**
   * Authors from an array (of strings or objects with a name) or one string separated by commas,
   * ';' or 'and'.
   */
  static List<String> authors(JsonNode node, String... names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        for (JsonNode a : v) {
          String s = a.isObject() ? text(a, "name") : (a.isValueNode() ? a.asText().trim() : null);
          if (s != null && !s.isEmpty()) {
            out.add(s);
          }
        }
      } else if (v.isObject()) {
        String s = text(v, "name");
        if (s != null) {
          out.add(s);
        }
      } else if (v.isValueNode()) {
        for (String part : v.asText().split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out.isEmpty() ? null : out;
  }
}
