package org.newslens.ingest.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newslens.common.cli.Cli;
import org.newslens.common.cli.SubmittedHadoopConf;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.schema.ArticleColumns;
import org.newslens.common.spark.RunResources;

/**
 * {@code bin/newslens dedup}: an articles table → {@code near_duplicates} (one row per article) and
 * a manifest; {@code bin/newslens evaluate near-duplicates}: a benchmark's records → predictions
 * for its scorer. See {@link NearDuplicateOptions#USAGE}.
 */
public final class NearDuplicateJob {
  public static final String TABLE = "near_duplicates";
  public static final String JOB = "news-near-duplicates";
  public static final String WIRE_AGENCY = "wire_agency";

  /** Named pure function behind the wire-agency UDF. */
  private static final UDF2<String, scala.collection.Seq<String>, String> AGENCY_OF =
      (text, authors) ->
          WireAgency.of(
              text,
              authors == null ? List.of() : scala.jdk.javaapi.CollectionConverters.asJava(authors));

  private NearDuplicateJob() {}

  public static void main(String[] args) throws Exception {
    NearDuplicateOptions opts = NearDuplicateOptions.parseOrExit(args);
    checkPathsOrExit(opts);
    SparkSession spark = SparkSession.builder().appName(JOB).getOrCreate();
    try {
      if (opts.evaluate()) {
        evaluate(spark, opts);
      } else {
        System.out.println(run(spark, opts));
      }
    } finally {
      spark.stop();
    }
  }

  private static void checkPathsOrExit(NearDuplicateOptions opts) {
    String command = opts.evaluate() ? "newslens evaluate near-duplicates" : "newslens dedup";
    try {
      Configuration conf = SubmittedHadoopConf.forThisDriver();
      Path in = new Path(opts.input());
      if (!in.getFileSystem(conf).exists(in)) {
        Cli.exitUsage(command, "input not found: " + opts.input());
      }
      Path out = new Path(opts.output());
      if (!opts.evaluate() && !opts.overwrite() && out.getFileSystem(conf).exists(out)) {
        Cli.exitUsage(command, "output exists (use --overwrite to replace it): " + opts.output());
      }
    } catch (IOException e) {
      Cli.exitUsage(command, "cannot check the paths: " + e.getMessage());
    }
  }

  /** Writes {@code near_duplicates} and the manifest; returns the one-line summary. */
  static String run(SparkSession spark, NearDuplicateOptions opts) throws IOException {
    Instant started = Instant.now();
    Dataset<Row> articles = spark.read().parquet(opts.input());
    UserDefinedFunction agencyOf = udf(AGENCY_OF, DataTypes.StringType);
    Dataset<Row> docs =
        articles.select(
            col(ArticleColumns.ARTICLE_ID).as(NearDuplicates.ID),
            col(ArticleColumns.OUTLET).as(NearDuplicates.OUTLET),
            col(ArticleColumns.PUBLISHED_DATE).as(NearDuplicates.DATE),
            col(ArticleColumns.TEXT).as(NearDuplicates.TEXT),
            agencyOf
                .apply(substring(col(ArticleColumns.TEXT), 1, 200), col(ArticleColumns.AUTHORS))
                .as(WIRE_AGENCY));
    // the bodies are read once, into this narrow frame
    Dataset<Row> signed = NearDuplicates.signed(docs).localCheckpoint();
    Dataset<Row> clusters = NearDuplicates.clusters(signed, opts.threshold());
    Dataset<Row> table =
        signed
            .drop(NearDuplicates.SIGNATURE)
            .join(clusters, new String[] {NearDuplicates.ID}, "left")
            .select(
                col(NearDuplicates.ID).as(ArticleColumns.ARTICLE_ID),
                col(NearDuplicates.OUTLET),
                col(NearDuplicates.DATE),
                col(NearDuplicates.CLUSTER),
                coalesce(col(NearDuplicates.CLUSTER_SIZE), lit(1L)).as(NearDuplicates.CLUSTER_SIZE),
                coalesce(col(NearDuplicates.NEAR_DUPLICATE), lit(false))
                    .as(NearDuplicates.NEAR_DUPLICATE),
                coalesce(col(NearDuplicates.SYNDICATED), lit(false)).as(NearDuplicates.SYNDICATED),
                col(WIRE_AGENCY));
    String path = new Path(opts.output(), TABLE).toString();
    table.write().mode(SaveMode.Overwrite).option("compression", "snappy").parquet(path);
    Row counts =
        spark
            .read()
            .parquet(path)
            .selectExpr(
                "count(*)",
                "count(dup_cluster_id)",
                "count(distinct dup_cluster_id)",
                "count_if(is_near_duplicate)",
                "count_if(is_syndicated)",
                "count(wire_agency)")
            .first();
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("articles", counts.getLong(0));
    results.put("in_clusters", counts.getLong(1));
    results.put("clusters", counts.getLong(2));
    results.put("near_duplicates", counts.getLong(3));
    results.put("syndicated", counts.getLong(4));
    results.put("wire_credited", counts.getLong(5));
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("started_at", started.toString());
    timings.put("total_seconds", Duration.between(started, Instant.now()).toMillis() / 1000.0);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("threshold", opts.threshold());
    parameters.put("bands", NearDuplicates.BANDS);
    parameters.put("rows_per_band", NearDuplicates.ROWS);
    parameters.put("shingle_words", MinHash.SHINGLE_WORDS);
    new RunManifest(
            JOB,
            Map.of("articles", opts.input()),
            parameters,
            Map.of("spark", spark.version(), "java", System.getProperty("java.version")),
            timings,
            RunResources.of(spark.sparkContext()),
            results)
        .write(opts.output(), spark.sparkContext().hadoopConfiguration());
    return String.format(
        "near-duplicates: %d articles, %d in %d clusters (%d near-duplicates within an outlet,"
            + " %d syndicated), %d crediting a wire agency; %s and %s/%s written",
        counts.getLong(0),
        counts.getLong(1),
        counts.getLong(2),
        counts.getLong(3),
        counts.getLong(4),
        counts.getLong(5),
        path,
        opts.output(),
        RunManifest.FILE_NAME);
  }

  /**
   * Clusters a benchmark's records (reading only id, outlet, date, title and body or text) and
   * writes one prediction per record: {@code id}, {@code dup_cluster_id}, {@code
   * is_near_duplicate}, {@code is_syndicated}.
   */
  static void evaluate(SparkSession spark, NearDuplicateOptions opts) throws IOException {
    Dataset<Row> records = spark.read().json(opts.input());
    List<String> fields = List.of(records.columns());
    Column body = fields.contains("body") ? col("body") : col("text");
    Column title = fields.contains("title") ? col("title") : lit(null).cast("string");
    Dataset<Row> docs =
        records.select(
            col("id").cast("string").as(NearDuplicates.ID),
            (fields.contains("outlet") ? col("outlet") : lit("")).as(NearDuplicates.OUTLET),
            (fields.contains("date") ? col("date").cast("date") : lit(null).cast("date"))
                .as(NearDuplicates.DATE),
            concat_ws("\n\n", title, body).as(NearDuplicates.TEXT));
    Map<String, Row> clustered = new LinkedHashMap<>();
    Dataset<Row> signed = NearDuplicates.signed(docs).localCheckpoint();
    for (Row r : NearDuplicates.clusters(signed, opts.threshold()).collectAsList()) {
      clustered.put(r.getString(0), r);
    }
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Row r : signed.select(NearDuplicates.ID).collectAsList()) {
      Row c = clustered.get(r.getString(0));
      Map<String, Object> prediction = new LinkedHashMap<>();
      prediction.put("id", r.getString(0));
      prediction.put("dup_cluster_id", c == null ? null : c.getString(1));
      prediction.put("is_near_duplicate", c != null && c.getBoolean(3));
      prediction.put("is_syndicated", c != null && c.getBoolean(4));
      lines.add(json.writeValueAsString(prediction));
    }
    Path out = new Path(opts.output());
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (var stream = fs.create(out, true)) {
      stream.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf(
        "evaluate near-duplicates: %d records, %d in clusters, predictions in %s%n",
        lines.size(), clustered.size(), opts.output());
  }
}
