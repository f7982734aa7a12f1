package org.newslens.analysis.sink;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.newslens.common.manifest.RunManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only code that knows where the analysis tables go: {@code <output>/<table>/} as Parquet, in
 * the column order, types and descriptions of the table's schema, partitioned as the table says,
 * plus {@code <output>/_manifest.json}.
 */
public final class AnalysisSink {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisSink.class);

  private static final long ROWS_PER_FILE = 1_000_000;

  private final String output;
  private final Map<String, Long> written = new LinkedHashMap<>();

  public AnalysisSink(String output) {
    this.output = output;
  }

  public String output() {
    return output;
  }

  /** Where {@code table} is written. */
  public String path(Table table) {
    return output.endsWith("/") ? output + table.name() : output + "/" + table.name();
  }

  /**
   * Writes {@code frame} as {@code table}, replacing an older copy, and returns its row count.
   * Columns are selected, cast and described by the table's schema, so a frame with extra columns
   * or another order is written as documented.
   */
  public long write(Table table, Dataset<Row> frame) {
    Dataset<Row> conformed = conform(frame, table).cache();
    long rows = conformed.count();
    // Aggregates leave spark.sql.shuffle.partitions (200) tasks behind: without this a table of a
    // few hundred rows
    // would be written as 200 tiny files. One file per partition value, or per million rows.
    Dataset<Row> files =
        table.partitionBy().isEmpty()
            ? conformed.coalesce((int) Math.max(1, rows / ROWS_PER_FILE))
            : conformed.repartition(
                table.partitionBy().stream().map(c -> col(c)).toArray(Column[]::new));
    var writer = files.write().mode(SaveMode.Overwrite).option("compression", "snappy");
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(new String[0]));
    }
    writer.parquet(path(table));
    conformed.unpersist();
    written.put(table.name(), rows);
    LOG.info("wrote {} rows to {}", rows, path(table));
    return rows;
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

  /** Row counts of the tables written so far, by table name. */
  public Map<String, Long> written() {
    return written;
  }

  public void writeManifest(RunManifest manifest, Configuration conf) throws IOException {
    manifest.write(output, conf);
  }
}
