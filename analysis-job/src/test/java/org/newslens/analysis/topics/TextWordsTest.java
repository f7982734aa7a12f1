package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextWordsTest {
  private static final String[] PIECES = {
    "election",
    "elections",
    "vote",
    "voters",
    "prime minister",
    "Prime Minister",
    "minister",
    "police",
    "court",
    "football",
    "match",
    "covid-19",
    "NHS",
    "the",
    "and",
    "of",
    "said",
    "school",
    "teachers",
    "climate change",
    "Climate",
    "change",
    "economy",
    "inflation",
    "bank",
    "rates",
    "café",
    "İstanbul",
    "ΣΟΦΙΑ",
    "naïve",
    "x2y",
    "abc123def",
    "2025",
    "e-mail",
    "a",
    "It's",
    "über",
    "straße",
    "health",
    "hospital",
    "doctors",
    "crime",
    "murder",
    "war",
    "army",
  };
  private static final String[] GLUE = {" ", " ", " ", ", ", ". ", "\n\n", " — ", "'s ", "-", "/"};

  /** Random texts of taxonomy words, stop words, digits, accents and punctuation. */
  static List<String> texts(int n, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(120);
      for (int w = 0; w < words; w++) {
        text.append(PIECES[random.nextInt(PIECES.length)])
            .append(GLUE[random.nextInt(GLUE.length)]);
      }
      out.add(text.toString());
    }
    return out;
  }

  /**
   * The default taxonomy matched the plain way, as the file format describes it: every term at
   * every position, each of its words a literal or a pattern with {@code *} for any letters or
   * digits.
   */
  private record Reference(List<String> topics, List<Integer> topicOf, List<Pattern[]> terms) {
    static Reference read() throws Exception {
      List<String> topics = new ArrayList<>();
      List<Integer> topicOf = new ArrayList<>();
      List<Pattern[]> terms = new ArrayList<>();
      try (var in = Taxonomy.class.getResourceAsStream(Taxonomy.DEFAULT_RESOURCE)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String entry = line.strip();
          if (entry.isEmpty() || entry.startsWith("#")) {
            continue;
          }
          if (entry.startsWith("[")) {
            topics.add(entry.substring(1, entry.length() - 1).strip());
            continue;
          }
          List<Pattern> words = new ArrayList<>();
          for (String word : entry.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}*]+")) {
            if (!word.isEmpty()) {
              words.add(
                  Pattern.compile(
                      Arrays.stream(word.split("\\*", -1))
                          .map(Pattern::quote)
                          .collect(Collectors.joining("[\\p{L}\\p{N}]*"))));
            }
          }
          topicOf.add(topics.size() - 1);
          terms.add(words.toArray(new Pattern[0]));
        }
      }
      return new Reference(topics, topicOf, terms);
    }

    /** Matches per topic with at least one, in taxonomy order. */
    Map<String, Integer> counts(List<String> words) {
      int[] counts = new int[topics.size()];
      for (int t = 0; t < terms.size(); t++) {
        Pattern[] term = terms.get(t);
        for (int at = 0; at + term.length <= words.size(); at++) {
          int j = 0;
          while (j < term.length && term[j].matcher(words.get(at + j)).matches()) {
            j++;
          }
          if (j == term.length) {
            counts[topicOf.get(t)]++;
          }
        }
      }
      Map<String, Integer> out = new LinkedHashMap<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          out.put(topics.get(i), counts[i]);
        }
      }
      return out;
    }
  }

  private static final Reference REFERENCE;

  static {
    try {
      REFERENCE = Reference.read();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Test
  void givesTheTaxonomysTopicsAndTheTermsOfTheSameWords() {
    Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
    Terms terms = Terms.standard();
    // a small memory, so that it starts afresh many times on the way
    TextWords reader = new TextWords(taxonomy, terms, 40);
    int matched = 0;
    for (String text : texts(2_000, 3)) {
      List<String> words = Taxonomy.words(text);
      reader.read(text);
      assertEquals(words.size(), reader.size(), text);
      Map<String, Integer> expected = REFERENCE.counts(words);
      for (int min : new int[] {0, 1, 2, 3}) {
        Map<String, Integer> atLeast = new LinkedHashMap<>();
        expected.forEach(
            (topic, n) -> {
              if (n >= min) {
                atLeast.put(topic, n);
              }
            });
        assertEquals(atLeast, reader.topics(min), text);
      }
      assertEquals(expected, taxonomy.match(text), text);
      matched += expected.size();
      List<String> expectedTerms = new ArrayList<>();
      terms.forEachInWords(words, expectedTerms::add);
      List<String> actual = new ArrayList<>();
      reader.forEachTerm(actual::add);
      assertEquals(expectedTerms, actual, text);
    }
    // the texts do reach the taxonomy
    assertEquals(true, matched > 1_000, "topics matched: " + matched);
  }

  @Test
  void readsNullAndEmptyTextAsNoWords() {
    TextWords reader = new TextWords(Taxonomy.defaultTaxonomy(), Terms.standard());
    reader.read("election vote");
    reader.read(null);
    assertEquals(0, reader.size());
    assertEquals(java.util.Map.of(), reader.topics(1));
    reader.read("  ...  ");
    assertEquals(0, reader.size());
  }
}
