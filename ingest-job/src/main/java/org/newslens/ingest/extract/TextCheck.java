package org.newslens.ingest.extract;

/**
 * Tells text from binary data by what the decoded characters are: text has next to no control
 * characters (other than tab, line and form feed, carriage return) and no replacement characters
 * (U+FFFD, what a decoder gives for bytes that mean nothing in its charset), while binary bytes
 * decoded as text are full of them: 13% of random bytes decode to such characters in windows-1252
 * and most of them in UTF-8. Pure function.
 */
public final class TextCheck {
  /** More than this share of such characters (among the first {@link #SAMPLE}) is not text. */
  static final double MAX_BAD_SHARE = 0.05;

  /** How many characters are looked at. */
  static final int SAMPLE = 64 << 10;

  private TextCheck() {}

  /** Why {@code text} is not text, or null if it is. */
  public static String problem(CharSequence text) {
    int n = Math.min(text.length(), SAMPLE);
    if (n == 0) {
      return null;
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
      if (isBad(text.charAt(i))) {
        bad++;
      }
    }
    if (bad <= MAX_BAD_SHARE * n) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "not text: %d of the first %d characters (%.0f%%) are control or replacement characters",
        bad,
        n,
        100.0 * bad / n);
  }

  private static boolean isBad(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    return (c >= 0x7f && c <= 0x9f) || c == '\uFFFD';
  }
}
