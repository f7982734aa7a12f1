package org.newslens.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a table summary, rows as an aligned table, or rows as JSON lines. */
final class Report {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CELL = 48;
  private static final int STAT = 28;
  private static final int SAMPLE_VALUE = 100;

  private Report() {}

  static void summary(PrintStream out, TableSummary s, List<Map<String, Object>> sample) {
    TableLayout layout = s.layout();
    out.println("table       " + layout.name());
    out.println("path        " + layout.root());
    out.println(
        "files       "
            + layout.files().size()
            + " Parquet file"
            + (layout.files().size() == 1 ? "" : "s")
            + ", "
            + Text.bytes(layout.bytes())
            + " on disk");
    if (!layout.partitionColumns().isEmpty()) {
      out.println(
          "partitions  "
              + layout.partitionCount()
              + " by "
              + layout.partitionColumns().stream()
                  .map(c -> c + " (" + layout.partitionTypes().get(c) + ")")
                  .collect(Collectors.joining(", "))
              + nullPartitions(s));
    }
    out.println(
        "rows        "
            + s.rows()
            + " in "
            + s.rowGroups()
            + " row group"
            + (s.rowGroups() == 1 ? "" : "s"));
    out.println("codecs      " + (s.codecs().isEmpty() ? "-" : String.join(", ", s.codecs())));
    out.println(
        "column data "
            + Text.bytes(s.compressedBytes())
            + " compressed, "
            + Text.bytes(s.uncompressedBytes())
            + " uncompressed");
    out.println();
    out.println(
        "columns (" + s.columns().size() + "; nulls and min/max from the footer statistics)");
    List<List<String>> rows = new ArrayList<>();
    for (TableSummary.Column c : s.columns()) {
      rows.add(
          List.of(
              c.name(),
              c.type(),
              c.nulls() < 0 ? "?" : String.valueOf(c.nulls()),
              stat(c.min()),
              stat(c.max()),
              c.partition() ? "-" : Text.bytes(c.bytes()),
              c.description() == null ? "" : c.description()));
    }
    Text.table(
        out, List.of("column", "type", "nulls", "min", "max", "size", "description"), rows, "  ");
    out.println();
    out.println("sample rows (first " + sample.size() + ")");
    int n = 0;
    int width = s.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Map<String, Object> row : sample) {
      out.println("  -- row " + ++n);
      row.forEach(
          (k, v) ->
              out.println(
                  "  "
                      + k
                      + " ".repeat(width - k.length() + 2)
                      + Text.cut(ParquetValues.display(v), SAMPLE_VALUE)));
    }
  }

  private static String nullPartitions(TableSummary s) {
    long undated =
        s.columns().stream()
            .filter(TableSummary.Column::partition)
            .mapToLong(TableSummary.Column::nulls)
            .sum();
    return undated == 0
        ? ""
        : "; " + undated + " rows in " + TableLayout.NULL_PARTITION + " (null)";
  }

  private static String stat(Object value) {
    return value == null ? "-" : Text.cut(ParquetValues.display(value), STAT);
  }

  /** Collects rows for {@link #rowsTable}, which needs every row to size its columns. */
  static final class TableRows implements RowScanner.RowSink {
    final List<Map<String, Object>> rows = new ArrayList<>();

    @Override
    public void accept(Map<String, Object> row) {
      rows.add(row);
    }
  }

  static void rowsTable(PrintStream out, List<String> header, List<Map<String, Object>> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<String> line = new ArrayList<>();
      header.forEach(h -> line.add(Text.cut(ParquetValues.display(row.get(h)), CELL)));
      cells.add(line);
    }
    Text.table(out, header, cells, "");
    out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
  }

  /** One JSON object per row, values typed (dates and timestamps as ISO strings). */
  static RowScanner.RowSink jsonLines(PrintStream out) {
    return row -> {
      Map<String, Object> json = new LinkedHashMap<>();
      row.forEach((k, v) -> json.put(k, ParquetValues.json(v)));
      try {
        out.println(JSON.writeValueAsString(json));
      } catch (IOException e) {
        throw new IOException("row not serialisable as JSON: " + e.getMessage(), e);
      }
    };
  }
}
