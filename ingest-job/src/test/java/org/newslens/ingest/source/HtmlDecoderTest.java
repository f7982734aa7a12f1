package org.newslens.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
  @Test
  void decodesEveryLegacySampleWithAndWithoutACharsetDeclaration() {
    for (ForeignPages.Sample s : ForeignPages.ALL) {
      assertTrue(
          Charset.forName(s.charset()).newEncoder().canEncode(s.text()),
          "the sample is written in " + s.charset());
      for (boolean declared : new boolean[] {true, false}) {
        String html = HtmlDecoder.decode(ForeignPages.page(s, declared), null);
        assertTrue(
            html.contains(s.first()) && html.contains(s.second()),
            () -> s.charset() + (declared ? " declared" : " undeclared") + ": " + html);
      }
    }
  }

  @Test
  void guessesEucJpApartFromGbkByItsKana() {
    ForeignPages.Sample s = ForeignPages.SHIFT_JIS;
    byte[] bytes = ("<p>" + s.text() + "</p>").getBytes(Charset.forName("EUC-JP"));
    assertEquals("EUC-JP", CharsetGuess.guess(bytes).name());
    byte[] chinese = ("<p>" + ForeignPages.GB2312.text() + "</p>").getBytes(Charset.forName("GBK"));
    assertEquals("GBK", CharsetGuess.guess(chinese).name());
  }

  @Test
  void keepsWindows1252ForWesternPagesWithOnlySymbolsOutsideAscii() {
    byte[] bytes =
        "<p>Rooms from <b>€70</b> a night</p><button>×</button>"
            .getBytes(Charset.forName("windows-1252"));
    assertEquals("windows-1252", CharsetGuess.guess(bytes).name());
  }

  @Test
  void aFewInvalidBytesInAUtf8PageBecomeReplacementCharactersNotMojibake() {
    String text = ForeignPages.WINDOWS_1252.text() + " " + ForeignPages.LATIN_1.text();
    byte[] utf8 = ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    broken.writeBytes(utf8);
    broken.write(0xE9); // a stray windows-1252 é
    broken.writeBytes(" caf".getBytes(StandardCharsets.US_ASCII));
    broken.write(0xC3); // a sequence cut short
    String html = HtmlDecoder.decode(broken.toByteArray(), null);
    assertTrue(html.contains(text), html);
    assertFalse(html.contains("Ã"), "no windows-1252 reading of UTF-8");
    assertTrue(html.endsWith("\uFFFD caf\uFFFD"), html);
  }

  @Test
  void aByteOrderMarkWinsOverEverythingElse() {
    String page = "<meta charset=\"windows-1251\"><p>" + ForeignPages.SHIFT_JIS.first() + "</p>";
    for (Charset cs :
        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bom =
          cs == StandardCharsets.UTF_8
              ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
              : cs == StandardCharsets.UTF_16LE
                  ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                  : new byte[] {(byte) 0xFE, (byte) 0xFF};
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(bom);
      bytes.writeBytes(page.getBytes(cs));
      assertEquals(page, HtmlDecoder.decode(bytes.toByteArray(), "iso-8859-1"), cs.name());
    }
  }

  /**
   * Real pages of the benchmarks (UTF-8 as stored), written in the legacy charset their script
   * calls for with their charset declarations removed, must come back exactly: mainly a check that
   * Western pages are never taken for Cyrillic or Chinese. Prints the figures.
   */
  @Test
  void decodesBenchmarkPagesReEncodedInALegacyCharsetWithoutDeclaration() throws IOException {
    Path benchmarks = Path.of(System.getProperty("newslens.shared", "../shared"), "benchmarks");
    Assumptions.assumeTrue(
        Files.isDirectory(benchmarks), "benchmark data not found at " + benchmarks + "; skipping");
    Map<String, int[]> byCharset = new TreeMap<>();
    for (String set : List.of("extraction/html", "dates/html", "wcxb/html")) {
      Path dir = benchmarks.resolve(set);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (var files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          String page = utf8(file);
          if (page == null) {
            continue;
          }
          String bare = page.replaceAll("(?i)charset\\s*=\\s*[\"']?\\s*[A-Za-z0-9_:.\\-]+", "");
          Charset legacy = legacyCharsetFor(bare);
          CharsetEncoder encoder = legacy.newEncoder();
          if (!encoder.canEncode(bare) || bare.chars().allMatch(c -> c < 0x80)) {
            continue;
          }
          int[] counts = byCharset.computeIfAbsent(legacy.name(), k -> new int[2]);
          counts[0]++;
          if (HtmlDecoder.decode(bare.getBytes(legacy), null).equals(bare)) {
            counts[1]++;
          }
        }
      }
    }
    StringBuilder figures = new StringBuilder("charset guess on re-encoded benchmark pages:");
    byCharset.forEach(
        (k, v) -> figures.append(' ').append(k).append(' ').append(v[1]).append('/').append(v[0]));
    System.out.println(figures);
    int[] western = byCharset.get("windows-1252");
    assertTrue(western != null && western[0] > 100, figures.toString());
    assertTrue(western[1] >= 0.99 * western[0], figures.toString());
  }

  /** windows-1251 for a page with Cyrillic letters, GBK or Shift_JIS for Chinese (with kana). */
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
          .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }
}
