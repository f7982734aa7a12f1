package org.newslens.ingest.source;

import java.io.Serializable;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.RawDocument;

/** One record read from an archive: a document to extract, or a record that could not be read. */
public sealed interface ReadResult extends Serializable {
  record Document(RawDocument document) implements ReadResult {}

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
