package org.newslens.ingest.source;

import java.io.Serializable;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.RawDocument;

/**
 * One record read from an archive: a document to extract, a record that could not be read, or a
 * WARC record that carries no page and is only counted.
 */
public sealed interface ReadResult extends Serializable {
  record Document(RawDocument document) implements ReadResult {}

  /**
   * A WARC record of a type that carries no page ({@code warcinfo}, {@code request}, {@code
   * metadata}, {@code revisit} …): not a record of the run's {@code records_in}, counted by type.
   *
   * @param sourceRecord the record's byte offset
   * @param warcType its {@code WARC-Type}
   */
  record Skipped(String sourcePath, long sourceRecord, String warcType) implements ReadResult {}

  /**
   * @param format null when the format could not be told
   * @param sourceRecord position in the file, null for the whole file
   */
  record Failure(
      String sourcePath,
      Long sourceRecord,
      SourceFormat format,
      RejectReason reason,
      String detail,
      String excerpt)
      implements ReadResult {
    public Failure {
      detail = RejectSchema.truncate(detail, RejectSchema.MAX_DETAIL);
      excerpt = RejectSchema.truncate(excerpt, RejectSchema.MAX_EXCERPT);
    }
  }
}
