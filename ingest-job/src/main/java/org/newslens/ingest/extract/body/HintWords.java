package org.newslens.ingest.extract.body;

import java.util.ArrayList;
import java.util.List;

/**
 * Words looked for in a lower-cased class-and-id string, found in one walk of a trie from each
 * position instead of trying every word at every position as a regular-expression alternation does.
 *
 * <p>A word matches anywhere in the string ({@code comment} is found in {@code article-comments}),
 * unless it is bound to a word edge: a leading {@code |} binds its start (to the string's start or
 * a {@code -}, {@code _} or space before it), a trailing {@code |} its end (to the string's end or
 * such a character after it). A {@code ?} makes the character before it optional: {@code |tags?|}
 * is the class word {@code tag} or {@code tags}, {@code more-?stories} is {@code more-stories} or
 * {@code morestories}. Words are made of {@code a-z}, {@code -} and {@code _}.
 */
final class HintWords {
  private static final int ANYWHERE = 1;
  private static final int AT_START = 2;
  private static final int AT_END = 4;
  private static final int AT_BOTH = 8;

  private final Node root = new Node();

  private HintWords() {}

  static HintWords of(String... words) {
    HintWords set = new HintWords();
    for (String word : words) {
      boolean start = word.startsWith("|");
      boolean end = word.length() > 1 && word.endsWith("|");
      String body = word.substring(start ? 1 : 0, word.length() - (end ? 1 : 0));
      int edge = start && end ? AT_BOTH : start ? AT_START : end ? AT_END : ANYWHERE;
      for (String spelled : spellings(body)) {
        set.add(spelled, edge);
      }
    }
    return set;
  }

  /** Whether any word is found in the string, with the word edges it asks for. */
  boolean foundIn(String hints) {
    int n = hints.length();
    for (int i = 0; i < n; i++) {
      boolean startOk = i == 0 || isEdge(hints.charAt(i - 1));
      Node node = root;
      for (int j = i; j < n; j++) {
        int slot = slot(hints.charAt(j));
        node = slot < 0 ? null : node.next[slot];
        if (node == null) {
          break;
        }
        if (node.edges != 0
            && matches(node.edges, startOk, j + 1 == n || isEdge(hints.charAt(j + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(int edges, boolean startOk, boolean endOk) {
    return (edges & ANYWHERE) != 0
        || startOk && (edges & AT_START) != 0
        || endOk && (edges & AT_END) != 0
        || startOk && endOk && (edges & AT_BOTH) != 0;
  }

  private static boolean isEdge(char c) {
    return c == '-' || c == '_' || c == ' ';
  }

  private void add(String word, int edge) {
    Node node = root;
    for (int i = 0; i < word.length(); i++) {
      int slot = slot(word.charAt(i));
      if (slot < 0) {
        throw new IllegalArgumentException("a hint word is made of a-z, - and _: " + word);
      }
      if (node.next[slot] == null) {
        node.next[slot] = new Node();
      }
      node = node.next[slot];
    }
    node.edges |= edge;
  }

  /** Every spelling of a word whose {@code ?} marks make characters optional. */
  private static List<String> spellings(String word) {
    List<String> out = new ArrayList<>();
    out.add("");
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean optional = i + 1 < word.length() && word.charAt(i + 1) == '?';
      List<String> next = new ArrayList<>();
      for (String s : out) {
        next.add(s + c);
        if (optional) {
          next.add(s);
        }
      }
      out = next;
      if (optional) {
        i++;
      }
    }
    return out;
  }

  private static int slot(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return c == '-' ? 26 : c == '_' ? 27 : -1;
  }

  private static final class Node {
    final Node[] next = new Node[28];
    int edges;
  }
}
