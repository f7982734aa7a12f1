package org.newslens.analysis.sink;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.output.StagedOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only code that knows where the analysis tables go: {@code <output>/<table>/} as Parquet, in
 * the column order, types and descriptions of the table's schema, plus {@code
 * <output>/_manifest.json}. Every table, model and working copy is first written under the run's
 * staging folder ({@link StagedOutput}); {@link #publish} moves the tables and models into place,
 * the manifest last, so a run that fails or is killed leaves the previous output as it was.
 *
 * <p>A table is written in one job: its row count (and any other metric asked for) is observed
 * while it is written ({@link Dataset#observe}), never counted by a second job. How many files a
 * table gets follows its size: after a shuffle, adaptive query execution merges small partitions.
 *
 * <p>Tables that do not read each other are written at the same time ({@link #saveAsync}): most of
 * them are small aggregates whose time goes to planning and starting jobs rather than to the rows,
 * and while one waits for that the cores work on another. A table's content does not depend on it.
 */
public final class AnalysisSink {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisSink.class);

  /** Name of the observed row count among a write's metrics. */
  public static final String ROWS = "rows";

  private final StagedOutput out;

  /** Row counts by table name, in name order whatever order the writes finish in. */
  private final Map<String, Long> written = new ConcurrentSkipListMap<>();

  private final AtomicInteger observations = new AtomicInteger();
  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "table-writer");
            t.setDaemon(true);
            return t;
          });

  public AnalysisSink(StagedOutput out) {
    this.out = out;
  }

  /** The published output folder. */
  public String output() {
    return out.output();
  }

  /** Where {@code table} is written (in the run's staging folder until published). */
  public String path(Table table) {
    return out.stagedPath(table.name());
  }

  /** Where a model named {@code name} is saved (in the run's staging folder until published). */
  public String modelPath(String name) {
    return out.stagedPath(name);
  }

  /** Where the entry {@code name} (a table or model folder) is once published. */
  public String publishedPath(String name) {
    return out.publishedPath(name);
  }

  /**
   * Writes {@code frame} as {@code table}, replacing an older copy, and returns its row count.
   * Columns are selected, cast and described by the table's schema, so a frame with extra columns
   * or another order is written as documented.
   */
  public long write(Table table, Dataset<Row> frame) {
    return save(table, frame).rows();
  }

  /**
   * A written table: its rows, the metrics observed while writing it (by name, {@value #ROWS} among
   * them), and the table read back, for the stages that aggregate it further.
   */
  public record Written(long rows, Map<String, Object> metrics, Dataset<Row> table) {
    public long metric(String name) {
      Object v = metrics.get(name);
      return v == null ? 0L : ((Number) v).longValue();
    }
  }

  /**
   * Writes {@code frame} as {@code table} and returns the metrics observed while writing, by name:
   * {@value #ROWS} and the aggregate {@code metrics} (named columns over the frame before it is
   * conformed).
   */
  public Written save(Table table, Dataset<Row> frame, Column... metrics) {
    Observation observation = new Observation(table.name() + "_" + observations.getAndIncrement());
    Dataset<Row> observed = frame.observe(observation, count(lit(1)).as(ROWS), metrics);
    conform(observed, table)
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "snappy")
        .parquet(path(table));
    Map<String, Object> result = metrics(observation, table.name());
    long rows = (Long) result.get(ROWS);
    written.put(table.name(), rows);
    LOG.info("wrote {} rows to {}", rows, path(table));
    return new Written(rows, result, frame.sparkSession().read().parquet(path(table)));
  }

  /** {@link #save} on a writer thread of its own: the write starts now and runs beside others. */
  public CompletableFuture<Written> saveAsync(Table table, Dataset<Row> frame, Column... metrics) {
    return inBackground(() -> save(table, frame, metrics));
  }

  /** Runs {@code work} (that starts Spark jobs) on a writer thread. */
  public <T> CompletableFuture<T> inBackground(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, writers);
  }

  /**
   * The result of {@code pending}, once it is done; a failure is rethrown as it was raised, so a
   * failed write fails the run as it would have without the writer thread.
   */
  public static <T> T await(CompletableFuture<T> pending) {
    try {
      return pending.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Writes a working copy of {@code frame} named {@code name} (never published) and returns it read
   * back, so that later stages read the narrow copy instead of recomputing it, with the aggregate
   * {@code metrics} (named columns over the frame) observed while it was written.
   */
  public Written stage(String name, Dataset<Row> frame, Column... metrics) {
    String path = out.workPath(name);
    Observation observation = new Observation(name + "_" + observations.getAndIncrement());
    frame
        .observe(observation, count(lit(1)).as(ROWS), metrics)
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "snappy")
        .parquet(path);
    Map<String, Object> result = metrics(observation, name);
    return new Written(
        (Long) result.get(ROWS),
        result,
        frame.sparkSession().read().schema(frame.schema()).parquet(path));
  }

  private static Map<String, Object> metrics(Observation observation, String name) {
    try {
      return observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing " + name, e);
    }
  }

  /**
   * {@code frame} restricted to the table's columns, in its order, with its types and column
   * metadata.
   */
  public static Dataset<Row> conform(Dataset<Row> frame, Table table) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      columns.add(col(field.name()).cast(field.dataType()).as(field.name(), field.metadata()));
    }
    return frame.select(columns.toArray(new Column[0]));
  }

  /** Row counts of the tables written so far, by table name, in name order. */
  public Map<String, Long> written() {
    return written;
  }

  /**
   * Publishes the tables and models written, deletes those of an older run that this one did not
   * write, then writes the manifest.
   */
  public void publish(RunManifest manifest) throws IOException {
    out.publish(manifest);
  }
}
