package org.newslens.ingest.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A buffered byte stream that knows its position, can look ahead, and can go back: to any of the
 * last {@code keep} bytes it passed, or by pushing bytes it returned back in front of it. Reading
 * WARC files needs all three to find the next record or gzip member after damage without reading
 * the file twice.
 */
final class ByteSource implements Closeable {
  private static final int CHUNK = 64 << 10;

  private InputStream in;
  private final int keep;
  private byte[] buf;
  private int pos;
  private int limit;
  private long bufStart;
  private boolean eof;

  /**
   * @param keep how many bytes behind the position stay available to {@link #rewindTo}
   */
  ByteSource(InputStream in, int keep) {
    this.in = in;
    this.keep = keep;
    this.buf = new byte[keep + 2 * CHUNK];
  }

  /**
   * Starts over on another stream, at position 0, keeping the buffer (a WARC file's gzip members
   * are read one after another through one source).
   */
  void restart(InputStream next) {
    in = next;
    pos = 0;
    limit = 0;
    bufStart = 0;
    eof = false;
  }

  /** Bytes consumed so far: the position of the next byte in the stream. */
  long position() {
    return bufStart + pos;
  }

  /**
   * Buffers at least {@code n} bytes ahead of the position unless the stream ends first.
   *
   * @return the bytes now buffered ahead of the position (fewer than {@code n} only at the end)
   */
  int fill(int n) throws IOException {
    while (limit - pos < n && !eof) {
      if (buf.length - limit < CHUNK) {
        makeRoom(n);
      }
      int read = in.read(buf, limit, buf.length - limit);
      if (read < 0) {
        eof = true;
      } else {
        limit += read;
      }
    }
    return limit - pos;
  }

  /**
   * Drops all but {@code keep} bytes behind the position; grows the buffer for long looks ahead.
   */
  private void makeRoom(int ahead) {
    int from = Math.max(0, pos - keep);
    int needed = (limit - from) + Math.max(ahead, CHUNK) + CHUNK;
    byte[] target = needed > buf.length ? new byte[needed] : buf;
    System.arraycopy(buf, from, target, 0, limit - from);
    buf = target;
    bufStart += from;
    pos -= from;
    limit -= from;
  }

  /** The byte {@code i} places ahead of the position, or -1 past the end. */
  int peek(int i) throws IOException {
    return fill(i + 1) > i ? buf[pos + i] & 0xFF : -1;
  }

  int read() throws IOException {
    return fill(1) > 0 ? buf[pos++] & 0xFF : -1;
  }

  /** Reads up to {@code len} bytes; -1 at the end. */
  int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = Math.min(len, fill(1));
    if (n <= 0) {
      return -1;
    }
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  /** Reads {@code n} bytes or as many as there are before the end. */
  byte[] readUpTo(int n) throws IOException {
    byte[] out = new byte[n];
    int got = 0;
    while (got < n) {
      int r = read(out, got, n - got);
      if (r < 0) {
        return Arrays.copyOf(out, got);
      }
      got += r;
    }
    return out;
  }

  /** Skips up to {@code n} bytes; returns how many were skipped (fewer only at the end). */
  long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n) {
      int avail = fill(1);
      if (avail <= 0) {
        break;
      }
      int step = (int) Math.min(avail, n - skipped);
      pos += step;
      skipped += step;
    }
    return skipped;
  }

  /** The buffer, for an inflater to read from {@link #offset()} on; valid until the next fill. */
  byte[] array() {
    return buf;
  }

  int offset() {
    return pos;
  }

  /** Moves the position by {@code n} buffered bytes (negative: back over bytes still buffered). */
  void advance(int n) {
    if (pos + n < 0 || pos + n > limit) {
      throw new IllegalArgumentException("cannot move " + n + " bytes from " + position());
    }
    pos += n;
  }

  /**
   * Goes back (or forward, within the buffer) to {@code position} if that byte is still buffered.
   *
   * @return false when it is not, leaving the position unchanged
   */
  boolean rewindTo(long position) {
    long i = position - bufStart;
    if (i < 0 || i > limit) {
      return false;
    }
    pos = (int) i;
    return true;
  }

  /** The oldest position {@link #rewindTo} can still go back to. */
  long earliest() {
    return bufStart;
  }

  /**
   * Puts back the {@code len} bytes just before the position, which the caller read from this
   * source and still holds: the position moves back by {@code len}.
   */
  void unread(byte[] b, int off, int len) {
    if (rewindTo(position() - len)) {
      return;
    }
    byte[] target = new byte[len + (limit - pos) + CHUNK];
    System.arraycopy(b, off, target, 0, len);
    System.arraycopy(buf, pos, target, len, limit - pos);
    bufStart = position() - len;
    limit = len + (limit - pos);
    pos = 0;
    buf = target;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
