package org.newslens.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * What the footers of a table's files say: rows, row groups, codecs, sizes, the schema with
 * descriptions, and per column the null count and min/max merged over every row group. Reads no
 * data pages.
 */
public record TableSummary(
    TableLayout layout,
    long rows,
    int rowGroups,
    List<String> codecs,
    long compressedBytes,
    long uncompressedBytes,
    List<Column> columns,
    Map<Object, Long> rowsByPartition) {

  /** Footer key under which Spark stores its schema, field metadata included, as JSON. */
  public static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One top-level column.
   *
   * @param type Spark's type name when the footer has Spark's schema, else the Parquet type
   * @param nulls null cells (for arrays: null or missing elements), or -1 when a footer lacks the
   *     count
   * @param min smallest value, null when no statistics (INT96 timestamps, all-null columns)
   * @param bytes compressed bytes of the column's chunks
   */
  public record Column(
      String name,
      String type,
      String description,
      String example,
      boolean partition,
      long nulls,
      Object min,
      Object max,
      long bytes) {}

  public static TableSummary read(TableLayout layout) throws IOException {
    long rows = 0;
    int rowGroups = 0;
    long compressed = 0;
    long uncompressed = 0;
    TreeSet<String> codecs = new TreeSet<>();
    Map<String, ColumnAcc> byColumn = new LinkedHashMap<>();
    Map<Object, Long> rowsByPartition = new LinkedHashMap<>();
    for (TableLayout.DataFile file : layout.files()) {
      ParquetMetadata footer = footer(file);
      MessageType schema = footer.getFileMetaData().getSchema();
      Map<String, SparkField> spark =
          sparkFields(footer.getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA_KEY));
      for (Type field : schema.getFields()) {
        SparkField sf = spark.get(field.getName());
        byColumn.computeIfAbsent(
            field.getName(),
            name ->
                new ColumnAcc(
                    name,
                    sf != null ? sf.type() : parquetType(field),
                    sf != null ? sf.description() : null,
                    sf != null ? sf.example() : null));
      }
      long fileRows = 0;
      for (BlockMetaData block : footer.getBlocks()) {
        rowGroups++;
        fileRows += block.getRowCount();
        for (ColumnChunkMetaData chunk : block.getColumns()) {
          codecs.add(chunk.getCodec().name());
          compressed += chunk.getTotalSize();
          uncompressed += chunk.getTotalUncompressedSize();
          ColumnAcc acc = byColumn.get(chunk.getPath().toArray()[0]);
          if (acc != null) {
            acc.add(chunk);
          }
        }
      }
      rows += fileRows;
      Object key = file.partition().isEmpty() ? "" : file.partition();
      rowsByPartition.merge(key, fileRows, Long::sum);
    }
    List<Column> columns = new ArrayList<>();
    byColumn.values().forEach(acc -> columns.add(acc.toColumn()));
    for (String name : layout.partitionColumns()) {
      columns.add(partitionColumn(layout, name, rowsByPartition));
    }
    return new TableSummary(
        layout,
        rows,
        rowGroups,
        List.copyOf(codecs),
        compressed,
        uncompressed,
        List.copyOf(columns),
        rowsByPartition);
  }

  static ParquetMetadata footer(TableLayout.DataFile file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file.path()))) {
      return reader.getFooter();
    } catch (IOException | RuntimeException e) {
      throw new IOException(file.path() + " is not a readable Parquet file: " + e.getMessage(), e);
    }
  }

  private static Column partitionColumn(
      TableLayout layout, String name, Map<Object, Long> rowsByPartition) {
    long nulls = 0;
    Object min = null;
    Object max = null;
    for (TableLayout.DataFile file : layout.files()) {
      Object value = file.partition().get(name);
      if (value == null) {
        continue;
      }
      if (min == null || compare(value, min) < 0) {
        min = value;
      }
      if (max == null || compare(value, max) > 0) {
        max = value;
      }
    }
    for (Map.Entry<Object, Long> e : rowsByPartition.entrySet()) {
      if (e.getKey() instanceof Map<?, ?> values && values.get(name) == null) {
        nulls += e.getValue();
      }
    }
    return new Column(
        name,
        layout.partitionTypes().get(name),
        "Partition column, read from the folder names (" + TableLayout.NULL_PARTITION + " is null)",
        null,
        true,
        nulls,
        min,
        max,
        0);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  /**
   * A column's Parquet type when no Spark schema is stored: the physical type and its logical
   * annotation.
   */
  private static String parquetType(Type field) {
    if (!field.isPrimitive()) {
      return field.getLogicalTypeAnnotation() != null
          ? field.getLogicalTypeAnnotation().toString().toLowerCase()
          : "group";
    }
    PrimitiveType p = field.asPrimitiveType();
    String physical = p.getPrimitiveTypeName().name().toLowerCase();
    return p.getLogicalTypeAnnotation() == null
        ? physical
        : physical + " (" + p.getLogicalTypeAnnotation().toString().toLowerCase() + ")";
  }

  record SparkField(String type, String description, String example) {}

  /**
   * Top-level fields of Spark's schema JSON, with Spark's type name and the description/example
   * metadata.
   */
  static Map<String, SparkField> sparkFields(String json) {
    Map<String, SparkField> out = new LinkedHashMap<>();
    if (json == null) {
      return out;
    }
    try {
      for (JsonNode field : JSON.readTree(json).path("fields")) {
        JsonNode meta = field.path("metadata");
        out.put(
            field.path("name").asText(),
            new SparkField(
                sparkType(field.path("type")),
                meta.hasNonNull("description") ? meta.get("description").asText() : null,
                meta.hasNonNull("example") ? meta.get("example").asText() : null));
      }
    } catch (IOException e) {
      return Map.of();
    }
    return out;
  }

  /** Spark's {@code simpleString} for a type in its JSON form. */
  static String sparkType(JsonNode type) {
    if (type.isTextual()) {
      return type.asText();
    }
    return switch (type.path("type").asText()) {
      case "array" -> "array<" + sparkType(type.path("elementType")) + ">";
      case "map" ->
          "map<" + sparkType(type.path("keyType")) + "," + sparkType(type.path("valueType")) + ">";
      case "struct" -> {
        List<String> parts = new ArrayList<>();
        type.path("fields")
            .forEach(f -> parts.add(f.path("name").asText() + ":" + sparkType(f.path("type"))));
        yield "struct<" + String.join(",", parts) + ">";
      }
      default -> type.path("type").asText();
    };
  }

  /** Merges one column's chunk statistics over row groups and files. */
  private static final class ColumnAcc {
    final String name;
    final String type;
    final String description;
    final String example;
    long nulls;
    boolean nullsKnown = true;
    Object min;
    Object max;
    long bytes;
    final TreeSet<String> leafPaths = new TreeSet<>();

    ColumnAcc(String name, String type, String description, String example) {
      this.name = name;
      this.type = type;
      this.description = description;
      this.example = example;
    }

    void add(ColumnChunkMetaData chunk) {
      bytes += chunk.getTotalSize();
      leafPaths.add(chunk.getPath().toDotString());
      Statistics<?> stats = chunk.getStatistics();
      if (stats == null || !stats.isNumNullsSet()) {
        nullsKnown = false;
      } else {
        nulls += stats.getNumNulls();
      }
      if (stats != null && stats.hasNonNullValue()) {
        PrimitiveType primitive = chunk.getPrimitiveType();
        Object lo = ParquetValues.fromRaw(stats.genericGetMin(), primitive);
        Object hi = ParquetValues.fromRaw(stats.genericGetMax(), primitive);
        if (lo instanceof Comparable
            && (min == null || sameClass(lo, min) && compare(lo, min) < 0)) {
          min = lo;
        }
        if (hi instanceof Comparable
            && (max == null || sameClass(hi, max) && compare(hi, max) > 0)) {
          max = hi;
        }
      }
    }

    private static boolean sameClass(Object a, Object b) {
      return Objects.equals(a.getClass(), b.getClass());
    }

    Column toColumn() {
      boolean singleLeaf = leafPaths.size() <= 1;
      return new Column(
          name,
          type,
          description,
          example,
          false,
          nullsKnown ? nulls : -1,
          singleLeaf ? min : null,
          singleLeaf ? max : null,
          bytes);
    }
  }
}
