package org.newslens.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Our changes to VADER for news text, read from the resource {@code news-adjustments.txt} beside this class, which
 * documents each one and the evidence for it. Sections: {@code [settings]} (key = value), {@code [negations]} (extra
 * negation words), {@code [hedges]} (words that soften what follows), {@code [lexicon]} (word TAB valence overrides).
 */
public final class NewsAdjustments implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "news-adjustments.txt";

  private final Map<String, String> settings;
  private final Set<String> negations;
  private final Set<String> hedges;
  private final Map<String, Double> lexicon;

  NewsAdjustments(Map<String, String> settings, Set<String> negations, Set<String> hedges,
      Map<String, Double> lexicon) {
    this.settings = settings;
    this.negations = negations;
    this.hedges = hedges;
    this.lexicon = lexicon;
  }

  /** VADER's rules unchanged. */
  public static NewsAdjustments none() {
    return new NewsAdjustments(Map.of("enabled", "false"), Set.of(), Set.of(), Map.of());
  }

  public static NewsAdjustments load() {
    try (InputStream in = NewsAdjustments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static NewsAdjustments parse(InputStream in) throws IOException {
    Map<String, String> settings = new HashMap<>();
    Set<String> negations = new HashSet<>();
    Set<String> hedges = new HashSet<>();
    Map<String, Double> lexicon = new HashMap<>();
    String section = "";
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      int hash = line.indexOf('#');
      String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1);
        continue;
      }
      switch (section) {
        case "settings" -> {
          int eq = l.indexOf('=');
          if (eq > 0) {
            settings.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
          }
        }
        case "negations" -> negations.add(l);
        case "hedges" -> hedges.add(l);
        case "lexicon" -> {
          String[] parts = l.split("\\s+");
          if (parts.length == 2) {
            lexicon.put(parts[0], Double.parseDouble(parts[1]));
          }
        }
        default -> throw new IllegalArgumentException(RESOURCE + ": line outside a known section: " + l);
      }
    }
    return new NewsAdjustments(settings, negations, hedges, lexicon);
  }

  public boolean enabled() {
    return Boolean.parseBoolean(settings.getOrDefault("enabled", "true"));
  }

  double setting(String key, double fallback) {
    String v = settings.get(key);
    return v == null ? fallback : Double.parseDouble(v);
  }

  Map<String, Double> lexiconOverrides() {
    return enabled() ? lexicon : Map.of();
  }

  /** VADER's negation test (its list, or a word containing "n't"), plus our extra negations. */
  boolean isNegation(String lowerWord) {
    return VaderRules.NEGATIONS.contains(lowerWord) || lowerWord.contains("n't")
        || (enabled() && negations.contains(lowerWord));
  }

  /** The valence of word {@code i} after the news rules. */
  double adjust(double valence, String[] lower, int i, Lexicon lex) {
    if (!enabled() || valence == 0.0) {
      return valence;
    }
    return valence;
  }
}
