package org.newslens.common.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds documented schemas: every field carries a {@code description} and an {@code example} in
 * its metadata, which Spark stores in the Parquet footer so that {@code newslens inspect} and
 * docs/tables.md can show them.
 */
public final class Columns {
  public static final String DESCRIPTION = "description";
  public static final String EXAMPLE = "example";

  private final List<StructField> fields = new ArrayList<>();

  public static Columns builder() {
    return new Columns();
  }

  /** Adds a field; {@code nullable=false} documents intent, the writer's split enforces it. */
  public Columns add(
      String name, DataType type, boolean nullable, String description, String example) {
    Metadata metadata =
        new MetadataBuilder()
            .putString(DESCRIPTION, description)
            .putString(EXAMPLE, example)
            .build();
    fields.add(new StructField(name, type, nullable, metadata));
    return this;
  }

  public StructType build() {
    return new StructType(fields.toArray(new StructField[0]));
  }

  /**
   * {@code schema} with every field nullable (names, types and descriptions kept): the schema of a
   * frame whose rows may leave some documented columns empty.
   */
  public static StructType nullable(StructType schema) {
    StructField[] fields = schema.fields();
    StructField[] out = new StructField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = new StructField(fields[i].name(), fields[i].dataType(), true, fields[i].metadata());
    }
    return new StructType(out);
  }

  /**
   * Checks that {@code actual} has every column of {@code required} with the same type, before any
   * work starts.
   *
   * @throws IllegalArgumentException naming each missing or mistyped column
   */
  public static void requireColumns(StructType actual, StructType required, String tableName) {
    List<String> problems = new ArrayList<>();
    for (StructField field : required.fields()) {
      if (!List.of(actual.fieldNames()).contains(field.name())) {
        problems.add("missing column " + field.name());
      } else {
        DataType found = actual.apply(field.name()).dataType();
        if (!found.sameType(field.dataType())) {
          problems.add(
              "column "
                  + field.name()
                  + " is "
                  + found.simpleString()
                  + ", expected "
                  + field.dataType().simpleString());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "input is not a newslens " + tableName + " table: " + String.join("; ", problems));
    }
  }

  /**
   * One Markdown table row per field: name, type, description, example. A {@code |} inside a cell
   * is escaped, as Markdown tables split cells on it even inside code spans.
   */
  public static String toMarkdown(StructType schema) {
    StringBuilder out =
        new StringBuilder("| column | type | description | example |\n|---|---|---|---|\n");
    for (StructField field : schema.fields()) {
      out.append("| `")
          .append(field.name())
          .append("` | ")
          .append(cell(field.dataType().simpleString()))
          .append(" | ")
          .append(cell(description(field)))
          .append(" | ")
          .append(
              field.metadata().contains(EXAMPLE)
                  ? "`" + cell(field.metadata().getString(EXAMPLE)) + "`"
                  : "")
          .append(" |\n");
    }
    return out.toString();
  }

  /** The field's description, or an empty string when it has none. */
  public static String description(StructField field) {
    return field.metadata().contains(DESCRIPTION) ? field.metadata().getString(DESCRIPTION) : "";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
