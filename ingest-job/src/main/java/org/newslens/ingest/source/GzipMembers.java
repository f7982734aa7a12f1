package org.newslens.ingest.source;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The members of a multi-member gzip file (a {@code .warc.gz} holds one or more records per
 * member), one at a time, each as a stream of its decompressed bytes, streamed. After a member that
 * breaks (corrupt or truncated deflate data, a wrong CRC or length, a bad header) or bytes that are
 * no gzip member at all, {@link #next} looks for the next intact member: a gzip header whose data
 * inflates to the {@code expectedStart} bytes (a WARC record's {@code WARC/}), searching from just
 * after the damaged member's start as far back as the last {@link #KEEP} bytes allow.
 */
final class GzipMembers implements Closeable {
  /** How far behind the read position a search for the next member can start. */
  static final int KEEP = 1 << 20;

  /** Bytes looked at ahead of a candidate header to check that its data inflates as expected. */
  private static final int CHECK_BYTES = 64 << 10;

  private static final int MAX_HEADER_FIELD = 64 << 10;

  private final ByteSource raw;
  private final byte[] expectedStart;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private Data current;

  /**
   * One intact gzip header and the stream of its member's data.
   *
   * @param offset byte offset of the member's header in the file
   * @param skippedFrom where the bytes passed over to reach this member start, or -1 if none were
   * @param skipped why they were passed over (null if none were)
   * @param data the decompressed bytes; reading throws {@link ZipException} or {@link EOFException}
   *     when the member turns out to be damaged
   */
  record Member(long offset, long skippedFrom, String skipped, InputStream data) {}

  GzipMembers(InputStream in, byte[] expectedStart) {
    this.raw = new ByteSource(in, KEEP);
    this.expectedStart = expectedStart;
  }

  /** Bytes of the file read so far; at the end, the file's length. */
  long position() {
    return raw.position();
  }

  /**
   * The next intact member, or null at the end of the file. The previous member's data need not
   * have been read to its end: what is left of it is decompressed and dropped.
   */
  Member next() throws IOException {
    long skippedFrom = -1;
    String skipped = null;
    if (current != null) {
      try {
        current.drain();
      } catch (IOException e) {
        // the member is damaged: look for the next one from just after its header
      }
      if (current.failure != null) {
        skippedFrom = current.offset;
        skipped = current.failure;
        if (!raw.rewindTo(Math.max(current.offset + 1, raw.earliest()))) {
          throw new IllegalStateException("the search start is no longer buffered");
        }
      }
      current = null;
    }
    if (raw.fill(1) == 0) {
      if (skippedFrom >= 0) {
        return new Member(raw.position(), skippedFrom, skipped, InputStream.nullInputStream());
      }
      return null;
    }
    long start = raw.position();
    int header = skippedFrom < 0 ? headerLength(0) : -1;
    if (header < 0) {
      if (skippedFrom < 0) {
        skippedFrom = start;
        skipped = "bytes that are not a gzip member";
      }
      header = searchNextMember();
      if (header < 0) {
        raw.skip(Long.MAX_VALUE);
        return new Member(raw.position(), skippedFrom, skipped, InputStream.nullInputStream());
      }
    }
    long offset = raw.position();
    raw.advance(header);
    inflater.reset();
    crc.reset();
    current = new Data(offset);
    return new Member(offset, skippedFrom, skipped, current);
  }

  /**
   * Moves to the next position holding a gzip header whose data starts as expected.
   *
   * @return the header's length, or -1 at the end of the file
   */
  private int searchNextMember() throws IOException {
    while (raw.fill(3) >= 3) {
      byte[] b = raw.array();
      int at = raw.offset();
      int end = at + raw.fill(3) - 2;
      int i = at;
      while (i < end && !(b[i] == 0x1f && (b[i + 1] & 0xFF) == 0x8b && b[i + 2] == 8)) {
        i++;
      }
      raw.advance(i - at);
      if (i == end) {
        continue;
      }
      int header = headerLength(CHECK_BYTES);
      if (header > 0 && startsAsExpected(header)) {
        return header;
      }
      raw.advance(1);
    }
    return -1;
  }

  /**
   * The length of the gzip header at the position, or -1 if there is none.
   *
   * @param lookAhead extra bytes to buffer behind the header (for {@link #startsAsExpected})
   */
  private int headerLength(int lookAhead) throws IOException {
    int avail = raw.fill(10 + lookAhead);
    byte[] b = raw.array();
    int p = raw.offset();
    if (avail < 10
        || b[p] != 0x1f
        || (b[p + 1] & 0xFF) != 0x8b
        || b[p + 2] != 8
        || (b[p + 3] & 0xE0) != 0) {
      return -1;
    }
    int flags = b[p + 3];
    int i = 10;
    if ((flags & 4) != 0) { // FEXTRA
      if (raw.peek(i + 1) < 0) {
        return -1;
      }
      i += 2 + (raw.peek(i) | raw.peek(i + 1) << 8);
    }
    for (int field : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
      if ((flags & field) != 0) {
        int n = 0;
        int c;
        while ((c = raw.peek(i++)) > 0) {
          if (++n > MAX_HEADER_FIELD) {
            return -1;
          }
        }
        if (c < 0) {
          return -1;
        }
      }
    }
    if ((flags & 2) != 0) { // FHCRC
      i += 2;
    }
    return raw.peek(i - 1) < 0 ? -1 : i;
  }

  /** Whether the member whose header is at the position inflates to the expected first bytes. */
  private boolean startsAsExpected(int header) throws IOException {
    int avail = raw.fill(header + CHECK_BYTES);
    Inflater probe = new Inflater(true);
    try {
      probe.setInput(raw.array(), raw.offset() + header, avail - header);
      byte[] out = new byte[expectedStart.length];
      int got = 0;
      while (got < out.length && !probe.finished() && !probe.needsInput()) {
        int n = probe.inflate(out, got, out.length - got);
        if (n == 0 && (probe.needsDictionary() || probe.needsInput())) {
          break;
        }
        got += n;
      }
      return got == out.length && java.util.Arrays.equals(out, expectedStart);
    } catch (DataFormatException e) {
      return false;
    } finally {
      probe.end();
    }
  }

  /** The decompressed data of the current member; checks the CRC and length at its end. */
  private final class Data extends InputStream {
    private final long offset;
    private long size;
    private boolean done;
    private String failure;

    Data(long offset) {
      this.offset = offset;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw new ZipException(failure);
      }
      if (done || current != this) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      try {
        while (true) {
          int n = inflater.inflate(b, off, len);
          if (n > 0) {
            crc.update(b, off, n);
            size += n;
            return n;
          }
          if (inflater.finished()) {
            raw.advance(-inflater.getRemaining());
            checkTrailer();
            done = true;
            return -1;
          }
          if (inflater.needsDictionary()) {
            throw fail(new ZipException("gzip member asks for a preset dictionary"));
          }
          int avail = raw.fill(1);
          if (avail <= 0) {
            throw fail(new EOFException("gzip member cut off at byte " + raw.position()));
          }
          int chunk = Math.min(avail, 64 << 10);
          inflater.setInput(raw.array(), raw.offset(), chunk);
          raw.advance(chunk);
        }
      } catch (DataFormatException e) {
        throw fail(new ZipException("corrupt deflate data: " + e.getMessage()));
      }
    }

    private void checkTrailer() throws IOException {
      if (raw.fill(8) < 8) {
        throw fail(new EOFException("gzip member's trailer cut off at byte " + raw.position()));
      }
      long storedCrc = 0;
      long storedSize = 0;
      for (int i = 3; i >= 0; i--) {
        storedCrc = storedCrc << 8 | raw.peek(i);
        storedSize = storedSize << 8 | raw.peek(4 + i);
      }
      raw.advance(8);
      if (storedCrc != crc.getValue() || storedSize != (size & 0xFFFFFFFFL)) {
        throw fail(new ZipException("gzip member's CRC or length does not match its data"));
      }
    }

    private IOException fail(IOException e) {
      failure = e.getMessage();
      return e;
    }

    /** Reads the rest of the member. */
    void drain() throws IOException {
      byte[] sink = new byte[64 << 10];
      while (read(sink, 0, sink.length) >= 0) {
        // dropped
      }
    }
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    raw.close();
  }
}
