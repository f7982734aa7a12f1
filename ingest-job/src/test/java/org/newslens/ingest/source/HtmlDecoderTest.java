package org.newslens.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
      assertEquals(
          page, HtmlDecoder.decode(ForeignPages.withBom(page, cs), "iso-8859-1"), cs.name());
    }
  }
}
