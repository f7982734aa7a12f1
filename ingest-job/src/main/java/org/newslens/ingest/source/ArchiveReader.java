package org.newslens.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.fs.FSError;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.RawDocument;
import org.newslens.ingest.extract.TextDumpSplitter;

/**
 * Reads one archive file into a lazy stream of {@link ReadResult}s: HTML pages, WARC responses,
 * JSONL lines and text-dump articles, each as a document, and everything that cannot be read as a
 * failure with a reason. WARC and JSONL files are streamed record by record; a page or text dump is
 * read whole, up to {@link #MAX_FILE_BYTES}. Reading never throws: a file that breaks half-way
 * keeps the records read before the break.
 */
public final class ArchiveReader {
  /** Largest HTML page or text dump read whole, and largest WARC payload kept. */
  public static final int MAX_FILE_BYTES = 64 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SNIFF_BYTES = 512;

  /** Opens the file's raw bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Receives counts of what was read but is not a record (WARC request, metadata, revisit …
   * records).
   */
  @FunctionalInterface
  public interface Stats {
    void skippedWarcRecord(String type);
  }

  private ArchiveReader() {}

  /**
   * @param format the format from {@code --format} or the file name, or null to tell it from the
   *     content
   */
  public static Iterator<ReadResult> read(
      String path, SourceFormat format, Opener opener, Stats stats) {
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
      return new WarcIterator(path, in, stats);
    }
    InputStream content;
    try {
      content = gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
      if (format == null) {
        content.mark(SNIFF_BYTES);
        byte[] head = content.readNBytes(SNIFF_BYTES);
        content.reset();
        format = InputFormats.fromContent(head, head.length);
        if (format == SourceFormat.WARC) {
          closeQuietly(content);
          return read(
              path, SourceFormat.WARC, opener, stats); // jwarc reads the raw (maybe gzipped) stream
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
    } catch (IOException e) {
      closeQuietly(in);
      return single(
          new ReadResult.Failure(path, null, format, RejectReason.CORRUPT_GZIP, message(e), null));
    }
    return switch (format) {
      case HTML -> wholeFile(path, format, content);
      case TEXT -> wholeFile(path, format, content);
      case JSONL -> new JsonlIterator(path, content);
      case WARC -> throw new IllegalStateException("unreachable");
    };
  }

  private static Iterator<ReadResult> wholeFile(
      String path, SourceFormat format, InputStream content) {
    byte[] bytes;
    try (content) {
      bytes = content.readNBytes(MAX_FILE_BYTES + 1);
    } catch (EOFException | ZipException e) {
      return single(
          new ReadResult.Failure(path, null, format, RejectReason.CORRUPT_GZIP, message(e), null));
    } catch (IOException e) {
      return single(
          new ReadResult.Failure(
              path, null, format, RejectReason.UNREADABLE_FILE, message(e), null));
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return single(
          new ReadResult.Failure(
              path,
              null,
              format,
              RejectReason.UNREADABLE_FILE,
              "file is larger than " + (MAX_FILE_BYTES >> 20) + " MB",
              excerpt(bytes)));
    }
    String text = HtmlDecoder.decode(bytes, null);
    if (format == SourceFormat.HTML) {
      return single(
          new ReadResult.Document(
              new RawDocument(path, null, format, true, text, null, null, RawDocument.Hints.NONE)));
    }
    List<String> articles = TextDumpSplitter.split(text);
    List<ReadResult> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Long record = articles.size() == 1 ? null : (long) i;
      out.add(
          new ReadResult.Document(
              new RawDocument(
                  path,
                  record,
                  format,
                  false,
                  articles.get(i),
                  null,
                  null,
                  RawDocument.Hints.NONE)));
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
    String html = JsonFields.text(node, "html", "raw_html", "content_html");
    String body = JsonFields.text(node, "text", "maintext", "body", "content", "article_text");
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
            JsonFields.text(node, "description", "summary"));
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

  private static final class JsonlIterator extends LazyIterator {
    private final String path;
    private final BufferedReader reader;
    private long lineNumber;

    JsonlIterator(String path, InputStream content) {
      this.path = path;
      this.reader =
          new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    protected ReadResult computeNext() {
      try {
        String line;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          if (!line.isBlank()) {
            return fromJson(path, lineNumber, line);
          }
        }
        return endOfData();
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

    @Override
    protected void close() {
      closeQuietly(reader);
    }
  }

  private static final class WarcIterator extends LazyIterator {
    private final String path;
    private final InputStream in;
    private final Stats stats;
    private WarcReader reader;
    private long lastGood = -1;

    WarcIterator(String path, InputStream in, Stats stats) {
      this.path = path;
      this.in = in;
      this.stats = stats;
    }

    @Override
    protected ReadResult computeNext() {
      try {
        if (reader == null) {
          reader = new WarcReader(in);
        }
        while (true) {
          WarcRecord record = reader.next().orElse(null);
          if (record == null) {
            return endOfData();
          }
          lastGood = record.position();
          ReadResult result = fromRecord(record, lastGood);
          if (result != null) {
            return result;
          }
          stats.skippedWarcRecord(record.type());
        }
      } catch (ParsingException e) {
        return failAndEnd(failure(RejectReason.CORRUPT_WARC_RECORD, e));
      } catch (EOFException | ZipException e) {
        return failAndEnd(failure(RejectReason.CORRUPT_GZIP, e));
      } catch (IOException | RuntimeException e) {
        return failAndEnd(failure(RejectReason.CORRUPT_WARC_RECORD, e));
      }
    }

    /**
     * jwarc knows only where the last good record started, not where the broken one does, so a
     * break is reported at offset 0 when nothing was read, else as "after" the last good record's
     * offset.
     */
    private ReadResult failure(RejectReason reason, Exception e) {
      String where = lastGood < 0 ? "at offset 0" : "after the record at offset " + lastGood;
      return new ReadResult.Failure(
          path, Math.max(lastGood, 0), SourceFormat.WARC, reason, where + ": " + message(e), null);
    }

    /**
     * A document or failure for a response or resource record; null for records that carry no page.
     */
    private ReadResult fromRecord(WarcRecord record, long offset) throws IOException {
      if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
        return null;
      }
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
          return new ReadResult.Failure(
              path,
              offset,
              SourceFormat.WARC,
              RejectReason.HTTP_STATUS,
              "HTTP " + http.status() + " " + http.reason() + " for " + target,
              null);
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
      String type =
          payloadType == null ? "" : payloadType.base().toString().toLowerCase(Locale.ROOT);
      if (!(type.equals("text/html") || type.equals("application/xhtml+xml"))) {
        return new ReadResult.Failure(
            path,
            offset,
            SourceFormat.WARC,
            RejectReason.NOT_HTML,
            "payload is " + (type.isEmpty() ? "untyped" : type) + " for " + target,
            null);
      }
      byte[] bytes = body.stream().readNBytes(MAX_FILE_BYTES);
      String charset = payloadType.parameters().get("charset");
      String html = HtmlDecoder.decode(bytes, charset);
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

    @Override
    protected void close() {
      closeQuietly(reader);
      closeQuietly(in);
    }
  }

  /** An iterator whose elements are computed on demand; it closes its source after the last one. */
  private abstract static class LazyIterator implements Iterator<ReadResult> {
    private ReadResult next;
    private boolean done;

    /** The next element, or {@link #endOfData()}. */
    protected abstract ReadResult computeNext();

    protected abstract void close();

    protected final ReadResult endOfData() {
      done = true;
      close();
      return null;
    }

    /** Returns {@code failure} as the last element. */
    protected final ReadResult failAndEnd(ReadResult failure) {
      done = true;
      close();
      return failure;
    }

    @Override
    public final boolean hasNext() {
      if (next == null && !done) {
        next = computeNext();
      }
      return next != null;
    }

    @Override
    public final ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      return result;
    }
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

  private static String excerpt(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
  }

  private static String message(Throwable e) {
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
