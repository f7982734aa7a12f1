package org.newslens.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.ingest.source.WarcFixtures.gzip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.RawDocument;

class ArchiveReaderTest {
  private final List<String> skipped = new ArrayList<>();

  /** The records read, with the skipped WARC records' types in {@link #skipped}. */
  private List<ReadResult> read(String path, byte[] bytes) {
    List<ReadResult> out = new ArrayList<>();
    ArchiveReader.read(path, InputFormats.fromName(path), () -> new ByteArrayInputStream(bytes))
        .forEachRemaining(
            r -> {
              if (r instanceof ReadResult.Skipped s) {
                skipped.add(s.warcType());
              } else {
                out.add(r);
              }
            });
    return out;
  }

  private static RawDocument doc(ReadResult r) {
    return assertInstanceOf(ReadResult.Document.class, r).document();
  }

  private static ReadResult.Failure failure(ReadResult r) {
    return assertInstanceOf(ReadResult.Failure.class, r);
  }

  @Test
  void readsAnHtmlPageAsOneDocument() {
    List<ReadResult> out =
        read("file:/a/page.html", "<html><body><p>Hi</p></body></html>".getBytes());
    assertEquals(1, out.size());
    RawDocument d = doc(out.get(0));
    assertTrue(d.html());
    assertEquals(SourceFormat.HTML, d.format());
    assertNull(d.sourceRecord());
  }

  @Test
  void gunzipsAGzippedPage() throws IOException {
    RawDocument d = doc(read("file:/a/page.htm.gz", gzip("<p>gzipped</p>".getBytes())).get(0));
    assertTrue(d.content().contains("gzipped"));
  }

  @Test
  void decodesAPageInTheCharsetItsMetaTagDeclares() {
    byte[] bytes =
        "<meta charset=\"windows-1251\"><p>Привет</p>".getBytes(Charset.forName("windows-1251"));
    assertTrue(doc(read("file:/p.html", bytes).get(0)).content().contains("Привет"));
  }

  @Test
  void turnsATruncatedGzipIntoACorruptGzipReject() throws IOException {
    byte[] whole =
        gzip("<p>some page text that is long enough to be cut</p>".repeat(20).getBytes());
    ReadResult.Failure f =
        failure(read("file:/p.html.gz", Arrays.copyOf(whole, whole.length / 2)).get(0));
    assertEquals(RejectReason.CORRUPT_GZIP, f.reason());
  }

  @Test
  void turnsAFileItCannotOpenIntoAnUnreadableFileReject() {
    List<ReadResult> out = new ArrayList<>();
    ArchiveReader.read(
            "file:/gone.html",
            SourceFormat.HTML,
            () -> {
              throw new IOException("Permission denied");
            })
        .forEachRemaining(out::add);
    ReadResult.Failure f = failure(out.get(0));
    assertEquals(RejectReason.UNREADABLE_FILE, f.reason());
    assertTrue(f.detail().contains("Permission denied"));
  }

  @Test
  void rejectsAFileWhoseNameAndContentShowNoKnownFormat() {
    ReadResult.Failure f = failure(read("file:/blob.bin", new byte[] {1, 2, 3, 4}).get(0));
    assertEquals(RejectReason.UNKNOWN_FORMAT, f.reason());
  }

  @Test
  void detectsJsonLinesByContentWhenTheNameSaysNothing() {
    String line = "{\"id\":\"n1\",\"text\":\"body\"}\n";
    assertEquals(SourceFormat.JSONL, doc(read("file:/dump.data", line.getBytes()).get(0)).format());
  }

  @Test
  void mapsTheCommonFieldNamesOfNewsDumps() {
    String line =
        "{\"id\":7,\"url\":\"https://n.example/a\",\"headline\":\"T\",\"maintext\":\"Body text.\","
            + "\"date_publish\":\"2024-01-02 10:00:00\",\"source_domain\":\"n.example\","
            + "\"authors\":\"Ann Lee and Bo Kim\",\"lang\":\"en\",\"category\":\"World\",\"summary\":\"S\"}";
    RawDocument d = doc(read("file:/d.jsonl", line.getBytes()).get(0));
    assertFalse(d.html());
    assertEquals("Body text.", d.content());
    assertEquals("https://n.example/a", d.url());
    assertEquals(1L, d.sourceRecord());
    RawDocument.Hints h = d.hints();
    assertEquals("7", h.id());
    assertEquals("T", h.title());
    assertEquals("2024-01-02 10:00:00", h.date());
    assertEquals("n.example", h.outlet());
    assertEquals(List.of("Ann Lee", "Bo Kim"), h.authors());
    assertEquals("en", h.language());
    assertEquals("World", h.section());
    assertEquals("S", h.description());
  }

  @Test
  void readsPublisherObjectsAndEpochDates() {
    String line = "{\"text\":\"x\",\"publisher\":{\"name\":\"The Post\"},\"published\":1700000000}";
    RawDocument.Hints h = doc(read("file:/d.jsonl", line.getBytes()).get(0)).hints();
    assertEquals("The Post", h.outlet());
    assertEquals("2023-11-14T22:13:20Z", h.date());
  }

  @Test
  void treatsAJsonLineWithOnlyAnHtmlFieldAsAPage() {
    String line = "{\"id\":\"p1\",\"url\":\"https://n.example/p\",\"html\":\"<p>page</p>\"}";
    RawDocument d = doc(read("file:/d.jsonl", line.getBytes()).get(0));
    assertTrue(d.html());
    assertEquals("<p>page</p>", d.content());
  }

  @Test
  void rejectsInvalidJsonLinesAndKeepsReadingWithLineNumbers() {
    String lines = "{\"text\":\"one\"}\n\n{broken\n[1,2]\n{\"text\":\"four\"}\n";
    List<ReadResult> out = read("file:/d.jsonl", lines.getBytes());
    assertEquals(4, out.size());
    assertEquals(1L, doc(out.get(0)).sourceRecord());
    assertEquals(RejectReason.INVALID_JSON, failure(out.get(1)).reason());
    assertEquals(3L, failure(out.get(1)).sourceRecord());
    assertEquals("{broken", failure(out.get(1)).excerpt());
    assertEquals(RejectReason.INVALID_JSON, failure(out.get(2)).reason());
    assertEquals(5L, doc(out.get(3)).sourceRecord());
  }

  @Test
  void keepsTheLinesReadBeforeAGzippedJsonlFileBreaks() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"text\":\"line ").append(i).append(" with some words to make it longer\"}\n");
    }
    byte[] whole = gzip(lines.toString().getBytes());
    List<ReadResult> out = read("file:/d.jsonl.gz", Arrays.copyOf(whole, whole.length - 40));
    ReadResult last = out.get(out.size() - 1);
    assertEquals(RejectReason.CORRUPT_GZIP, failure(last).reason());
    assertTrue(out.size() > 1000, "records before the break are kept: " + out.size());
  }

  @Test
  void readsHtmlResponsesFromAWarcWithUrlCrawlDateAndOffset() throws IOException {
    byte[] warc =
        WarcFixtures.warcGz(
            WarcFixtures.request("https://n.example/a"),
            WarcFixtures.response(
                "https://n.example/a", 200, "text/html; charset=utf-8", "<p>Article A</p>"),
            WarcFixtures.response("https://n.example/b", 200, "text/html", "<p>Article B</p>"));
    List<ReadResult> out = read("file:/crawl.warc.gz", warc);
    assertEquals(2, out.size());
    RawDocument a = doc(out.get(0));
    assertEquals("https://n.example/a", a.url());
    assertEquals(WarcFixtures.CRAWLED, a.crawlDate());
    assertEquals(SourceFormat.WARC, a.format());
    assertTrue(a.content().contains("Article A"));
    assertNotNull(a.sourceRecord());
    assertTrue(doc(out.get(1)).sourceRecord() > a.sourceRecord());
    assertEquals(List.of("request"), skipped);
  }

  @Test
  void rejectsNonHtmlPayloadsAndErrorStatusesFromAWarc() throws IOException {
    byte[] warc =
        WarcFixtures.warcGz(
            WarcFixtures.response("https://n.example/logo.png", 200, "image/png", "PNG"),
            WarcFixtures.response(
                "https://n.example/missing", 404, "text/html", "<p>not found</p>"));
    List<ReadResult> out = read("file:/crawl.warc.gz", warc);
    assertEquals(RejectReason.NOT_HTML, failure(out.get(0)).reason());
    assertTrue(failure(out.get(0)).detail().contains("image/png"));
    assertEquals(RejectReason.HTTP_STATUS, failure(out.get(1)).reason());
  }

  @Test
  void keepsTheRecordsReadBeforeAWarcIsTruncated() throws IOException {
    byte[] first =
        WarcFixtures.warcGz(
            WarcFixtures.response(
                "https://n.example/a", 200, "text/html", "<p>" + "words ".repeat(200) + "</p>"));
    byte[] second =
        WarcFixtures.warcGz(
            WarcFixtures.response(
                "https://n.example/b", 200, "text/html", "<p>" + "more ".repeat(400) + "</p>"));
    byte[] both = new byte[first.length + second.length / 2];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length / 2);
    List<ReadResult> out = read("file:/crawl.warc.gz", both);
    assertEquals(2, out.size());
    assertEquals("https://n.example/a", doc(out.get(0)).url());
    ReadResult.Failure f = failure(out.get(1));
    assertEquals(RejectReason.CORRUPT_GZIP, f.reason());
    assertEquals(first.length, f.sourceRecord(), "the broken member's offset");
    assertTrue(
        f.detail().startsWith("bytes " + first.length + "-" + (both.length - 1) + " ("),
        f.detail());
    assertTrue(f.detail().endsWith("nothing readable follows"), f.detail());
  }

  @Test
  void turnsGarbageInAWarcIntoACorruptRecordReject() {
    byte[] bytes = "WARC/1.0\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    ReadResult.Failure f = failure(read("file:/bad.warc", bytes).get(0));
    assertEquals(RejectReason.CORRUPT_WARC_RECORD, f.reason());
    assertEquals(0L, f.sourceRecord());
    assertTrue(f.detail().startsWith("bytes 0-" + (bytes.length - 1) + " "), f.detail());
  }

  @Test
  void numbersTheArticlesOfATextDumpOnlyWhenThereAreSeveral() {
    RawDocument d = doc(read("file:/dump.txt", "One article\nIts text.\n".getBytes()).get(0));
    assertFalse(d.html());
    assertNull(d.sourceRecord());
  }
}
