package org.newslens.ingest.extract;

import org.newslens.common.schema.RejectReason;

/** The outcome of extracting one record: an article, or a reason it could not become one. Never null, never thrown. */
public sealed interface Extraction {
  record Ok(Article article) implements Extraction {}

  record Rejected(RejectReason reason, String detail) implements Extraction {}
}
