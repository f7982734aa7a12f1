package org.newslens.analysis.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences. A sentence ends at {@code .}, {@code !} or {@code ?} (and any
 * closing quotes or brackets after it) when whitespace and a sentence start follow: an upper-case
 * letter, a digit or an opening quote. A period does not end a sentence after a known abbreviation
 * ("Mr.", "Jan.", "Inc."), a single initial ("J. K."), or dotted letters ("U.S.") followed by a
 * capitalised word that is not a usual sentence opener, and never inside a number ("3.5", "$1.2
 * billion"). Line breaks always end a sentence (paragraphs, headlines). Pure and thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
          "cmdr", "adm", "maj", "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "supt", "det",
          "insp", "messrs", "mmes", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ",
          "assn", "ave", "blvd", "rd", "no", "nos", "vol", "vols", "fig", "p", "pp", "approx",
          "est", "vs", "v", "etc", "al", "cf", "ca", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k",
          "u.n", "e.u", "d.c", "n.y", "l.a");

  /**
   * Words that often start a sentence after "U.S." and similar; after them the period does end the
   * sentence.
   */
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "but",
          "and",
          "in",
          "on",
          "at",
          "this",
          "that",
          "there",
          "these",
          "those",
          "his",
          "her",
          "its",
          "their",
          "our",
          "if",
          "when",
          "while",
          "as",
          "after",
          "before",
          "yet",
          "so",
          "still",
          "however",
          "meanwhile",
          "now",
          "then",
          "for",
          "no",
          "not",
          "what",
          "why",
          "how",
          "who");

  private SentenceSplitter() {}

  /** The sentences of {@code text}, trimmed, in order; empty for null or blank text. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(out, text, start, i);
        start = i + 1;
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < n && isTerminal(text.charAt(end))) {
          end++;
        }
        while (end < n && isCloser(text.charAt(end))) {
          end++;
        }
        if (end >= n) {
          break;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
          i = end;
          continue;
        }
        int next = end;
        while (next < n && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
          next++;
        }
        if (next >= n || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
          i = next;
          continue;
        }
        if (startsSentence(text, next)
            && !(c == '.' && end == i + 1 && isAbbreviation(text, start, i, next))) {
          add(out, text, start, end);
          start = next;
        }
        i = next;
        continue;
      }
      i++;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean startsSentence(String text, int at) {
    char c = text.charAt(at);
    if (c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(' || c == '[' || c == '«'
        || c == '—' || c == '-') {
      return true;
    }
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /**
   * Whether the word ending at the period {@code dot} is an abbreviation that does not end the
   * sentence.
   */
  private static boolean isAbbreviation(String text, int sentenceStart, int dot, int next) {
    int w = dot;
    while (w > sentenceStart
        && !Character.isWhitespace(text.charAt(w - 1))
        && text.charAt(w - 1) != '('
        && text.charAt(w - 1) != '"'
        && text.charAt(w - 1) != '“') {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return Character.isUpperCase(text.charAt(w)); // an initial: "J. K. Rowling"
    }
    boolean dotted =
        word.indexOf('.') > 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch));
    if (dotted
        || word.equals("a.m")
        || word.equals("p.m")
        || word.equals("etc")
        || word.equals("inc")
        || word.equals("co")
        || word.equals("corp")
        || word.equals("ltd")) {
      // "U.S. officials" continues, "in the U.S. The next day" ends: decide on the next word.
      return !OPENERS.contains(nextWord(text, next));
    }
    return ABBREVIATIONS.contains(word);
  }

  private static String nextWord(String text, int at) {
    int e = at;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(at, e).toLowerCase(Locale.ROOT);
  }

  private static void add(List<String> out, String text, int from, int to) {
    String s = text.substring(from, Math.min(to, text.length())).strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
