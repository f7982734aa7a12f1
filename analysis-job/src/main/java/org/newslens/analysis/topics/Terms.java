package org.newslens.analysis.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * The terms of a text, as the topic model and the distinctive-terms table count them: lower-cased
 * runs of letters at least {@value TopicModel#MIN_TOKEN_LENGTH} long, without Spark's English stop
 * words and {@link TopicModel#NEWS_STOP_WORDS}. The same terms as {@link TopicModel#withTerms} (its
 * RegexTokenizer and StopWordsRemover), computed in plain Java so that one pass over the articles
 * can count them. Pure and thread-safe.
 */
public final class Terms implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Terms DEFAULT = new Terms(stopWords());

  private final Set<String> stopWords;

  private Terms(Set<String> stopWords) {
    this.stopWords = stopWords;
  }

  /** The terms with the topic model's stop words. */
  public static Terms standard() {
    return DEFAULT;
  }

  private static Set<String> stopWords() {
    Set<String> words = new HashSet<>();
    for (String w : StopWordsRemover.loadDefaultStopWords("english")) {
      words.add(w.toLowerCase(Locale.ROOT));
    }
    for (String w : TopicModel.NEWS_STOP_WORDS) {
      words.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /**
   * Hands each term of a text given as its {@link Taxonomy#words} (lower-cased runs of letters and
   * digits) to {@code sink}, in order: every run of letters within a word is a term.
   */
  public void forEachInWords(List<String> words, Consumer<String> sink) {
    for (String word : words) {
      forEachInWord(word, sink);
    }
  }

  /** The terms of one of a text's {@link Taxonomy#words}, in order (often none or the word). */
  String[] inWord(String word) {
    List<String> out = new ArrayList<>(1);
    forEachInWord(word, out::add);
    return out.toArray(new String[0]);
  }

  private void forEachInWord(String word, Consumer<String> sink) {
    int start = -1;
    int n = word.length();
    for (int i = 0; i < n; ) {
      int cp = word.codePointAt(i);
      boolean letter = cp < 128 ? cp >= 'a' : Character.isLetter(cp);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        emit(word, start, i, sink);
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start == 0) {
      if (n >= TopicModel.MIN_TOKEN_LENGTH && !stopWords.contains(word)) {
        sink.accept(word);
      }
    } else if (start > 0) {
      emit(word, start, n, sink);
    }
  }

  /** The terms of {@code text} (null is no text), in order. */
  public List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      forEachInWords(Taxonomy.words(text), out::add);
    }
    return out;
  }

  private void emit(String word, int from, int to, Consumer<String> sink) {
    if (to - from >= TopicModel.MIN_TOKEN_LENGTH) {
      String term = word.substring(from, to);
      if (!stopWords.contains(term)) {
        sink.accept(term);
      }
    }
  }
}
