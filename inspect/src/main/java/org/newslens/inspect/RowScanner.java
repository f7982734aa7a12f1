package org.newslens.inspect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.newslens.common.cli.UsageException;
import org.newslens.inspect.InspectOptions.Filter;

/**
 * Reads a table's rows in file order as ordered maps of column to value (see {@link
 * ParquetValues}), partition columns included. Reads only the requested columns, skips files whose
 * partition values fail a filter, and stops at the limit.
 */
public final class RowScanner {
  private RowScanner() {}

  /** All column names of the table: data columns in file order, then partition columns. */
  public static List<String> columnNames(TableSummary summary) {
    return summary.columns().stream().map(TableSummary.Column::name).toList();
  }

  /**
   * Calls {@code sink} for each row passing every filter, at most {@code limit} times ({@code -1}:
   * no limit).
   *
   * @param columns columns to return, in this order; empty for all
   * @throws UsageException naming an unknown column
   */
  public static long scan(
      TableSummary summary, List<String> columns, List<Filter> where, long limit, RowSink sink)
      throws IOException, UsageException {
    List<String> all = columnNames(summary);
    List<String> wanted = columns.isEmpty() ? all : columns;
    for (String name : wanted) {
      requireKnown(name, all);
    }
    for (Filter f : where) {
      requireKnown(f.column(), all);
    }
    Set<String> needed = new LinkedHashSet<>(wanted);
    where.forEach(f -> needed.add(f.column()));
    TableLayout layout = summary.layout();
    long emitted = 0;
    for (TableLayout.DataFile file : layout.files()) {
      if (limit >= 0 && emitted >= limit) {
        break;
      }
      if (!passes(file.partition(), where, layout.partitionColumns())) {
        continue;
      }
      emitted += scanFile(file, wanted, needed, where, limit < 0 ? -1 : limit - emitted, sink);
    }
    return emitted;
  }

  /** Receives one row; column order is the order asked for. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Map<String, Object> row) throws IOException;
  }

  private static long scanFile(
      TableLayout.DataFile file,
      List<String> wanted,
      Set<String> needed,
      List<Filter> where,
      long limit,
      RowSink sink)
      throws IOException {
    long emitted = 0;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file.path()))) {
      MessageType fileSchema = reader.getFooter().getFileMetaData().getSchema();
      List<Type> projected = new ArrayList<>();
      for (Type field : fileSchema.getFields()) {
        if (needed.contains(field.getName())) {
          projected.add(field);
        }
      }
      if (projected.isEmpty()) {
        // Only partition columns asked for: the row count comes from the footer, no page is read.
        long rows = reader.getRecordCount();
        for (long i = 0; i < rows && (limit < 0 || emitted < limit); i++) {
          Map<String, Object> values = new LinkedHashMap<>(file.partition());
          if (matches(values, where)) {
            sink.accept(select(values, wanted));
            emitted++;
          }
        }
        return emitted;
      }
      MessageType projection = new MessageType(fileSchema.getName(), projected);
      reader.setRequestedSchema(projection);
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection, fileSchema);
      PageReadStore pages;
      while ((limit < 0 || emitted < limit) && (pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            io.getRecordReader(pages, new GroupRecordConverter(projection));
        for (long i = 0; i < pages.getRowCount() && (limit < 0 || emitted < limit); i++) {
          Group group = records.read();
          Map<String, Object> values = new LinkedHashMap<>();
          for (int f = 0; f < projection.getFieldCount(); f++) {
            values.put(projection.getFieldName(f), ParquetValues.field(group, f));
          }
          values.putAll(file.partition());
          if (matches(values, where)) {
            sink.accept(select(values, wanted));
            emitted++;
          }
        }
      }
    } catch (RuntimeException e) {
      throw new IOException(file.path() + " could not be read: " + e.getMessage(), e);
    }
    return emitted;
  }

  private static Map<String, Object> select(Map<String, Object> values, List<String> wanted) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String name : wanted) {
      row.put(name, values.get(name));
    }
    return row;
  }

  private static boolean passes(
      Map<String, Object> partition, List<Filter> where, List<String> partitionColumns) {
    return where.stream()
        .filter(f -> partitionColumns.contains(f.column()))
        .allMatch(f -> matches(partition.get(f.column()), f));
  }

  static boolean matches(Map<String, Object> values, List<Filter> where) {
    return where.stream().allMatch(f -> matches(values.get(f.column()), f));
  }

  /**
   * A cell passes when it prints as the filter value; a list passes when one element does; "null"
   * matches null.
   */
  static boolean matches(Object value, Filter filter) {
    if (value == null) {
      return filter.matchesNull();
    }
    Predicate<Object> equal = v -> v != null && ParquetValues.display(v).equals(filter.value());
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(equal) || ParquetValues.display(value).equals(filter.value());
    }
    return equal.test(value);
  }

  private static void requireKnown(String name, List<String> all) throws UsageException {
    if (!all.contains(name)) {
      throw new UsageException(
          "no column '" + name + "'; the columns are: " + String.join(", ", all));
    }
  }
}
