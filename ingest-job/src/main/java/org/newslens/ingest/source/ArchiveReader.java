package org.newslens.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.fs.FSError;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.RawDocument;
import org.newslens.ingest.extract.TextCheck;
import org.newslens.ingest.source.text.TextDumpSplitter;
import org.newslens.ingest.source.text.TextSplit;

/**
 * Reads one archive file into a lazy stream of {@link ReadResult}s: HTML pages, WARC records, JSONL
 * lines and text-dump articles, each as a document, and everything that cannot be read as a failure
 * with a reason. WARC and JSONL files are streamed record by record ({@link WarcRecords} goes on
 * after damage); a page or text dump is read whole. No record is read beyond {@link
 * #MAX_RECORD_BYTES}. Reading never throws: a file that breaks half-way keeps the records read
 * before the break.
 */
public final class ArchiveReader {
  /**
   * The per-record byte limit, after decompression: the largest HTML page, text dump, JSONL line or
   * WARC payload read; a larger one is a {@code too_large} reject, and reading stops at the limit
   * (a gzip bomb is never inflated further).
   */
  public static final int MAX_RECORD_BYTES = 16 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Bytes looked at to tell the format and whether the file is text at all. */
  private static final int SNIFF_BYTES = 4096;

  /** Opens the file's raw bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private ArchiveReader() {}

  /**
   * @param format the format from {@code --format} or the file name, or null to tell it from the
   *     content
   */
  public static Iterator<ReadResult> read(String path, SourceFormat format, Opener opener) {
    return read(path, format, TextSplit.AUTO, opener);
  }

  /**
   * As {@link #read(String, SourceFormat, Opener)}, cutting text files into articles as {@code
   * split} says.
   */
  public static Iterator<ReadResult> read(
      String path, SourceFormat format, TextSplit split, Opener opener) {
    BufferedInputStream in;
    boolean gzip;
    try {
      in = new BufferedInputStream(new ReadErrorsAsIOExceptions(opener.open()), 1 << 16);
      in.mark(4);
      gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
    } catch (IOException | RuntimeException | FSError e) {
      return single(
          new ReadResult.Failure(
              path, null, format, RejectReason.UNREADABLE_FILE, message(e), null));
    }
    if (format == SourceFormat.WARC) {
      return new WarcRecords(path, in, gzip);
    }
    InputStream content;
    byte[] head;
    try {
      content = gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
      content.mark(SNIFF_BYTES);
      head = content.readNBytes(SNIFF_BYTES);
      content.reset();
    } catch (IOException e) {
      closeQuietly(in);
      return single(
          new ReadResult.Failure(path, null, format, RejectReason.CORRUPT_GZIP, message(e), null));
    }
    if (head.length < SNIFF_BYTES && isBlank(head, head.length)) {
      closeQuietly(content);
      return single(emptyFile(path, format, head.length));
    }
    if (format == null) {
      format = InputFormats.fromContent(head, head.length);
      if (format == SourceFormat.WARC) {
        closeQuietly(content);
        return read(path, SourceFormat.WARC, split, opener); // the WARC reader takes the raw bytes
      }
      if (format == null) {
        closeQuietly(content);
        return single(
            new ReadResult.Failure(
                path,
                null,
                null,
                RejectReason.UNKNOWN_FORMAT,
                "neither the name nor the first bytes show HTML, WARC, JSONL or text",
                excerpt(head)));
      }
    }
    String notText = TextCheck.problem(HtmlDecoder.decode(head, null));
    if (notText != null) {
      closeQuietly(content);
      return single(
          new ReadResult.Failure(
              path, null, format, RejectReason.NOT_TEXT, notText + " (a binary file?)", null));
    }
    return switch (format) {
      case HTML, TEXT -> wholeFile(path, format, split, content);
      case JSONL -> new JsonlIterator(path, content);
      case WARC -> throw new IllegalStateException("unreachable");
    };
  }

  private static Iterator<ReadResult> wholeFile(
      String path, SourceFormat format, TextSplit split, InputStream content) {
    byte[] bytes;
    try (content) {
      bytes = content.readNBytes(MAX_RECORD_BYTES + 1);
    } catch (EOFException | ZipException e) {
      return single(
          new ReadResult.Failure(path, null, format, RejectReason.CORRUPT_GZIP, message(e), null));
    } catch (IOException e) {
      return single(
          new ReadResult.Failure(
              path, null, format, RejectReason.UNREADABLE_FILE, message(e), null));
    }
    if (bytes.length > MAX_RECORD_BYTES) {
      return single(
          new ReadResult.Failure(
              path,
              null,
              format,
              RejectReason.TOO_LARGE,
              WarcRecords.tooLarge("the file"),
              excerpt(bytes)));
    }
    if (isBlank(bytes, bytes.length)) {
      return single(emptyFile(path, format, bytes.length));
    }
    String text = HtmlDecoder.decode(bytes, null);
    if (format == SourceFormat.HTML) {
      return single(
          new ReadResult.Document(
              new RawDocument(path, null, format, true, text, null, null, RawDocument.Hints.NONE)));
    }
    List<TextDumpSplitter.Segment> articles = TextDumpSplitter.segments(text, split);
    if (articles.isEmpty()) {
      // a dump the splitter finds no article in is still one record
      return single(
          new ReadResult.Document(
              new RawDocument(
                  path, null, format, false, text, null, null, RawDocument.Hints.NONE)));
    }
    List<ReadResult> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      TextDumpSplitter.Segment a = articles.get(i);
      Long record = articles.size() == 1 ? null : (long) i;
      out.add(
          new ReadResult.Document(
              new RawDocument(
                  path,
                  record,
                  format,
                  false,
                  a.text(),
                  null,
                  null,
                  RawDocument.Hints.NONE,
                  new RawDocument.Lines(a.firstLine(), a.lastLine()))));
    }
    return out.iterator();
  }

  /** Maps one JSONL object to a document; the common field names of news dumps are recognised. */
  static ReadResult fromJson(String path, long lineNumber, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return new ReadResult.Failure(
          path, lineNumber, SourceFormat.JSONL, RejectReason.INVALID_JSON, message(e), line);
    }
    if (node == null || !node.isObject()) {
      return new ReadResult.Failure(
          path,
          lineNumber,
          SourceFormat.JSONL,
          RejectReason.INVALID_JSON,
          "line is JSON but not an object",
          line);
    }
    try {
      return fromJsonObject(path, lineNumber, node);
    } catch (RuntimeException e) {
      // a field whose value no reader expects; the line is JSON, but not an article we can read
      return new ReadResult.Failure(
          path,
          lineNumber,
          SourceFormat.JSONL,
          RejectReason.INVALID_JSON,
          "fields cannot be read: " + message(e),
          line);
    }
  }

  private static ReadResult fromJsonObject(String path, long lineNumber, JsonNode node) {
    String html = JsonFields.text(node, "html", "raw_html", "content_html");
    String body = JsonFields.body(node, "text", "maintext", "body", "content", "article_text");
    boolean isHtml = body == null && html != null;
    RawDocument.Hints hints =
        new RawDocument.Hints(
            JsonFields.text(node, "id", "_id", "article_id"),
            JsonFields.text(node, "title", "headline"),
            JsonFields.authors(node, "authors", "author", "byline"),
            JsonFields.date(
                node,
                "date",
                "date_publish",
                "published",
                "published_at",
                "publish_date",
                "pubdate",
                "datePublished"),
            JsonFields.name(node, "outlet", "source", "source_domain", "site_name", "publisher"),
            JsonFields.text(node, "language", "lang"),
            JsonFields.text(node, "section", "category"),
            JsonFields.text(node, "description", "summary"),
            JsonFields.text(node, "page_type", "pageType"));
    String url = JsonFields.text(node, "url", "link", "source_url");
    return new ReadResult.Document(
        new RawDocument(
            path,
            lineNumber,
            SourceFormat.JSONL,
            isHtml,
            isHtml ? html : (body == null ? "" : body),
            url,
            null,
            hints));
  }

  /**
   * The lines of a JSONL file, each at most {@link #MAX_RECORD_BYTES} characters: a longer line is
   * a {@code too_large} reject and is skipped without being held. A byte-order mark (UTF-8 or
   * UTF-16) at the start sets the charset; without one the file is read as UTF-8.
   */
  private static final class JsonlIterator extends LazyIterator {
    private final String path;
    private final Reader reader;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean any;

    JsonlIterator(String path, InputStream content) {
      this.path = path;
      this.reader = readerWithoutBom(content);
    }

    @Override
    protected ReadResult computeNext() {
      try {
        while (true) {
          StringBuilder line = new StringBuilder();
          int state = readLine(line);
          if (state < 0) {
            if (!any) {
              return failAndEnd(
                  new ReadResult.Failure(
                      path,
                      null,
                      SourceFormat.JSONL,
                      RejectReason.EMPTY_FILE,
                      "the file holds no JSON line",
                      null));
            }
            return endOfData();
          }
          lineNumber++;
          if (state == 1) {
            any = true;
            return new ReadResult.Failure(
                path,
                lineNumber,
                SourceFormat.JSONL,
                RejectReason.TOO_LARGE,
                WarcRecords.tooLarge("line " + lineNumber),
                line.toString());
          }
          if (!line.toString().isBlank()) {
            any = true;
            return fromJson(path, lineNumber, line.toString());
          }
        }
      } catch (IOException e) {
        return failAndEnd(
            new ReadResult.Failure(
                path,
                lineNumber + 1,
                SourceFormat.JSONL,
                e instanceof EOFException || e instanceof ZipException
                    ? RejectReason.CORRUPT_GZIP
                    : RejectReason.UNREADABLE_FILE,
                "stopped reading at line " + (lineNumber + 1) + ": " + message(e),
                null));
      }
    }

    /**
     * Reads one line (without its line break) into {@code line}: 0 for a line, 1 for a line longer
     * than the limit (only its start kept, the rest skipped), -1 at the end of the file.
     */
    private int readLine(StringBuilder line) throws IOException {
      boolean tooLong = false;
      boolean read = false;
      while (true) {
        if (pos == limit) {
          limit = reader.read(buf, 0, buf.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            return read ? (tooLong ? 1 : 0) : -1;
          }
        }
        read = true;
        int start = pos;
        while (pos < limit && buf[pos] != '\n') {
          pos++;
        }
        if (!tooLong) {
          line.append(buf, start, pos - start);
          if (line.length() > MAX_RECORD_BYTES) {
            tooLong = true;
            line.setLength(RejectSchema.MAX_EXCERPT);
          }
        }
        if (pos < limit) {
          pos++; // the line break
          int end = line.length();
          if (!tooLong && end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return tooLong ? 1 : 0;
        }
      }
    }

    @Override
    protected void close() {
      closeQuietly(reader);
    }
  }

  /** A reader in the charset a byte-order mark shows (UTF-8 without one), past the mark. */
  private static Reader readerWithoutBom(InputStream content) {
    InputStream in = content.markSupported() ? content : new BufferedInputStream(content);
    Charset charset = StandardCharsets.UTF_8;
    try {
      in.mark(3);
      int a = in.read();
      int b = in.read();
      int c = in.read();
      in.reset();
      int skip = 0;
      if (a == 0xEF && b == 0xBB && c == 0xBF) {
        skip = 3;
      } else if (a == 0xFE && b == 0xFF) {
        charset = StandardCharsets.UTF_16BE;
        skip = 2;
      } else if (a == 0xFF && b == 0xFE) {
        charset = StandardCharsets.UTF_16LE;
        skip = 2;
      }
      in.skipNBytes(skip);
    } catch (IOException e) {
      // the first read fails again, and is reported, when the lines are read
    }
    return new InputStreamReader(in, charset);
  }

  /**
   * Hadoop's local file system reports a failed read as {@link FSError}, an {@link Error}; as an
   * IOException it becomes a reject like any other read failure instead of failing the task.
   */
  private static final class ReadErrorsAsIOExceptions extends java.io.FilterInputStream {
    ReadErrorsAsIOExceptions(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (FSError e) {
        throw new IOException(e.getMessage(), e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (FSError e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  private static Iterator<ReadResult> single(ReadResult result) {
    return List.of(result).iterator();
  }

  private static ReadResult.Failure emptyFile(String path, SourceFormat format, int length) {
    return new ReadResult.Failure(
        path,
        null,
        format,
        RejectReason.EMPTY_FILE,
        length == 0 ? "the file is empty" : "the file holds only white space",
        null);
  }

  /** Whether the first {@code n} bytes are all ASCII white space. */
  private static boolean isBlank(byte[] bytes, int n) {
    for (int i = 0; i < n; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b) {
        return false;
      }
    }
    return true;
  }

  static String excerpt(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      // nothing left to read from it
    }
  }
}
