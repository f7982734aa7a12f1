package org.newslens.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

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

  /** A gzipped WARC (one gzip member per record) holding the records in order. */
  public static byte[] warcGz(WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }
}
