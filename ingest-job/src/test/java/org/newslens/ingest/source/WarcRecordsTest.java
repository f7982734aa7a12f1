package org.newslens.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.ingest.source.WarcFixtures.concat;
import static org.newslens.ingest.source.WarcFixtures.gzip;
import static org.newslens.ingest.source.WarcFixtures.page;
import static org.newslens.ingest.source.WarcFixtures.warc;
import static org.newslens.ingest.source.WarcFixtures.warcGz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.newslens.common.schema.SourceFormat;

/**
 * WARC files with damage in the middle: the damaged span is one reject with its byte range, and the
 * records after it are read as usual.
 */
class WarcRecordsTest {
  private static List<ReadResult> read(String name, byte[] bytes) {
    List<ReadResult> out = new ArrayList<>();
    ArchiveReader.read(name, SourceFormat.WARC, () -> new ByteArrayInputStream(bytes))
        .forEachRemaining(out::add);
    return out;
  }

  /** One line per result: what it is and where. */
  private static List<String> outline(List<ReadResult> results) {
    List<String> out = new ArrayList<>();
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Document d) {
        out.add("page@" + d.document().sourceRecord() + " " + d.document().url());
      } else if (r instanceof ReadResult.Skipped s) {
        out.add("skipped@" + s.sourceRecord() + " " + s.warcType());
      } else {
        ReadResult.Failure f = (ReadResult.Failure) r;
        out.add(f.reason().code() + "@" + f.sourceRecord());
      }
    }
    return out;
  }

  /**
   * Reads A, the damaged bytes, then C: A and C are pages, the damage is one reject of {@code
   * reason} at its first byte; returns the results.
   */
  private static List<ReadResult> assertPassedOver(
      String name, byte[] a, byte[] damaged, byte[] c, String reason) {
    List<ReadResult> out = read(name, concat(a, damaged, c));
    int cAt = a.length + damaged.length;
    assertEquals(
        List.of("page@0 " + A, reason + "@" + a.length, "page@" + cAt + " " + C), outline(out));
    String detail = ((ReadResult.Failure) out.get(1)).detail();
    assertTrue(
        detail.startsWith(
            "bytes " + a.length + "-" + (cAt - 1) + " (" + damaged.length + " bytes)"),
        detail);
    assertTrue(detail.endsWith("reading goes on at offset " + cAt), detail);
    return out;
  }

  private static final String A = "https://n.example/a";
  private static final String B = "https://n.example/b";
  private static final String C = "https://n.example/c";

  @Test
  void goesOnAfterGarbageBytesBetweenTwoGzipMembers() throws IOException {
    byte[] junk = "\u0000\u0001garbage from a bad copy\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertPassedOver(
        "file:/c.warc.gz",
        warcGz(page(A, "the ferry terminal")),
        junk,
        warcGz(page(C, "the school roof")),
        "corrupt_gzip");
  }

  @Test
  void passesOverAGzipMemberWithCorruptDeflateData() throws IOException {
    byte[] b = warcGz(page(B, "the bridge repairs"));
    for (int i = b.length / 3; i < b.length / 3 + 12; i++) {
      b[i] ^= (byte) 0x5a;
    }
    assertPassedOver(
        "file:/c.warc.gz",
        warcGz(page(A, "the ferry terminal")),
        b,
        warcGz(page(C, "the school roof")),
        "corrupt_gzip");
  }

  @Test
  void aTruncatedMemberInTheMiddleCostsOnlyItsOwnRecord() throws IOException {
    byte[] b = warcGz(page(B, "the bridge repairs"));
    assertPassedOver(
        "file:/c.warc.gz",
        warcGz(page(A, "the ferry terminal")),
        Arrays.copyOf(b, b.length / 2),
        warcGz(page(C, "the school roof")),
        "corrupt_gzip");
  }

  @Test
  void passesOverARecordWithAMalformedHeaderInTheMiddleOfAGzippedFile() throws IOException {
    byte[] bad =
        gzipText(
            "WARC/1.1\r\nWARC-Type: response\r\nthis line is not a header field\r\n"
                + "Content-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n");
    assertPassedOver(
        "file:/c.warc.gz",
        warcGz(page(A, "the ferry terminal")),
        bad,
        warcGz(page(C, "the school roof")),
        "corrupt_warc_record");
  }

  @Test
  void resynchronisesAnUncompressedWarcAtTheNextRecordHeader() throws IOException {
    byte[] bad =
        "WARC/1.0\r\nWARC-Type: response\r\nno colon on this line\r\n\r\nsome bytes\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    assertPassedOver(
        "file:/c.warc",
        warc(page(A, "the ferry terminal")),
        bad,
        warc(page(C, "the school roof")),
        "corrupt_warc_record");
  }

  @Test
  void garbageAfterAnIntactRecordOfAnUncompressedWarcCostsNoRecord() throws IOException {
    byte[] a = warc(page(A, "the ferry terminal"));
    byte[] junk = "garbage from a bad copy\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] c = warc(page(C, "the school roof"));
    List<ReadResult> out = read("file:/c.warc", concat(a, junk, c));
    assertEquals(
        List.of(
            "page@0 " + A,
            "corrupt_warc_record@" + a.length,
            "page@" + (a.length + junk.length) + " " + C),
        outline(out));
  }

  @Test
  void aContentLengthThatIsWrongCostsOnlyItsRecordInAnUncompressedWarc() throws IOException {
    for (int delta : new int[] {+200, -200}) {
      assertPassedOver(
          "file:/c.warc",
          warc(page(A, "the ferry terminal")),
          withContentLength(warc(page(B, "the bridge repairs")), delta),
          warc(page(C, "the school roof")),
          "corrupt_warc_record");
    }
  }

  @Test
  void countsRecordsThatCarryNoPageByType() throws IOException {
    byte[] bytes =
        warcGz(
            WarcFixtures.warcinfo(),
            WarcFixtures.request(A),
            page(A, "the ferry terminal"),
            WarcFixtures.metadata(A),
            WarcFixtures.revisit(A),
            WarcFixtures.resource(B, "text/html", WarcFixtures.articleHtml("the bridge")),
            WarcFixtures.response(C, 200, "application/pdf", "%PDF-1.4"));
    List<String> kinds =
        outline(read("file:/c.warc.gz", bytes)).stream()
            .map(s -> s.replaceAll("@\\d+", ""))
            .toList();
    assertEquals(
        List.of(
            "skipped warcinfo",
            "skipped request",
            "page " + A,
            "skipped metadata",
            "skipped revisit",
            "page " + B,
            "not_html"),
        kinds);
  }

  @Test
  void readsEveryRecordOfAFileGzippedAsOneMemberAtDistinctOffsets() throws IOException {
    byte[] plain =
        warc(page(A, "the ferry terminal"), page(B, "the bridge"), page(C, "the school roof"));
    List<ReadResult> out = read("file:/c.warc.gz", gzip(plain));
    List<String> lines = outline(out);
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(
        List.of(A, B, C),
        out.stream().map(r -> ((ReadResult.Document) r)).map(d -> d.document().url()).toList());
    assertEquals(3, lines.stream().map(l -> l.split(" ")[0]).distinct().count(), lines.toString());
  }

  @Test
  void anEmptyWarcIsOneEmptyFileReject() throws IOException {
    assertEquals(List.of("empty_file@null"), outline(read("file:/e.warc", new byte[0])));
    assertEquals(List.of("empty_file@null"), outline(read("file:/e.warc.gz", gzipText(""))));
  }

  @Test
  void aGzipBombPayloadIsTooLargeAndIsNotInflatedBeyondTheLimit() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < (ArchiveReader.MAX_RECORD_BYTES >> 20) * 4; i++) {
        gz.write(zeros);
      }
    }
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", "gzip")
            .body(MediaType.parse("text/html"), bomb.toByteArray())
            .build();
    WarcResponse response =
        new WarcResponse.Builder(A).date(WarcFixtures.CRAWLED).body(http).build();
    byte[] first = warcGz(response);
    List<ReadResult> out = read("file:/c.warc.gz", concat(first, warcGz(page(B, "the bridge"))));
    assertEquals(List.of("too_large@0", "page@" + first.length + " " + B), outline(out));
  }

  /** The record with its Content-Length changed by {@code delta} (its bytes unchanged). */
  private static byte[] withContentLength(byte[] record, int delta) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(text);
    assertTrue(m.find());
    long length = Long.parseLong(m.group(1)) + delta;
    return (text.substring(0, m.start(1)) + length + text.substring(m.end(1)))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzipText(String text) throws IOException {
    return gzip(text.getBytes(StandardCharsets.UTF_8));
  }
}
