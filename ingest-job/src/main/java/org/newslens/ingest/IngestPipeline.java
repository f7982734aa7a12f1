package org.newslens.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.newslens.common.cli.UsageException;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.output.StagedOutput;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.RejectSchema;
import org.newslens.common.schema.SourceFormat;
import org.newslens.common.spark.RunResources;
import org.newslens.common.spark.ShufflePartitions;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.ExtractionDefaults;
import org.newslens.ingest.sink.ParquetSink;
import org.newslens.ingest.source.ArchiveReader;
import org.newslens.ingest.source.InputFiles;
import org.newslens.ingest.source.InputFormats;
import org.newslens.ingest.source.ReadResult;
import org.newslens.ingest.source.text.TextSplit;

/**
 * Read → extract → split accepted/rejected → drop duplicates → write, and the manifest that
 * reconciles the counts.
 */
public final class IngestPipeline {
  private IngestPipeline() {}

  /**
   * Runs the whole ingest over already-listed inputs and writes articles, rejects and the manifest.
   *
   * <p>Every record is extracted once, and the extracted rows are written once to a working copy;
   * the copy to keep of each duplicate is chosen from a narrow projection of keys, and the articles
   * are then written in one shuffle of their bodies (by publication day). Counts come from the
   * working copy and from the tables written, never from a second extraction.
   *
   * <p>Everything is written under a staging folder of the output and published, the manifest last,
   * only when all of it succeeded ({@link StagedOutput}): a run that fails or is killed leaves the
   * previous output as it was.
   */
  public static IngestSummary run(
      SparkSession spark, IngestOptions opts, List<InputFiles.InputFile> files)
      throws java.io.IOException {
    StagedOutput out =
        StagedOutput.open(
            opts.output(),
            List.of(ParquetSink.ARTICLES, ParquetSink.REJECTS),
            spark.sparkContext().hadoopConfiguration());
    try {
      return run(spark, opts, files, out);
    } catch (java.io.IOException | RuntimeException | Error e) {
      out.abandon();
      throw e;
    }
  }

  /** Writes everything under the run's staging folder of {@code out}, then publishes it. */
  private static IngestSummary run(
      SparkSession spark, IngestOptions opts, List<InputFiles.InputFile> files, StagedOutput out)
      throws java.io.IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    long bytes = files.stream().mapToLong(InputFiles.InputFile::bytes).sum();
    ShufflePartitions.fit(spark, bytes);
    Dataset<Row> extracted =
        ParquetSink.stage(extract(spark, opts, files, started), out.workPath("extracted"));
    long t1 = System.nanoTime();

    Map<String, Long> byFormat = new TreeMap<>();
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, Long> skipped = new TreeMap<>();
    Map<String, Long> byPageType = new TreeMap<>();
    Map<String, Long> notArticles = new TreeMap<>();
    long recordsIn = 0;
    long rejects = 0;
    for (Row r :
        extracted
            .groupBy(
                col(ArticleColumns.SOURCE_FORMAT),
                col(RejectSchema.REASON),
                col(ExtractedRows.SKIPPED_TYPE),
                col(ArticleColumns.PAGE_TYPE))
            .count()
            .collectAsList()) {
      String format = r.isNullAt(0) ? "unknown" : r.getString(0);
      long n = r.getLong(4);
      if (!r.isNullAt(2)) {
        skipped.merge(r.getString(2), n, Long::sum);
        continue;
      }
      byFormat.merge(format, n, Long::sum);
      recordsIn += n;
      if (!r.isNullAt(1)) {
        byReason.merge(r.getString(1), n, Long::sum);
        rejects += n;
      }
      if (!r.isNullAt(3)) {
        byPageType.merge(r.getString(3), n, Long::sum);
        if (RejectReason.NOT_ARTICLE.code().equals(r.getString(1))) {
          notArticles.merge(r.getString(3), n, Long::sum);
        }
      }
    }

    Dataset<Row> accepted = filterAccepted(extracted);
    ParquetSink.writeArticles(toUnique(accepted), out.runFolder());
    ParquetSink.writeRejects(toRejects(extracted), out.runFolder());
    // with the schema given, a run whose every record is a reject (no article file) reads 0
    long articles =
        spark
            .read()
            .schema(ArticleSchema.ARTICLE)
            .parquet(ParquetSink.articlesPath(out.runFolder()))
            .count();
    long t2 = System.nanoTime();

    long acceptedCount = recordsIn - rejects;
    IngestSummary summary =
        new IngestSummary(
            recordsIn,
            articles,
            acceptedCount - articles,
            rejects,
            byFormat,
            byReason,
            files.size(),
            bytes,
            (t2 - t0) / 1e9);
    out.publish(
        manifest(
            spark,
            opts,
            files,
            summary,
            started,
            skipped,
            new PageTypeCounts(byPageType, notArticles),
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9));
    return summary;
  }

  /**
   * Lists the inputs and extracts every record: the frame {@link #run} splits (used by the
   * evaluations too).
   */
  public static Dataset<Row> extract(SparkSession spark, IngestOptions opts) throws UsageException {
    List<InputFiles.InputFile> files =
        InputFiles.list(opts.inputs(), opts.format(), spark.sparkContext().hadoopConfiguration());
    return extract(spark, opts, files, Instant.now());
  }

  /**
   * One row per input record in {@link ExtractedRows#EXTRACTED}: articles with a null {@code
   * reason}, rejects with one, and one row per skipped WARC record. Files are streamed: a WARC or
   * JSONL file is never held whole in memory.
   */
  static Dataset<Row> extract(
      SparkSession spark, IngestOptions opts, List<InputFiles.InputFile> files, Instant started) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> paths =
        files.stream()
            .filter(InputFiles.InputFile::readable)
            .map(InputFiles.InputFile::path)
            .toList();
    int partitions = opts.partitions() > 0 ? opts.partitions() : jsc.defaultParallelism();
    SourceFormat forced = opts.format();
    TextSplit split = opts.split();
    ExtractionDefaults defaults =
        new ExtractionDefaults(opts.outlet(), opts.date(), started, opts.keepAllPages());
    Timestamp ingestedAt = Timestamp.from(started);
    // One broadcast of the Hadoop configuration for all files: Spark's binaryFiles ships a
    // compressed copy of it with every file, which cost more than extracting a page.
    Broadcast<SerializableWritable<Configuration>> conf =
        jsc.broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
    // A few slices per task slot, so that one slice of large files does not hold up the rest.
    int slices = Math.max(1, Math.min(paths.size(), partitions * 4));
    JavaRDD<Row> rows =
        paths.isEmpty()
            ? jsc.emptyRDD()
            : jsc.parallelize(paths, slices)
                .flatMap(
                    path ->
                        rowsOf(path, conf.value().value(), forced, split, defaults, ingestedAt));
    List<Row> unreadable =
        files.stream()
            .filter(f -> !f.readable())
            .map(
                f ->
                    ExtractedRows.of(
                        new ReadResult.Failure(
                            f.path(),
                            null,
                            f.format(),
                            RejectReason.UNREADABLE_FILE,
                            f.problem(),
                            null),
                        ingestedAt))
            .toList();
    if (!unreadable.isEmpty()) {
      rows = rows.union(jsc.parallelize(unreadable, 1));
    }
    return spark.createDataFrame(rows, ExtractedRows.EXTRACTED);
  }

  private static Iterator<Row> rowsOf(
      String path,
      Configuration conf,
      SourceFormat forced,
      TextSplit split,
      ExtractionDefaults defaults,
      Timestamp ingestedAt) {
    SourceFormat format = forced != null ? forced : InputFormats.fromName(path);
    Path file = new Path(path);
    Iterator<ReadResult> records =
        ArchiveReader.read(path, format, split, () -> file.getFileSystem(conf).open(file));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        ReadResult record = records.next();
        if (record instanceof ReadResult.Failure failure) {
          return ExtractedRows.of(failure, ingestedAt);
        }
        if (record instanceof ReadResult.Skipped skipped) {
          return ExtractedRows.of(skipped, ingestedAt);
        }
        ReadResult.Document doc = (ReadResult.Document) record;
        Extraction extraction = ArticleExtractor.extract(doc.document(), defaults);
        return extraction instanceof Extraction.Ok ok
            ? ExtractedRows.of(ok.article(), ingestedAt)
            : ExtractedRows.of(doc, (Extraction.Rejected) extraction, ingestedAt);
      }
    };
  }

  /** Rows that became articles, in the articles schema. */
  public static Dataset<Row> filterAccepted(Dataset<Row> extracted) {
    return extracted
        .filter(col(RejectSchema.REASON).isNull().and(col(ExtractedRows.SKIPPED_TYPE).isNull()))
        .select(columns(ArticleSchema.ARTICLE.fieldNames()));
  }

  /** Rows that did not, in the rejects schema. */
  public static Dataset<Row> toRejects(Dataset<Row> extracted) {
    return extracted
        .filter(col(RejectSchema.REASON).isNotNull())
        .select(columns(RejectSchema.REJECT.fieldNames()));
  }

  /**
   * Keeps one article per canonical URL, then one per content hash: the first by source path and
   * record, so that re-runs keep the same copy. Grain unchanged (one row per article). The copies
   * to drop are found from the narrow keys alone ({@link #toDuplicateKeys}) and filtered out with a
   * broadcast, so the articles' bodies are not shuffled for it.
   */
  public static Dataset<Row> toUnique(Dataset<Row> articles) {
    Dataset<Row> drop = toDuplicateKeys(articles);
    Column same =
        articles
            .col(ArticleColumns.SOURCE_PATH)
            .eqNullSafe(drop.col(DUP_PATH))
            .and(articles.col(ArticleColumns.SOURCE_RECORD).eqNullSafe(drop.col(DUP_RECORD)));
    return articles.join(broadcast(drop), same, "left_anti");
  }

  private static final String DUP_PATH = "_dup_path";
  private static final String DUP_RECORD = "_dup_record";

  /**
   * The source path and record ({@code _dup_path}, {@code _dup_record}) of every article that
   * repeats an earlier one: by canonical URL first, then, among the rest, by content hash.
   */
  static Dataset<Row> toDuplicateKeys(Dataset<Row> articles) {
    Dataset<Row> keys =
        articles.select(
            col(ArticleColumns.CANONICAL_URL),
            col(ArticleColumns.CONTENT_HASH),
            col(ArticleColumns.SOURCE_PATH),
            col(ArticleColumns.SOURCE_RECORD));
    Dataset<Row> byUrl = withRank(keys, ArticleColumns.CANONICAL_URL);
    Dataset<Row> byHash =
        withRank(byUrl.filter(col("_rank").equalTo(1)).drop("_rank"), ArticleColumns.CONTENT_HASH);
    return byUrl
        .filter(col("_rank").gt(1))
        .unionByName(byHash.filter(col("_rank").gt(1)))
        .select(
            col(ArticleColumns.SOURCE_PATH).as(DUP_PATH),
            col(ArticleColumns.SOURCE_RECORD).as(DUP_RECORD));
  }

  /** Adds {@code _rank}: 1 for the first row of each {@code key} by source, and for a null key. */
  private static Dataset<Row> withRank(Dataset<Row> keys, String key) {
    WindowSpec first =
        Window.partitionBy(col(key))
            .orderBy(
                col(ArticleColumns.SOURCE_PATH),
                col(ArticleColumns.SOURCE_RECORD).asc_nulls_first());
    return keys.withColumn(
        "_rank", when(col(key).isNull(), lit(1)).otherwise(row_number().over(first)));
  }

  private static Column[] columns(String[] names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static RunManifest manifest(
      SparkSession spark,
      IngestOptions opts,
      List<InputFiles.InputFile> files,
      IngestSummary s,
      Instant started,
      Map<String, Long> skippedWarcRecords,
      PageTypeCounts pageTypes,
      double extractSeconds,
      double writeSeconds) {
    Map<String, Long> filesByFormat = new TreeMap<>();
    for (InputFiles.InputFile f : files) {
      filesByFormat.merge(f.format() == null ? "detect" : f.format().code(), 1L, Long::sum);
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("paths", opts.inputs());
    inputs.put("files", files.size());
    inputs.put("bytes", s.bytes());
    inputs.put("files_by_format", filesByFormat);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("output", opts.output());
    parameters.put("format", opts.format() == null ? "auto" : opts.format().code());
    parameters.put("split", opts.split().code());
    parameters.put("outlet", opts.outlet());
    parameters.put("date", opts.date() == null ? null : opts.date().toString());
    parameters.put("overwrite", opts.overwrite());
    parameters.put("max_reject_ratio", opts.maxRejectRatio());
    parameters.put("partitions", opts.partitions());
    parameters.put("keep_pages", opts.keepAllPages() ? "all" : "articles");
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("newslens", IngestJob.class.getPackage().getImplementationVersion());
    versions.put("extractor", ArticleExtractor.VERSION);
    versions.put("spark", spark.version());
    versions.put("java", System.getProperty("java.version"));
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("started_at", started.toString());
    timings.put("finished_at", Instant.now().toString());
    timings.put("read_extract_seconds", round(extractSeconds));
    timings.put("dedup_write_seconds", round(writeSeconds));
    timings.put("total_seconds", round(s.seconds()));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("records_in", s.recordsIn());
    results.put("articles", s.articles());
    results.put("duplicates", s.duplicates());
    results.put("rejects", s.rejects());
    results.put("reconciled", s.reconciled());
    results.put("records_by_format", s.byFormat());
    results.put("rejects_by_reason", s.byReason());
    results.put("records_by_page_type", pageTypes.records());
    results.put("not_article_by_page_type", pageTypes.notArticles());
    results.put("warc_records_skipped", skippedWarcRecords);
    results.put(
        "outputs",
        Map.of(
            "articles", ParquetSink.articlesPath(opts.output()),
            "rejects", ParquetSink.rejectsPath(opts.output())));
    return new RunManifest(
        RunManifest.INGEST_JOB,
        inputs,
        parameters,
        versions,
        timings,
        RunResources.of(spark.sparkContext()),
        results);
  }

  /**
   * Records by detected page type: every record that became an article (before duplicates are
   * dropped) or a {@code not_article} reject, and those rejects alone.
   */
  private record PageTypeCounts(Map<String, Long> records, Map<String, Long> notArticles) {}

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
