package org.newslens.common.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** Small in-memory frames for stage tests. */
public final class Rows {
  private Rows() {}

  /**
   * A frame of {@code schema} holding the given rows, each given as its column values in schema
   * order.
   */
  public static Dataset<Row> of(StructType schema, Object[]... values) {
    List<Row> rows = new ArrayList<>();
    for (Object[] v : values) {
      rows.add(RowFactory.create(v));
    }
    return LocalSpark.spark().createDataFrame(rows, schema);
  }
}
