package org.newslens.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word valences on VADER's -4..+4 scale, read from the published VADER lexicon ({@code
 * vader_sentiment_lexicon.txt}, shaded into the job jar from {@code
 * com.github.apanimesh061:vader-sentiment-analyzer:1.0}; lines are {@code token TAB mean TAB sd TAB
 * ratings}).
 */
public final class Lexicon {
  public static final String RESOURCE = "vader_sentiment_lexicon.txt";

  private final Map<String, Double> valences;

  private Lexicon(Map<String, Double> valences) {
    this.valences = valences;
  }

  /** The VADER lexicon from the classpath. */
  public static Lexicon vader() {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the classpath (it is shaded into analysis-job.jar)");
      }
      return new Lexicon(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Map<String, Double> read(InputStream in) throws IOException {
    Map<String, Double> out = new HashMap<>(16_384);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      int tab2 = line.indexOf('\t', tab + 1);
      String value = tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
      try {
        out.put(line.substring(0, tab), Double.parseDouble(value.trim()));
      } catch (NumberFormatException e) {
        // a malformed line in the resource: skip it, the lexicon has 7,500 others
      }
    }
    return out;
  }

  /** The valence of a lower-case token, or null. */
  public Double valence(String lowerCaseToken) {
    return valences.get(lowerCaseToken);
  }

  public boolean contains(String lowerCaseToken) {
    return valences.containsKey(lowerCaseToken);
  }

  public int size() {
    return valences.size();
  }
}
