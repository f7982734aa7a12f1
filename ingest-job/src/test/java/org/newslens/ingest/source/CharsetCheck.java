package org.newslens.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Development harness: takes the benchmark pages (stored gzipped, in UTF-8), writes each in the
 * legacy charset its script calls for (windows-1251 with Cyrillic letters, Shift_JIS with kana, GBK
 * with other Chinese characters, else windows-1252), removes its charset declarations, decodes it
 * with {@link HtmlDecoder} and counts the pages that come back exactly. Pages the charset cannot
 * hold, or that are ASCII, are left out. Usage: {@code CharsetCheck BENCHMARKS_DIR}.
 */
public final class CharsetCheck {
  private CharsetCheck() {}

  public static void main(String[] args) throws IOException {
    Path benchmarks = Path.of(args[0]);
    Map<String, int[]> byCharset = new TreeMap<>();
    for (String set : List.of("extraction/html", "dates/html", "wcxb/html")) {
      try (Stream<Path> files = Files.list(benchmarks.resolve(set))) {
        for (Path file : files.sorted().toList()) {
          String page = utf8(file);
          if (page == null) {
            continue;
          }
          String bare = page.replaceAll("(?i)charset\\s*=\\s*[\"']?\\s*[A-Za-z0-9_:.\\-]+", "");
          Charset legacy = legacyCharsetFor(bare);
          if (bare.chars().allMatch(c -> c < 0x80) || !legacy.newEncoder().canEncode(bare)) {
            continue;
          }
          int[] counts = byCharset.computeIfAbsent(legacy.name(), k -> new int[2]);
          counts[0]++;
          if (HtmlDecoder.decode(bare.getBytes(legacy), null).equals(bare)) {
            counts[1]++;
          } else {
            System.out.println("not exact: " + file.getFileName() + " in " + legacy.name());
          }
        }
      }
    }
    StringBuilder figures = new StringBuilder("pages decoded exactly:");
    byCharset.forEach(
        (k, v) -> figures.append(' ').append(k).append(' ').append(v[1]).append('/').append(v[0]));
    System.out.println(figures);
  }

  private static Charset legacyCharsetFor(String page) {
    boolean cyrillic = false;
    boolean han = false;
    boolean kana = false;
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      cyrillic |= c >= 0x400 && c <= 0x4FF;
      han |= c >= 0x4E00 && c <= 0x9FFF;
      kana |= c >= 0x3040 && c <= 0x30FF;
    }
    return Charset.forName(
        cyrillic ? "windows-1251" : han ? (kana ? "windows-31j" : "GBK") : "windows-1252");
  }

  private static String utf8(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
