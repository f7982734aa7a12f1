package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
      for (int min : new int[] {0, 1, 2, 3}) {
        assertEquals(taxonomy.assignWords(words, min), reader.topics(min), text);
      }
      matched += taxonomy.assignWords(words, 1).size();
      List<String> expected = new ArrayList<>();
      terms.forEachInWords(words, expected::add);
      List<String> actual = new ArrayList<>();
      reader.forEachTerm(actual::add);
      assertEquals(expected, actual, text);
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
