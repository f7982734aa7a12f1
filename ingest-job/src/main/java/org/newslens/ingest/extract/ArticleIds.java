package org.newslens.ingest.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Canonical URLs, outlet domains, content hashes and stable article ids. */
public final class ArticleIds {
  private static final Pattern TRACKING =
      Pattern.compile("^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src|smid|mbid)$");

  /**
   * One digest per thread: {@link MessageDigest#digest} resets it, and looking the algorithm up
   * costs more.
   */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private ArticleIds() {}

  /**
   * Lower-cases scheme and host, drops fragment, default ports and tracking parameters; null if not
   * a URL.
   */
  public static String canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.trim().replace(" ", "%20"));
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (port == 80 && scheme.equals("http"))
              || (port == 443 && scheme.equals("https"));
      StringBuilder query = new StringBuilder();
      if (uri.getRawQuery() != null) {
        for (String param : uri.getRawQuery().split("&")) {
          String key = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (!param.isEmpty() && !TRACKING.matcher(key).matches()) {
            query.append(query.length() == 0 ? "?" : "&").append(param);
          }
        }
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    } catch (Exception e) {
      return null;
    }
  }

  /** Host of a URL without a leading {@code www.}; null if none. */
  static String domain(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (Exception e) {
      return null;
    }
  }

  /** Lower case, whitespace folded: the form hashed for duplicate detection. */
  static String normaliseText(String text) {
    return collapseSpaces(text.toLowerCase(Locale.ROOT));
  }

  /** Whitespace runs (including no-break and other Unicode spaces) as one space, trimmed. */
  public static String collapseSpaces(CharSequence text) {
    int n = text.length();
    StringBuilder sb = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        // each run of other characters is copied at once
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(text, start, i);
      }
    }
    return sb.toString();
  }

  /**
   * Whether a character is a space for {@link #collapseSpaces}: whitespace, a Unicode space or a
   * zero-width space. Printable ASCII is decided without the Unicode tables.
   */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7f) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
  }

  /**
   * The hash of the normalised headline and text: equal hashes are exact duplicates. The same text
   * under another headline is not one (it is a near-duplicate, for {@code bin/newslens dedup}).
   */
  public static String contentHash(String title, String text) {
    return sha256(normalisedContent(title, text));
  }

  /** From the canonical URL when there is one, else from the normalised headline and text. */
  public static String articleId(String canonicalUrl, String title, String text) {
    return sha256(canonicalUrl != null ? canonicalUrl : "text:" + normalisedContent(title, text))
        .substring(0, 16);
  }

  private static String normalisedContent(String title, String text) {
    return title == null || title.isBlank()
        ? normaliseText(text)
        : normaliseText(title) + "\n" + normaliseText(text);
  }

  static String sha256(String value) {
    return HexFormat.of().formatHex(SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whitespace-separated tokens, counted as splitting the trimmed text at runs of regex {@code \s}
   * (space, tab, line feed, vertical tab, form feed, carriage return) would count them, without
   * building the tokens; except that Chinese and Japanese, written without spaces, count one word
   * per character ({@link #isChineseOrJapanese}), as word processors count them, and their
   * punctuation (U+3001 to U+303F) none.
   */
  public static int wordCount(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') {
        inWord = false;
      } else if (c >= 0x3001 && c <= 0x3004 || c >= 0x3006 && c <= 0x303F) {
        inWord = false; // Chinese and Japanese punctuation: between words, not one
      } else if (c >= 0x3005 && isChineseOrJapanese(c)) {
        words++;
        inWord = false;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
    }
    return words;
  }

  /** Chinese characters (CJK unified ideographs and their extension A), kana and {@code 々}. */
  public static boolean isChineseOrJapanese(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || c == 0x3005;
  }
}
