package org.newslens.ingest.evaluate.split;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds text dumps of known articles run together, with their ground truth, for {@code evaluate
 * split}. Articles come from source sets read at run time (a generated archive's {@code
 * ground_truth.jsonl}, the topics benchmark, the extraction benchmarks' bodies); each dump takes 3
 * to 8 articles of one set in random order, with or without their headline lines, with or without
 * furniture lines inside the articles (video notices, durations and titles, photo captions, an
 * embed's consent notice) and with or without a trailing teaser for another story. Same options,
 * same dumps.
 */
public final class SplitDumps {
  /** Fewest paragraphs and words an article needs to go into a dump. */
  static final int MIN_PARAGRAPHS = 3;

  static final int MIN_WORDS = 80;

  /** Share of paragraph gaps that get a furniture block in a dump with furniture. */
  static final double FURNITURE_RATE = 0.15;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One article of a source set: its headline (or null) and its paragraphs. */
  record Source(String set, String title, List<String> paragraphs) {}

  private SplitDumps() {}

  /**
   * Reads the articles of one source file: {@code kind} {@code generated} (fields {@code title},
   * {@code body}; duplicates skipped), {@code topics} ({@code title}, {@code text}) or {@code
   * extraction} ({@code body}, and {@code title} where present; a page type other than article
   * skipped). Paragraphs are the body's non-blank lines with whitespace folded; exact repeats and
   * articles under {@link #MIN_PARAGRAPHS} paragraphs or {@link #MIN_WORDS} words are left out.
   */
  static List<Source> read(String kind, Path file) throws IOException {
    List<Source> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = JSON.readTree(line);
        if (kind.equals("generated") && r.hasNonNull("duplicate_of")) {
          continue;
        }
        if (r.hasNonNull("page_type") && !r.get("page_type").asText().equals("article")) {
          continue;
        }
        String body = text(r, kind.equals("topics") ? "text" : "body");
        String title = text(r, "title");
        if (body == null || !seen.add(body)) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        for (String p : body.split("\\R")) {
          String t = p.strip().replaceAll("\\s+", " ");
          if (!t.isEmpty()) {
            paragraphs.add(t);
            words += t.split(" ").length;
          }
        }
        if (paragraphs.size() >= MIN_PARAGRAPHS && words >= MIN_WORDS) {
          out.add(
              new Source(
                  kind,
                  title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " "),
                  paragraphs));
        }
      }
    }
    return out;
  }

  private static String text(JsonNode r, String field) {
    return r.hasNonNull(field) ? r.get(field).asText() : null;
  }

  /**
   * Writes {@code count} dumps into {@code out/dumps/} and their ground truth to {@code
   * out/ground_truth.jsonl}, cycling through the source sets and through the four combinations of
   * headline lines and furniture (a teaser on every other dump of each, at random). Returns the
   * number of dumps per set.
   */
  static Map<String, Integer> write(Map<String, List<Source>> sets, int count, long seed, Path out)
      throws IOException {
    Random rng = new Random(seed);
    List<String> names = new ArrayList<>(sets.keySet());
    Path dumps = out.resolve("dumps");
    Files.createDirectories(dumps);
    Map<String, Integer> perSet = new LinkedHashMap<>();
    try (BufferedWriter truth =
        Files.newBufferedWriter(out.resolve("ground_truth.jsonl"), StandardCharsets.UTF_8)) {
      for (int d = 0; d < count; d++) {
        String set = names.get(d % names.size());
        int variant = (d / names.size()) % 4;
        boolean headlines = variant % 2 == 0;
        boolean furniture = variant / 2 == 0;
        boolean teaser = rng.nextBoolean();
        List<Source> pool = sets.get(set);
        if (headlines) {
          pool = pool.stream().filter(s -> s.title() != null).toList();
          if (pool.size() < 8) {
            headlines = false;
            pool = sets.get(set);
          }
        }
        String file = String.format(Locale.ROOT, "dumps/dump-%05d.txt", d + 1);
        ObjectNode row =
            dump(pool, sets, names, set, headlines, furniture, teaser, rng, out.resolve(file));
        row.put("file", file);
        truth.write(JSON.writeValueAsString(row));
        truth.newLine();
        perSet.merge(set, 1, Integer::sum);
      }
    }
    return perSet;
  }

  private static ObjectNode dump(
      List<Source> pool,
      Map<String, List<Source>> sets,
      List<String> names,
      String set,
      boolean headlines,
      boolean furniture,
      boolean teaser,
      Random rng,
      Path file)
      throws IOException {
    int k = Math.min(pool.size(), 3 + rng.nextInt(6));
    List<Source> chosen = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    while (chosen.size() < k) {
      int i = rng.nextInt(pool.size());
      if (used.add(i)) {
        chosen.add(pool.get(i));
      }
    }
    List<String> lines = new ArrayList<>();
    ObjectNode row = JSON.createObjectNode();
    row.put("set", set);
    row.put("headlines", headlines);
    row.put("furniture", furniture);
    ArrayNode articles = row.putArray("articles");
    for (Source a : chosen) {
      ObjectNode t = articles.addObject();
      t.put("first_line", lines.size() + 1);
      if (headlines) {
        lines.add(a.title());
      }
      List<String> ps = a.paragraphs();
      for (int i = 0; i < ps.size(); i++) {
        lines.add(ps.get(i));
        if (furniture && i < ps.size() - 1 && rng.nextDouble() < FURNITURE_RATE) {
          lines.addAll(Furniture.block(rng, a, otherTitle(sets, names, rng)));
        }
      }
      t.put("last_line", lines.size());
      t.put("title", a.title());
      t.put("text", String.join("\n\n", ps));
    }
    String other = teaser ? otherTitle(sets, names, rng) : null;
    if (other != null) {
      lines.add(Furniture.teaser(rng, other));
      row.put("teaser_line", lines.size());
    }
    row.put("teaser", other != null);
    row.put("lines", lines.size());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return row;
  }

  /** The headline of an article from any set, for a video title or a teaser; null if none. */
  private static String otherTitle(Map<String, List<Source>> sets, List<String> names, Random rng) {
    for (int attempt = 0; attempt < 8; attempt++) {
      List<Source> pool = sets.get(names.get(rng.nextInt(names.size())));
      Source s = pool.get(rng.nextInt(pool.size()));
      if (s.title() != null) {
        return s.title();
      }
    }
    return null;
  }
}
