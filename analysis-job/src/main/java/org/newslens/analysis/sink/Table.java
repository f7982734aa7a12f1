package org.newslens.analysis.sink;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * An output table of the analysis job: its folder name under {@code --output}, its documented
 * schema (built with {@link org.newslens.common.schema.Columns}) and its partition columns.
 */
public record Table(String name, StructType schema, List<String> partitionBy) {
  public Table(String name, StructType schema) {
    this(name, schema, List.of());
  }
}
