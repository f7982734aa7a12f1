package org.newslens.ingest.evaluate;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.common.cli.SubmittedHadoopConf;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.PageType;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.IngestPipeline;
import org.newslens.ingest.source.text.TextSplit;

/**
 * {@code bin/newslens evaluate extraction|dates|page-types}: runs the ingest pipeline over a
 * benchmark's pages and writes predictions for its scorer, then measures extraction speed. See
 * {@link EvaluateOptions#USAGE}.
 */
public final class EvaluateJob {
  private EvaluateJob() {}

  public static void main(String[] args) throws Exception {
    EvaluateOptions opts = EvaluateOptions.parseOrExit(args);
    Configuration local = SubmittedHadoopConf.forThisDriver();
    Path truth = new Path(opts.groundTruth());
    if (!truth.getFileSystem(local).exists(truth)) {
      System.err.println("newslens evaluate: ground truth not found: " + opts.groundTruth());
      System.exit(2);
    }
    SparkSession spark =
        SparkSession.builder().appName("news-evaluate-" + opts.kind()).getOrCreate();
    try {
      run(spark, opts);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, EvaluateOptions opts) throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String input = opts.predictions() + ".pages.jsonl";
    List<String> ids = BenchmarkPages.writeInput(opts.groundTruth(), input, conf);
    try {
      IngestOptions ingest =
          new IngestOptions(
              List.of(input),
              opts.predictions() + ".unused",
              SourceFormat.JSONL,
              null,
              null,
              false,
              null,
              opts.partitions(),
              TextSplit.AUTO,
              true);
      Map<String, Map<String, Object>> values = predictions(spark, ingest, opts.kind(), ids);
      String field =
          switch (opts.kind()) {
            case "dates" -> "date";
            case PAGE_TYPES -> "page_type";
            default -> "text";
          };
      BenchmarkPages.writePredictions(opts.predictions(), ids, values, conf);
      long predicted =
          values.values().stream()
              .map(v -> v.get(field))
              .filter(v -> v != null && !v.toString().isEmpty())
              .count();
      System.out.printf(
          "evaluate %s: %d pages, %d with a %s, predictions in %s%n",
          opts.kind(), ids.size(), predicted, field, opts.predictions());
      for (int pass = 1; pass <= opts.timingPasses(); pass++) {
        ExtractionTiming.Pass p = ExtractionTiming.measure(spark, input, opts.partitions());
        System.out.printf(
            "timing pass %d: %d pages, extraction %.0f pages/s per core (CPU %.2f s),"
                + " jsoup parse alone %.0f pages/s per core%n",
            pass,
            p.pages(),
            p.extractPagesPerSecond(),
            p.extractNanos() / 1e9,
            p.parsePagesPerSecond());
      }
    } finally {
      Path in = new Path(input);
      in.getFileSystem(conf).delete(in, false);
    }
  }

  private static final String PAGE_TYPES = "page-types";

  /**
   * id → predicted fields from the pipeline's extracted rows, matched by input line ({@code
   * source_record}, 1-based, which rejects carry too). Extraction: the body text (empty for a
   * reject), the title and the authors (null and empty for a reject); both kinds: the publication
   * day that date extraction found ({@code published_date}, which a page rejected for its body
   * keeps in the extracted frame). Page types: whether the page is an article, its {@code
   * page_type} and {@code page_type_score} (false, null and null for a reject), instead of the
   * others.
   */
  static Map<String, Map<String, Object>> predictions(
      SparkSession spark, IngestOptions ingest, String kind, List<String> ids) throws Exception {
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (Row r :
        IngestPipeline.extract(spark, ingest)
            .select(
                col(ArticleColumns.SOURCE_RECORD),
                col(ArticleColumns.TEXT),
                col(ArticleColumns.PUBLISHED_DATE),
                col(ArticleColumns.TITLE),
                col(ArticleColumns.AUTHORS),
                col(ArticleColumns.PAGE_TYPE),
                col(ArticleColumns.PAGE_TYPE_SCORE))
            .collectAsList()) {
      if (r.isNullAt(0) || r.getLong(0) < 1 || r.getLong(0) > ids.size()) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      if (kind.equals(PAGE_TYPES)) {
        String type = r.isNullAt(5) ? null : r.getString(5);
        row.put("is_article", PageType.ARTICLE.code().equals(type));
        row.put("page_type", type);
        row.put("page_type_score", r.isNullAt(6) ? null : r.getDouble(6));
        values.put(ids.get((int) r.getLong(0) - 1), row);
        continue;
      }
      if (!kind.equals("dates")) {
        row.put("text", r.isNullAt(1) ? "" : r.getString(1));
        row.put("title", r.isNullAt(3) ? null : r.getString(3));
        row.put("authors", r.isNullAt(4) ? List.of() : r.getList(4));
      }
      row.put("date", r.isNullAt(2) ? null : r.getDate(2).toLocalDate().toString());
      values.put(ids.get((int) r.getLong(0) - 1), row);
    }
    return values;
  }
}
