package org.newslens.inspect;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newslens.common.cli.UsageException;

/**
 * Compares the rows of two tables as multisets: both sides sorted on every compared column
 * (floating-point columns last, so a tolerance cannot reorder rows), then matched one to one.
 *
 * @param columns the compared columns, or empty when the two sides' columns differ
 * @param ignored columns of either side left out
 * @param leftOnly rows of the left side with no equal row on the right
 * @param rightOnly rows of the right side with no equal row on the left
 * @param largestFloatDifference the largest relative difference between floating-point cells of
 *     matched rows (0 when they are bit for bit equal)
 * @param problem why the rows were not compared (a table on one side only, other columns), or null
 */
public record TableComparison(
    String table,
    long leftRows,
    long rightRows,
    List<String> columns,
    List<String> ignored,
    List<List<Object>> leftOnly,
    List<List<Object>> rightOnly,
    double largestFloatDifference,
    String problem) {

  public boolean equal() {
    return problem == null && leftOnly.isEmpty() && rightOnly.isEmpty();
  }

  /** A table found in one run folder only. */
  public static TableComparison oneSided(String table, TableLayout left, TableLayout right)
      throws IOException {
    long l = left == null ? 0 : TableSummary.read(left).rows();
    long r = right == null ? 0 : TableSummary.read(right).rows();
    return new TableComparison(
        table,
        l,
        r,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0,
        left == null ? "only in RIGHT" : "only in LEFT");
  }

  /**
   * Reads both tables whole and compares them.
   *
   * @param ignore column names left out of the comparison
   * @param tolerance relative difference up to which floating-point cells are equal
   */
  public static TableComparison compare(
      String table, TableLayout left, TableLayout right, Set<String> ignore, double tolerance)
      throws IOException {
    TableSummary ls = TableSummary.read(left);
    TableSummary rs = TableSummary.read(right);
    List<String> leftColumns = RowScanner.columnNames(ls);
    List<String> rightColumns = RowScanner.columnNames(rs);
    List<String> ignored = new ArrayList<>();
    for (String c : leftColumns) {
      if (ignore.contains(c)) {
        ignored.add(c);
      }
    }
    for (String c : rightColumns) {
      if (ignore.contains(c) && !ignored.contains(c)) {
        ignored.add(c);
      }
    }
    List<String> compared = leftColumns.stream().filter(c -> !ignore.contains(c)).toList();
    List<String> rightCompared = rightColumns.stream().filter(c -> !ignore.contains(c)).toList();
    if (!Set.copyOf(compared).equals(Set.copyOf(rightCompared))) {
      List<String> onlyLeft = compared.stream().filter(c -> !rightCompared.contains(c)).toList();
      List<String> onlyRight = rightCompared.stream().filter(c -> !compared.contains(c)).toList();
      return new TableComparison(
          table,
          ls.rows(),
          rs.rows(),
          List.of(),
          ignored,
          List.of(),
          List.of(),
          0,
          "columns differ: only in LEFT " + onlyLeft + ", only in RIGHT " + onlyRight);
    }
    // Floating-point columns last: rows that differ within the tolerance then sort alike.
    List<String> order = new ArrayList<>();
    compared.stream().filter(c -> !isFloating(ls, c)).forEach(order::add);
    compared.stream().filter(c -> isFloating(ls, c)).forEach(order::add);
    List<List<Object>> l = rows(ls, order);
    List<List<Object>> r = rows(rs, order);
    Comparator<List<Object>> exact = rowOrder(0);
    l.sort(exact);
    r.sort(exact);
    Comparator<List<Object>> tolerant = rowOrder(tolerance);
    List<List<Object>> leftOnly = new ArrayList<>();
    List<List<Object>> rightOnly = new ArrayList<>();
    double largest = 0;
    int i = 0;
    int j = 0;
    while (i < l.size() || j < r.size()) {
      int c = i == l.size() ? 1 : j == r.size() ? -1 : tolerant.compare(l.get(i), r.get(j));
      if (c == 0) {
        largest = Math.max(largest, largestDifference(l.get(i++), r.get(j++)));
      } else if (c < 0) {
        leftOnly.add(l.get(i++));
      } else {
        rightOnly.add(r.get(j++));
      }
    }
    return new TableComparison(
        table, l.size(), r.size(), List.copyOf(order), ignored, leftOnly, rightOnly, largest, null);
  }

  private static boolean isFloating(TableSummary summary, String column) {
    return summary.columns().stream()
        .filter(c -> c.name().equals(column))
        .anyMatch(c -> c.type().equals("double") || c.type().equals("float"));
  }

  private static List<List<Object>> rows(TableSummary summary, List<String> columns)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try {
      RowScanner.scan(
          summary, columns, List.of(), -1, row -> rows.add(new ArrayList<>(row.values())));
    } catch (UsageException e) {
      throw new IllegalStateException("a listed column is missing: " + e.getMessage(), e);
    }
    return rows;
  }

  /** Rows ordered cell by cell; see {@link #compareValues}. */
  static Comparator<List<Object>> rowOrder(double tolerance) {
    return (a, b) -> {
      for (int k = 0; k < a.size(); k++) {
        int c = compareValues(a.get(k), b.get(k), tolerance);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /**
   * A total order on cells for {@code tolerance} 0: nulls first, numbers by value, lists element by
   * element, maps and structs entry by entry in key order, anything else by how it prints. With a
   * tolerance, floating-point numbers that close compare equal, also inside lists and structs.
   */
  static int compareValues(Object a, Object b, double tolerance) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (floating(a) && floating(b)) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      if (tolerance > 0 && Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y))) {
        return 0;
      }
      return Double.compare(x, y);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (integral(a) && integral(b)) {
      return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return compareLists(x, y, tolerance);
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return compareLists(entries(x), entries(y), tolerance);
    }
    return ParquetValues.display(a).compareTo(ParquetValues.display(b));
  }

  /**
   * The largest relative difference {@code |a - b| / max(|a|, |b|)} between floating-point cells at
   * the same place in {@code a} and {@code b}, looking into lists and structs.
   */
  static double largestDifference(Object a, Object b) {
    if (floating(a) && floating(b)) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return x == y || Double.isNaN(x) && Double.isNaN(y)
          ? 0
          : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return largestDifference(entries(x), entries(y));
    }
    double largest = 0;
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
        largest = Math.max(largest, largestDifference(x.get(k), y.get(k)));
      }
    }
    return largest;
  }

  private static int compareLists(List<?> x, List<?> y, double tolerance) {
    for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
      int c = compareValues(x.get(k), y.get(k), tolerance);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static boolean floating(Object v) {
    return v instanceof Double || v instanceof Float;
  }

  private static boolean integral(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
  }

  /** A map's entries as {@code [key as printed, value]} pairs in key order. */
  private static List<Object> entries(Map<?, ?> map) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    map.forEach((k, v) -> sorted.put(ParquetValues.display(k), v));
    List<Object> out = new ArrayList<>();
    sorted.forEach((k, v) -> out.add(Arrays.asList(k, v)));
    return out;
  }
}
