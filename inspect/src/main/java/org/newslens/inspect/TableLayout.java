package org.newslens.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a table's Parquet files are and which hive-style partition values their folders carry. A
 * table is a single Parquet file or a folder holding {@code *.parquet} files directly or below
 * {@code column=value} folders.
 *
 * @param name how the table is shown: the path given, or the path relative to the run folder
 * @param files data files in path order, so partitions come out ascending
 * @param partitionColumns partition columns, outermost first
 * @param partitionTypes the type each partition column was read as: {@code date}, {@code bigint} or
 *     {@code string}
 */
public record TableLayout(
    String name,
    Path root,
    List<DataFile> files,
    List<String> partitionColumns,
    Map<String, String> partitionTypes) {

  /** Spark's folder name for a null partition value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");

  /**
   * One Parquet file.
   *
   * @param partition partition values typed as in {@link #partitionTypes}; a null value for {@link
   *     #NULL_PARTITION}
   */
  public record DataFile(Path path, long bytes, Map<String, Object> partition) {}

  public int partitionCount() {
    Set<Map<String, Object>> distinct = new LinkedHashSet<>();
    files.forEach(f -> distinct.add(f.partition()));
    return partitionColumns.isEmpty() ? 0 : distinct.size();
  }

  public long bytes() {
    return files.stream().mapToLong(DataFile::bytes).sum();
  }

  /**
   * Reads {@code path} as one table, or returns null if it holds no Parquet file at its own level
   * or in partitions.
   */
  public static TableLayout read(Path path, String name) throws IOException {
    Path root = path.toAbsolutePath().normalize();
    List<RawFile> raw = new ArrayList<>();
    if (Files.isRegularFile(root)) {
      raw.add(new RawFile(root, Files.size(root), new LinkedHashMap<>()));
    } else {
      collect(root, new LinkedHashMap<>(), raw);
    }
    if (raw.isEmpty()) {
      return null;
    }
    raw.sort(Comparator.comparing(r -> r.path().toString()));
    List<String> columns = new ArrayList<>(raw.get(0).partition().keySet());
    Map<String, String> types = new LinkedHashMap<>();
    for (String column : columns) {
      types.put(column, inferType(raw.stream().map(r -> r.partition().get(column)).toList()));
    }
    List<DataFile> files = new ArrayList<>();
    for (RawFile r : raw) {
      Map<String, Object> typed = new LinkedHashMap<>();
      for (String column : columns) {
        typed.put(column, typed(r.partition().get(column), types.get(column)));
      }
      files.add(new DataFile(r.path(), r.bytes(), typed));
    }
    return new TableLayout(name, root, List.copyOf(files), List.copyOf(columns), types);
  }

  /**
   * Every table under {@code dir}: a folder that is a table is not searched further; other folders
   * are, except those starting with {@code _} or {@code .}. Sorted by name.
   */
  public static List<TableLayout> findTables(Path dir) throws IOException {
    List<TableLayout> tables = new ArrayList<>();
    Path root = dir.toAbsolutePath().normalize();
    find(root, root, tables);
    tables.sort(Comparator.comparing(TableLayout::name));
    return tables;
  }

  private static void find(Path root, Path dir, List<TableLayout> out) throws IOException {
    String relative = root.relativize(dir).toString().replace('\\', '/');
    TableLayout table = read(dir, relative.isEmpty() ? "." : relative);
    if (table != null) {
      out.add(table);
      return;
    }
    for (Path child : list(dir)) {
      if (Files.isDirectory(child) && !hidden(child.getFileName().toString())) {
        find(root, child, out);
      }
    }
  }

  private record RawFile(Path path, long bytes, LinkedHashMap<String, String> partition) {}

  private static void collect(Path dir, LinkedHashMap<String, String> partition, List<RawFile> out)
      throws IOException {
    for (Path child : list(dir)) {
      String name = child.getFileName().toString();
      if (hidden(name)) {
        continue;
      }
      if (name.endsWith(".parquet") && Files.isRegularFile(child)) {
        out.add(new RawFile(child, Files.size(child), partition));
      } else if (name.indexOf('=') > 0 && Files.isDirectory(child)) {
        LinkedHashMap<String, String> inner = new LinkedHashMap<>(partition);
        String value = unescape(name.substring(name.indexOf('=') + 1));
        inner.put(
            unescape(name.substring(0, name.indexOf('='))),
            NULL_PARTITION.equals(value) ? null : value);
        collect(child, inner, out);
      }
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.sorted().toList();
    }
  }

  private static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  /** The type Spark's partition inference would give the most common cases. */
  static String inferType(List<String> values) {
    List<String> present = values.stream().filter(v -> v != null).toList();
    if (present.isEmpty()) {
      return "string";
    }
    if (present.stream().allMatch(v -> DATE.matcher(v).matches() && isDate(v))) {
      return "date";
    }
    if (present.stream().allMatch(v -> WHOLE.matcher(v).matches())) {
      return "bigint";
    }
    return "string";
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Object typed(String value, String type) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case "date" -> LocalDate.parse(value);
      case "bigint" -> Long.parseLong(value);
      default -> value;
    };
  }

  /** Undoes Spark's escaping of partition folder names ({@code %3A} for {@code :} and so on). */
  static String unescape(String name) {
    if (name.indexOf('%') < 0) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '%' && isHex(name, i + 1)) {
        out.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int at) {
    return at + 1 < s.length()
        && Character.digit(s.charAt(at), 16) >= 0
        && Character.digit(s.charAt(at + 1), 16) >= 0;
  }
}
