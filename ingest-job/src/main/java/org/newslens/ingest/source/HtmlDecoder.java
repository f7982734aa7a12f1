package org.newslens.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text: a byte-order mark wins, then the charset the transport declared, then
 * a {@code <meta>} charset in the first 4 KB (a single-byte Latin declaration loses to bytes that
 * are UTF-8), then UTF-8 when the bytes are UTF-8 (a few invalid sequences among many valid ones
 * become U+FFFD rather than turning every accent into mojibake), else the charset {@link
 * CharsetGuess} finds (windows-1252, windows-1251, GBK, Shift_JIS or EUC-JP). Unknown charset names
 * fall through to the next rule; decoding never throws.
 */
public final class HtmlDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  /** Valid multi-byte sequences per invalid byte for bytes to count as UTF-8 with errors. */
  static final int VALID_PER_INVALID = 10;

  private HtmlDecoder() {}

  /**
   * @param declaredCharset the charset from an HTTP Content-Type header, or null
   */
  public static String decode(byte[] bytes, String declaredCharset) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset declared = charset(declaredCharset);
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = charset(m.group(1));
      }
    }
    // Pages often declare latin-1 or windows-1252 but are really UTF-8; valid UTF-8 with non-ASCII
    // bytes is almost never accidental, so it wins over a single-byte declaration.
    if (declared == null || isSingleByteLatin(declared)) {
      if (isMostlyUtf8(bytes)) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      return new String(bytes, declared == null ? CharsetGuess.guess(bytes) : declared);
    }
    return new String(bytes, declared);
  }

  /**
   * Whether the bytes are UTF-8: no invalid sequence, or at least {@link #VALID_PER_INVALID} valid
   * multi-byte sequences for each invalid byte (a UTF-8 page with a few stray bytes of another
   * charset). Bytes of a legacy charset hardly ever form valid multi-byte sequences.
   */
  static boolean isMostlyUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len =
          b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok && len == 3) {
        int b1 = bytes[i + 1] & 0xFF;
        ok = !(b == 0xE0 && b1 < 0xA0) && !(b == 0xED && b1 >= 0xA0); // overlong, surrogates
      } else if (ok && len == 4) {
        int b1 = bytes[i + 1] & 0xFF;
        ok = !(b == 0xF0 && b1 < 0x90) && !(b == 0xF4 && b1 >= 0x90);
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid == 0 || valid >= VALID_PER_INVALID * invalid;
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1")
        || n.equals("latin1")
        || n.equals("latin-1")
        || n.equals("us-ascii")
        || n.equals("ascii")) {
      n = "windows-1252"; // as browsers do (WHATWG encoding standard)
    }
    if (n.equals("gb2312") || n.equals("gb_2312-80") || n.equals("x-gbk")) {
      n = "GBK"; // as browsers do: GBK is a superset
    }
    if (n.equals("shift_jis") || n.equals("sjis") || n.equals("x-sjis") || n.equals("ms_kanji")) {
      n = "windows-31j"; // the Shift_JIS pages are written in
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isSingleByteLatin(Charset charset) {
    String n = charset.name().toLowerCase(Locale.ROOT);
    return n.equals("windows-1252")
        || n.equals("iso-8859-1")
        || n.equals("us-ascii")
        || n.equals("iso-8859-15");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
