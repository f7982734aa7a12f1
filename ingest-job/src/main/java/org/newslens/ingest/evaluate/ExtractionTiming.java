package org.newslens.ingest.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.jsoup.Jsoup;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.ExtractionDefaults;
import org.newslens.ingest.extract.RawDocument;

/**
 * Extraction speed in pages per second per core: CPU time of the executor threads spent inside
 * {@link ArticleExtractor#extract} (and, for reference, inside a bare jsoup parse of the same
 * page), summed through accumulators over one pass of the pages.
 */
final class ExtractionTiming {
  /** One pass: pages seen, CPU nanoseconds in extraction, CPU nanoseconds in a bare parse. */
  record Pass(long pages, long extractNanos, long parseNanos) {
    double extractPagesPerSecond() {
      return extractNanos == 0 ? 0 : pages / (extractNanos / 1e9);
    }

    double parsePagesPerSecond() {
      return parseNanos == 0 ? 0 : pages / (parseNanos / 1e9);
    }
  }

  private ExtractionTiming() {}

  static Pass measure(SparkSession spark, String input, int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator pages = jsc.sc().longAccumulator("timed_pages");
    LongAccumulator extract = jsc.sc().longAccumulator("extract_cpu_nanos");
    LongAccumulator parse = jsc.sc().longAccumulator("parse_cpu_nanos");
    ExtractionDefaults defaults = new ExtractionDefaults(null, null, Instant.now());
    jsc.textFile(input, Math.max(1, partitions))
        .foreachPartition(
            lines -> {
              ObjectMapper json = new ObjectMapper();
              ThreadMXBean mx = ManagementFactory.getThreadMXBean();
              while (lines.hasNext()) {
                JsonNode row = json.readTree(lines.next());
                String url = row.hasNonNull("url") ? row.get("url").asText() : null;
                String html = row.path("html").asText();
                RawDocument doc =
                    new RawDocument(
                        input,
                        null,
                        SourceFormat.JSONL,
                        true,
                        html,
                        url,
                        null,
                        RawDocument.Hints.NONE);
                long t0 = mx.getCurrentThreadCpuTime();
                ArticleExtractor.extract(doc, defaults);
                long t1 = mx.getCurrentThreadCpuTime();
                Jsoup.parse(html, url == null ? "" : url);
                long t2 = mx.getCurrentThreadCpuTime();
                pages.add(1);
                extract.add(t1 - t0);
                parse.add(t2 - t1);
              }
            });
    return new Pass(pages.value(), extract.value(), parse.value());
  }
}
