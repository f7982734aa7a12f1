package org.newslens.ingest.extract;

import java.io.Serializable;
import java.time.Instant;
import org.newslens.common.schema.SourceFormat;

/**
 * One record read from an archive, before extraction.
 *
 * @param sourcePath Hadoop path of the file it came from
 * @param sourceRecord position in that file (WARC offset, JSONL line, text-dump article index), or
 *     null
 * @param format the archive format it was read from
 * @param html true when {@code content} is an HTML page, false when it is plain text (one paragraph
 *     per line or paragraphs separated by blank lines)
 * @param content the decoded page or text
 * @param url WARC-Target-URI, the JSONL url field, or null
 * @param crawlDate WARC-Date, or null; a last-resort publication date only
 * @param hints metadata the archive itself supplies (JSONL fields), never null
 * @param lines first and last line (1-based) of a text-dump article in its file, or null
 */
public record RawDocument(
    String sourcePath,
    Long sourceRecord,
    SourceFormat format,
    boolean html,
    String content,
    String url,
    Instant crawlDate,
    Hints hints,
    Lines lines)
    implements Serializable {

  /** A document without a line range (anything but a text-dump article). */
  public RawDocument(
      String sourcePath,
      Long sourceRecord,
      SourceFormat format,
      boolean html,
      String content,
      String url,
      Instant crawlDate,
      Hints hints) {
    this(sourcePath, sourceRecord, format, html, content, url, crawlDate, hints, null);
  }

  /** First and last line of an article in its text file, 1-based. */
  public record Lines(int first, int last) implements Serializable {}

  /** Metadata an archive supplies next to the content; every field may be null. */
  public record Hints(
      String id,
      String title,
      java.util.List<String> authors,
      String date,
      String outlet,
      String language,
      String section,
      String description,
      String pageType)
      implements Serializable {
    public static final Hints NONE =
        new Hints(null, null, null, null, null, null, null, null, null);
  }
}
