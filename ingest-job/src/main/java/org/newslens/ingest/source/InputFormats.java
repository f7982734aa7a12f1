package org.newslens.ingest.source;

import java.util.Locale;
import org.newslens.common.schema.SourceFormat;

/**
 * Tells an input file's format from its name, or from its first bytes when the name says nothing.
 */
public final class InputFormats {
  private InputFormats() {}

  /**
   * The format a file name implies ({@code .html}, {@code .warc.gz}, {@code .jsonl}, {@code .txt}
   * …), or null.
   */
  public static SourceFormat fromName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int slash = n.lastIndexOf('/');
    n = n.substring(slash + 1);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "html", "htm", "xhtml", "shtml" -> SourceFormat.HTML;
      case "warc" -> SourceFormat.WARC;
      case "jsonl", "ndjson", "json" -> SourceFormat.JSONL;
      case "txt", "text" -> SourceFormat.TEXT;
      default -> null;
    };
  }

  /**
   * The format the first (decompressed) bytes show, or null: WARC, JSON object lines, or markup.
   */
  public static SourceFormat fromContent(byte[] head, int length) {
    int i = 0;
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i >= length) {
      return null;
    }
    String start =
        new String(head, i, Math.min(length - i, 16), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.startsWith("WARC/")) {
      return SourceFormat.WARC;
    }
    if (start.startsWith("{")) {
      return SourceFormat.JSONL;
    }
    if (start.startsWith("<")) {
      return SourceFormat.HTML;
    }
    return null;
  }

  /**
   * Hidden and bookkeeping files (names starting with {@code .} or {@code _}) are not inputs, as in
   * Hadoop.
   */
  public static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }
}
