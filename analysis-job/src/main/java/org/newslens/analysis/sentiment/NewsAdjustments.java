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
 * Our changes to VADER for news text, read from the resource {@code news-adjustments.txt} beside
 * this class, which documents each one and the evidence for it. The file has a {@code [settings]}
 * section of {@code key = value} lines and word-list sections ({@code [neutral]}, {@code
 * [verb-only]}, {@code [subjects]}, {@code [excess]}, {@code [phrases]}); {@code #} starts a
 * comment.
 */
public final class NewsAdjustments implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "news-adjustments.txt";

  private final Map<String, String> settings;
  private final Map<String, Set<String>> lists;

  // settings and lists, read once (the scorer asks for them per token)
  private final boolean enabled;
  private final double positiveScale;
  private final double negatedNegativeScalar;
  private final boolean morphologicalBackoff;
  private final boolean namesNeutral;
  private final double excessValence;
  private final Set<String> neutral;
  private final Set<String> verbOnly;
  private final Set<String> subjects;
  private final Set<String> excess;
  private final Set<String> phrases;
  private final Set<String> phraseEnds;

  NewsAdjustments(Map<String, String> settings, Map<String, Set<String>> lists) {
    this.settings = settings;
    this.lists = lists;
    this.enabled = Boolean.parseBoolean(settings.getOrDefault("enabled", "true"));
    this.positiveScale = enabled ? setting("positive_scale", 1.0) : 1.0;
    this.negatedNegativeScalar =
        enabled
            ? setting("negated_negative_scalar", VaderRules.NEGATION_SCALAR)
            : VaderRules.NEGATION_SCALAR;
    this.morphologicalBackoff = enabled && setting("morphological_backoff", 0) > 0;
    this.namesNeutral = enabled && setting("names_neutral", 0) > 0;
    this.excessValence = setting("excess_valence", 0.0);
    this.neutral = enabled ? list("neutral") : Set.of();
    this.verbOnly = enabled ? list("verb-only") : Set.of();
    this.subjects = list("subjects");
    this.excess = enabled ? list("excess") : Set.of();
    this.phrases = enabled ? list("phrases") : Set.of();
    this.phraseEnds = VaderRules.lastWords(phrases);
  }

  /** Whether a news phrase of {@code [phrases]} can end with this word. */
  boolean endsPhrase(String lowerWord) {
    return phraseEnds.contains(lowerWord);
  }

  /** VADER's rules unchanged. */
  public static NewsAdjustments none() {
    return new NewsAdjustments(Map.of("enabled", "false"), Map.of());
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
    Map<String, Set<String>> lists = new HashMap<>();
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
      } else if (section.equals("settings")) {
        int eq = l.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(RESOURCE + ": a setting needs key = value: " + l);
        }
        settings.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
      } else if (section.isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + ": line outside a section: " + l);
      } else {
        lists
            .computeIfAbsent(section, k -> new HashSet<>())
            .add(l.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return new NewsAdjustments(settings, lists);
  }

  public boolean enabled() {
    return enabled;
  }

  private double setting(String key, double fallback) {
    String v = settings.get(key);
    return v == null ? fallback : Double.parseDouble(v);
  }

  private Set<String> list(String name) {
    return lists.getOrDefault(name, Set.of());
  }

  /**
   * VADER's negation test: a word of its list, or one containing "n't" (typographic apostrophes
   * included).
   */
  boolean isNegation(String lowerWord) {
    return VaderRules.NEGATIONS.contains(lowerWord)
        || lowerWord.contains("n't")
        || lowerWord.contains("n’t");
  }

  /**
   * The factor a negation applies: VADER's -0.74, except that a negated negative word ("not bad",
   * "no danger") is scaled by {@code negated_negative_scalar}.
   */
  double negationScalar(double valence) {
    return valence < 0 ? negatedNegativeScalar : VaderRules.NEGATION_SCALAR;
  }

  /**
   * The valence of a word after all rules: positive valences are scaled by {@code positive_scale}.
   */
  double adjust(double valence) {
    if (valence > 0) {
      return valence * positiveScale;
    }
    return valence;
  }

  /**
   * Whether tokens missing from the lexicon are looked up again without an inflection ("-ed", "-s",
   * ...).
   */
  boolean morphologicalBackoff() {
    return morphologicalBackoff;
  }

  /** Whether capitalised words inside a sentence are read as parts of names, with no valence. */
  boolean namesAreNeutral() {
    return namesNeutral;
  }

  // A word whose own valence does not count in news prose: a word of [neutral], or a word of
  // [verb-only] ("like") unless a subject or auxiliary from [subjects] comes just before.

  /** Whether the word is in {@code [neutral]}: neutral wherever it stands. */
  boolean isNeutralWord(String lowerWord) {
    return neutral.contains(lowerWord);
  }

  /** Whether the word is in {@code [verb-only]}: neutral unless a subject comes just before. */
  boolean isVerbOnlyWord(String lowerWord) {
    return verbOnly.contains(lowerWord);
  }

  /** Whether a subject or auxiliary from {@code [subjects]} comes just before word {@code i}. */
  boolean followsSubject(String[] lower, int i) {
    return i > 0 && subjects.contains(lower[i - 1]);
  }

  /**
   * Whether the word is in {@code [excess]} ("too"): scored as excess before another word of its
   * clause ("too little", "too late").
   */
  boolean isExcessWord(String lowerWord) {
    return excess.contains(lowerWord);
  }

  /** The valence given to an excess word. */
  double excessValence() {
    return excessValence;
  }

  /** 0 for a news term of {@code [phrases]} (a name for a topic, not an evaluation), else null. */
  Double phraseValence(String lowerPhrase) {
    return phrases.contains(lowerPhrase) ? 0.0 : null;
  }
}
