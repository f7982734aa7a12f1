package org.newslens.ingest;

import java.util.Map;
import org.newslens.common.manifest.RunManifest;

/**
 * The counts of one ingest run. Every input record is exactly one of: an article, a duplicate of
 * one, or a reject.
 *
 * @param recordsIn records read (pages, WARC responses, JSONL lines, text-dump articles, unreadable
 *     files)
 * @param articles unique articles written
 * @param duplicates accepted records dropped as exact duplicates (same canonical URL or content
 *     hash)
 * @param rejects records written to rejects
 */
public record IngestSummary(
    long recordsIn,
    long articles,
    long duplicates,
    long rejects,
    Map<String, Long> byFormat,
    Map<String, Long> byReason,
    int files,
    long bytes,
    double seconds) {

  /** Every record read is accounted for ({@link RunManifest.RecordCounts#reconciles}). */
  public boolean reconciled() {
    return new RunManifest.RecordCounts(recordsIn, articles, duplicates, rejects).reconciles()
        && duplicates >= 0;
  }

  public double rejectRatio() {
    return recordsIn == 0 ? 0 : (double) rejects / recordsIn;
  }

  /**
   * Why the run fails {@code --max-reject-ratio max} (one line), or null when it does not (or there
   * is no maximum).
   */
  public String rejectRatioFailure(Double max, String output) {
    if (max == null || rejectRatio() <= max) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "reject ratio %.3f (%d rejects of %d records) exceeds --max-reject-ratio %s;"
            + " the rejects and the manifest are in %s",
        rejectRatio(),
        rejects,
        recordsIn,
        max,
        output);
  }

  /** The few lines the job prints at the end of every run. */
  public String report(String output) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("ingest: %d files, %.1f MB in %.1f s%n", files, bytes / 1e6, seconds));
    out.append(
        String.format(
            "records_in=%d = articles %d + duplicates %d + rejects %d  [%s]%n",
            recordsIn,
            articles,
            duplicates,
            rejects,
            reconciled() ? "reconciled" : "NOT RECONCILED"));
    out.append("records by format: ").append(byFormat).append('\n');
    out.append("rejects by reason: ")
        .append(byReason.isEmpty() ? "none" : byReason.toString())
        .append('\n');
    out.append("outputs: ").append(output).append("/{articles,rejects,_manifest.json}");
    return out.toString();
  }
}
