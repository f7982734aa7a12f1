package org.newslens.analysis.sink;

import org.apache.spark.sql.types.StructType;

/**
 * An output table of the analysis job: its folder name under {@code --output} and its documented
 * schema (built with {@link org.newslens.common.schema.Columns}).
 */
public record Table(String name, StructType schema) {}
