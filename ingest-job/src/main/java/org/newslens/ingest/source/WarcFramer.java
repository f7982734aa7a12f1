package org.newslens.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Cuts uncompressed WARC bytes into records by their {@code Content-Length}, and after a record
 * that does not hold together (a header that is not one, a missing or wrong length, bytes where the
 * record should end) finds the next line that starts with {@code WARC/1.} and goes on from there.
 * Records are returned whole, as bytes, up to {@link #MAX_BLOCK}; a longer record keeps only the
 * first {@link #PREFIX} bytes of its block and the rest is skipped, streamed.
 */
final class WarcFramer {
  /** The longest record block (HTTP headers and payload as stored) held in memory. */
  static final int MAX_BLOCK = ArchiveReader.MAX_RECORD_BYTES + (64 << 10);

  /** What is kept of a longer block: enough for its HTTP headers. */
  static final int PREFIX = 64 << 10;

  private static final int MAX_HEADER = 64 << 10;
  private static final byte[] RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  /** What the framer found next. */
  sealed interface Frame {}

  /**
   * A record that holds together.
   *
   * @param position where it starts, in the bytes framed
   * @param header the header lines and the blank line after them
   * @param block the block, or its first {@link #PREFIX} bytes when {@code length} is larger than
   *     {@link #MAX_BLOCK}
   * @param length the block's length ({@code Content-Length})
   */
  record Record(long position, byte[] header, byte[] block, long length) implements Frame {
    boolean whole() {
      return block.length == length;
    }
  }

  /**
   * Bytes that are no record, from {@code position} to where the next record header starts (or the
   * end of the bytes).
   */
  record Damage(long position, long end, String cause) implements Frame {}

  private final ByteSource in;
  private long frameStart;

  WarcFramer(ByteSource in) {
    this.in = in;
  }

  /** Where the frame read last (or being read when the bytes underneath failed) starts. */
  long frameStart() {
    return frameStart;
  }

  /**
   * The next record or damaged span; null at the end.
   *
   * @throws IOException from the bytes underneath (a damaged gzip member): the caller decides
   */
  Frame next() throws IOException {
    while (isLineBreak(in.peek(0))) {
      in.read(); // the blank lines that end the previous record, or stray ones
    }
    long start = in.position();
    frameStart = start;
    if (in.peek(0) < 0) {
      return null;
    }
    byte[] header = readHeader();
    if (header == null || !startsWith(header, 0, RECORD_START)) {
      return damage(start, header, "no record header (a line 'WARC/1.x' and fields) here");
    }
    long length = contentLength(header);
    if (length < 0) {
      return damage(start, header, "record header without a valid Content-Length");
    }
    if (length <= MAX_BLOCK) {
      byte[] block = in.readUpTo((int) length);
      if (block.length < length) {
        return damage(
            start,
            concat(header, block),
            "record cut off after " + block.length + " of " + length + " bytes");
      }
      if (!endsCleanly()) {
        return damage(
            start,
            concat(header, block),
            "record does not end where its Content-Length of " + length + " says");
      }
      return new Record(start, header, block, length);
    }
    byte[] prefix = in.readUpTo(PREFIX);
    long skipped = in.skip(length - prefix.length);
    if (prefix.length + skipped < length) {
      return damage(start, null, "record cut off before the end of its " + length + " bytes");
    }
    if (!endsCleanly()) {
      return damage(
          start, null, "record does not end where its Content-Length of " + length + " says");
    }
    return new Record(start, header, prefix, length);
  }

  /**
   * The header up to and including its blank line, or null if there is none within {@link
   * #MAX_HEADER} bytes (the bytes read are pushed back).
   */
  private byte[] readHeader() throws IOException {
    int avail = in.fill(MAX_HEADER);
    for (int i = 0; i + 1 < avail; i++) {
      if (in.peek(i) == '\n'
          && (in.peek(i + 1) == '\n' || (in.peek(i + 1) == '\r' && in.peek(i + 2) == '\n'))) {
        int end = i + (in.peek(i + 1) == '\n' ? 2 : 3);
        return in.readUpTo(end);
      }
    }
    return null;
  }

  /**
   * After a block: its two line breaks, then the end of the bytes or the next record. Reads the
   * line breaks; true if they are the standard {@code CRLF CRLF} (whatever follows is the next
   * frame's business), or other line breaks followed by the end or another {@code WARC/1.} line.
   */
  private boolean endsCleanly() throws IOException {
    if (in.peek(0) == '\r' && in.peek(1) == '\n' && in.peek(2) == '\r' && in.peek(3) == '\n') {
      in.skip(4);
      return true;
    }
    int breaks = 0;
    while (isLineBreak(in.peek(0)) && breaks < 8) {
      in.read();
      breaks++;
    }
    if (in.peek(0) < 0) {
      return true;
    }
    if (breaks == 0) {
      return false;
    }
    for (int i = 0; i < RECORD_START.length; i++) {
      if (in.peek(i) != RECORD_START[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts back what was read of a broken record after its first byte, moves to the next line that
   * starts a record header, and returns the span passed over.
   *
   * @param read the bytes read since {@code start} (null when they were too many to keep)
   */
  private Damage damage(long start, byte[] read, String cause) throws IOException {
    if (read != null) {
      in.unread(read, 1, read.length - 1);
    } else if (!in.rewindTo(start + 1)) {
      // the broken record was longer than the bytes kept: search on from here
    }
    while (true) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      if (c == '\n' && startsRecord()) {
        break;
      }
    }
    return new Damage(start, in.position(), cause);
  }

  /** Whether the bytes at the position are {@code WARC/1.}, without reading them. */
  private boolean startsRecord() throws IOException {
    for (int i = 0; i < RECORD_START.length; i++) {
      if (in.peek(i) != RECORD_START[i]) {
        return false;
      }
    }
    return true;
  }

  /** The Content-Length field of a header, or -1 if it is missing or not a number. */
  static long contentLength(byte[] header) {
    String text = new String(header, StandardCharsets.ISO_8859_1);
    long length = -1;
    for (String line : text.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        try {
          long n = Long.parseLong(line.substring(colon + 1).trim());
          if (n < 0 || (length >= 0 && n != length)) {
            return -1;
          }
          length = n;
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return length;
  }

  private static boolean isLineBreak(int c) {
    return c == '\r' || c == '\n';
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (bytes.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
