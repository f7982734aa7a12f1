package org.newslens.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.RawDocument;

/**
 * The records of one WARC file, gzipped (one or more records per gzip member) or not, streamed:
 * {@code response} and {@code resource} records with an HTML payload become documents, other
 * responses rejects ({@code not_html}, {@code http_status}, {@code too_large}), and records that
 * carry no page are {@link ReadResult.Skipped}. Damage does not end the file: bytes that are no
 * record (a broken gzip member, garbage between members, a record whose header or length is wrong)
 * are passed over up to the next intact gzip member or {@code WARC/1.} header, and each damaged
 * span becomes one reject ({@code corrupt_gzip} or {@code corrupt_warc_record}) that gives its byte
 * range; the records after it are read as usual.
 *
 * <p>{@code source_record} is a record's byte offset in the file; in a gzipped file, the offset of
 * the gzip member it starts (for the second and later records of a member holding several, the
 * member's offset plus the record's position in the member's decompressed bytes).
 */
final class WarcRecords extends LazyIterator {
  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private final String path;
  private final GzipMembers members;
  private ByteSource bytes;
  private WarcFramer framer;
  private long memberOffset;
  private final ArrayDeque<ReadResult> ready = new ArrayDeque<>();
  private boolean any;
  private boolean finished;
  private long damageFrom = -1;
  private RejectReason damageReason;
  private String damageCause;

  /**
   * @param in the file's raw bytes
   * @param gzip whether they start with a gzip header
   */
  WarcRecords(String path, InputStream in, boolean gzip) {
    this.path = path;
    if (gzip) {
      members = new GzipMembers(in, WARC);
    } else {
      members = null;
      bytes = new ByteSource(in, 1 << 20);
      framer = new WarcFramer(bytes);
    }
  }

  @Override
  protected ReadResult computeNext() {
    while (ready.isEmpty() && !finished) {
      readFrame();
    }
    ReadResult next = ready.poll();
    return next != null ? next : endOfData();
  }

  /** Reads the next frame and queues what it yields. */
  private void readFrame() {
    WarcFramer.Frame frame;
    try {
      frame = nextFrame();
    } catch (ZipException | EOFException e) {
      // a gzip member broke while its records were framed: the rest of the member is passed over
      damaged(offsetOf(framer.frameStart()), RejectReason.CORRUPT_GZIP, ArchiveReader.message(e));
      framer = null;
      return;
    } catch (IOException | RuntimeException e) {
      closeDamage(offsetOf(bytes == null ? 0 : bytes.position()), false);
      emit(
          new ReadResult.Failure(
              path,
              offsetOf(bytes == null ? 0 : bytes.position()),
              SourceFormat.WARC,
              RejectReason.UNREADABLE_FILE,
              "reading stopped: " + ArchiveReader.message(e),
              null));
      finished = true;
      return;
    }
    if (frame == null) {
      closeDamage(end(), true);
      if (!any) {
        emit(
            new ReadResult.Failure(
                path,
                null,
                SourceFormat.WARC,
                RejectReason.EMPTY_FILE,
                "the WARC file holds no record",
                null));
      }
      finished = true;
    } else if (frame instanceof WarcFramer.Damage d) {
      damaged(offsetOf(d.position()), RejectReason.CORRUPT_WARC_RECORD, d.cause());
    } else {
      WarcFramer.Record r = (WarcFramer.Record) frame;
      long offset = offsetOf(r.position());
      ReadResult result = fromFrame(r, offset);
      if (result instanceof ReadResult.Failure f
          && f.reason() == RejectReason.CORRUPT_WARC_RECORD) {
        damaged(offset, f.reason(), f.detail()); // framed, but does not parse: damage like any
        return;
      }
      closeDamage(offset, false);
      emit(result);
    }
  }

  private void emit(ReadResult result) {
    ready.add(result);
    any = true;
  }

  /**
   * The next frame of the file, moving from one gzip member to the next; null at the end.
   *
   * @throws ZipException or {@link EOFException} when the current gzip member is damaged
   */
  private WarcFramer.Frame nextFrame() throws IOException {
    while (true) {
      if (framer != null) {
        WarcFramer.Frame f = framer.next();
        if (f != null) {
          return f;
        }
        framer = null;
      }
      if (members == null) {
        return null;
      }
      GzipMembers.Member m = members.next();
      if (m == null) {
        return null;
      }
      if (m.skippedFrom() >= 0) {
        damaged(m.skippedFrom(), RejectReason.CORRUPT_GZIP, m.skipped());
      }
      memberOffset = m.offset();
      if (bytes == null) {
        bytes = new ByteSource(m.data(), 64 << 10);
      } else {
        bytes.restart(m.data());
      }
      framer = new WarcFramer(bytes);
    }
  }

  /** A position in the framed bytes as a byte offset in the file. */
  private long offsetOf(long position) {
    return members == null ? position : memberOffset + position;
  }

  /** Where the file ended. */
  private long end() {
    return members == null ? bytes.position() : members.position();
  }

  private void damaged(long offset, RejectReason reason, String cause) {
    if (damageFrom < 0) {
      damageFrom = offset;
      damageReason = reason;
      damageCause = cause;
    }
  }

  /**
   * Turns the open damaged span, if any, into one reject that ends at {@code end}.
   *
   * @param atEnd whether the file ends there
   */
  private void closeDamage(long end, boolean atEnd) {
    if (damageFrom < 0) {
      return;
    }
    emit(
        new ReadResult.Failure(
            path,
            damageFrom,
            SourceFormat.WARC,
            damageReason,
            "bytes "
                + damageFrom
                + "-"
                + (end - 1)
                + " ("
                + (end - damageFrom)
                + " bytes) passed over: "
                + damageCause
                + (atEnd ? "; nothing readable follows" : "; reading goes on at offset " + end),
            null));
    damageFrom = -1;
  }

  /** A framed record as a document, a reject, or a skipped record. */
  private ReadResult fromFrame(WarcFramer.Record frame, long offset) {
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(frame.header()), new ByteArrayInputStream(frame.block()));
    try (WarcReader reader = new WarcReader(in)) {
      WarcRecord record = reader.next().orElse(null);
      if (record == null) {
        return new ReadResult.Failure(
            path,
            offset,
            SourceFormat.WARC,
            RejectReason.CORRUPT_WARC_RECORD,
            "the record does not parse",
            null);
      }
      if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
        return new ReadResult.Skipped(path, offset, record.type());
      }
      return fromPageRecord(record, frame, offset);
    } catch (IOException | RuntimeException e) {
      return new ReadResult.Failure(
          path,
          offset,
          SourceFormat.WARC,
          RejectReason.CORRUPT_WARC_RECORD,
          "the record does not parse: " + ArchiveReader.message(e),
          ArchiveReader.excerpt(frame.header()));
    }
  }

  /** A response or resource record: a document if its payload is an HTML page. */
  private ReadResult fromPageRecord(WarcRecord record, WarcFramer.Record frame, long offset)
      throws IOException {
    String target = ((WarcTargetRecord) record).target();
    Instant crawlDate;
    try {
      crawlDate = record.date();
    } catch (RuntimeException e) {
      crawlDate = null;
    }
    MediaType payloadType;
    MessageBody body;
    if (record instanceof WarcResponse response
        && record.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return reject(
            offset,
            RejectReason.HTTP_STATUS,
            "HTTP " + http.status() + " " + http.reason() + " for " + target);
      }
      payloadType = http.contentType();
      try {
        body = http.bodyDecoded();
      } catch (IOException e) {
        body = http.body(); // a payload that claims a content-encoding it does not have
      }
    } else {
      payloadType = record.contentType();
      body = record.body();
    }
    String type = payloadType == null ? "" : payloadType.base().toString().toLowerCase(Locale.ROOT);
    if (!(type.equals("text/html") || type.equals("application/xhtml+xml"))) {
      return reject(
          offset,
          RejectReason.NOT_HTML,
          "payload is " + (type.isEmpty() ? "untyped" : type) + " for " + target);
    }
    if (!frame.whole()) {
      return reject(offset, RejectReason.TOO_LARGE, tooLarge(frame.length() + " byte record"));
    }
    byte[] payload = body.stream().readNBytes(ArchiveReader.MAX_RECORD_BYTES + 1);
    if (payload.length > ArchiveReader.MAX_RECORD_BYTES) {
      return reject(offset, RejectReason.TOO_LARGE, tooLarge("payload") + " for " + target);
    }
    String html = HtmlDecoder.decode(payload, payloadType.parameters().get("charset"));
    return new ReadResult.Document(
        new RawDocument(
            path,
            offset,
            SourceFormat.WARC,
            true,
            html,
            target,
            crawlDate,
            RawDocument.Hints.NONE));
  }

  static String tooLarge(String what) {
    return what + " is larger than the limit of " + ArchiveReader.MAX_RECORD_BYTES + " bytes";
  }

  private ReadResult reject(long offset, RejectReason reason, String detail) {
    return new ReadResult.Failure(path, offset, SourceFormat.WARC, reason, detail, null);
  }

  @Override
  protected void close() {
    try {
      if (members != null) {
        members.close();
      } else if (bytes != null) {
        bytes.close();
      }
    } catch (IOException e) {
      // nothing left to read from it
    }
  }
}
