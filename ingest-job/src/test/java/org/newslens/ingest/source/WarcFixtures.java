package org.newslens.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files built in memory with jwarc, for reader and pipeline tests. */
public final class WarcFixtures {
  public static final Instant CRAWLED = Instant.parse("2025-06-01T12:00:00Z");

  private WarcFixtures() {}

  public static WarcResponse response(String url, int status, String contentType, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
  }

  public static WarcRequest request(String url) {
    return new WarcRequest.Builder(url).date(CRAWLED).build();
  }

  /** A news page about {@code subject}, long enough to become an article. */
  public static String articleHtml(String subject) {
    return "<html><head><title>"
        + subject
        + "</title></head><body><article><h1>"
        + subject
        + "</h1><p>The harbour authority said on Monday that the plans for "
        + subject
        + " had been approved after two years of consultation with residents.</p>"
        + "<p>Engineers expect the work to begin in the spring and to finish before the end of"
        + " the following year, at a cost the council has agreed to share.</p></article></body></html>";
  }

  /** A 200 response holding {@link #articleHtml} about {@code subject}. */
  public static WarcResponse page(String url, String subject) throws IOException {
    return response(url, 200, "text/html; charset=utf-8", articleHtml(subject));
  }

  public static WarcResource resource(String url, String contentType, String body) {
    return new WarcResource.Builder(URI.create(url))
        .date(CRAWLED)
        .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  public static WarcMetadata metadata(String url) {
    return new WarcMetadata.Builder()
        .targetURI(url)
        .date(CRAWLED)
        .fields(Map.of("outlinks", List.of(url + "/next")))
        .build();
  }

  public static WarcRevisit revisit(String url) {
    return new WarcRevisit.Builder(url, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
        .date(CRAWLED)
        .build();
  }

  public static Warcinfo warcinfo() {
    return new Warcinfo.Builder()
        .date(CRAWLED)
        .fields(Map.of("software", List.of("newslens tests")))
        .build();
  }

  /** A gzipped WARC (one gzip member per record) holding the records in order. */
  public static byte[] warcGz(WarcRecord... records) throws IOException {
    return write(WarcCompression.GZIP, records);
  }

  /** An uncompressed WARC holding the records in order. */
  public static byte[] warc(WarcRecord... records) throws IOException {
    return write(WarcCompression.NONE, records);
  }

  private static byte[] write(WarcCompression compression, WarcRecord... records)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }

  /** The byte arrays one after another. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** The bytes gzipped, as one gzip member. */
  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
