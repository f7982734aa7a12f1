package org.newslens.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text: a byte-order mark wins, then the charset the transport declared, then
 * a {@code <meta>} charset in the first 4 KB, then UTF-8 when the bytes are valid UTF-8, else
 * windows-1252. Unknown charset names fall through to the next rule; decoding never throws.
 */
public final class HtmlDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
    // bytes is
    // almost never accidental, so it wins over a single-byte declaration.
    if (declared == null || isSingleByteLatin(declared)) {
      String utf8 = strictUtf8(bytes);
      if (utf8 != null) {
        return utf8;
      }
      return new String(bytes, declared == null ? WINDOWS_1252 : declared);
    }
    return new String(bytes, declared);
  }

  /**
   * The charset parameter of a Content-Type value such as {@code text/html; charset=utf-8}, or
   * null.
   */
  public static String charsetParameter(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring(8).replace("\"", "").replace("'", "").trim();
      }
    }
    return null;
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
    if (n.equals("gb2312")) {
      n = "GBK";
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

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
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
