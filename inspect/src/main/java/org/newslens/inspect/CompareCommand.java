package org.newslens.inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newslens.common.cli.UsageException;
import org.newslens.common.manifest.RunManifest;

/**
 * {@code bin/newslens compare}: are two run folders the same output? Every table found in either is
 * compared row for row ({@link TableComparison}), every manifest found in both count for count
 * ({@link ManifestComparison}). Reads Parquet with parquet-hadoop (no Spark).
 */
public final class CompareCommand {
  /**
   * MLlib names a saved stage's folder {@code <index>_<name>_<12 hex digits>}, the hex being a
   * random id drawn at each run; tables are matched with it masked.
   */
  private static final Pattern STAGE_UID = Pattern.compile("_[0-9a-f]{12}(?=/|$)");

  private static final int SHOWN_ROWS = 3;
  private static final int CELL_WIDTH = 60;

  private CompareCommand() {}

  public static void main(String[] args) {
    CompareOptions opts = CompareOptions.parseOrExit(args);
    int status = run(opts, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * @return 0 when everything compared is equal, 1 on a difference, 2 for a bad path
   */
  public static int run(CompareOptions opts, PrintStream out, PrintStream err) {
    if (opts.help()) {
      out.println(CompareOptions.USAGE);
      return 0;
    }
    try {
      Path left = existing(opts.left());
      Path right = existing(opts.right());
      Map<String, TableLayout> l = tables(left, opts.left());
      Map<String, TableLayout> r = tables(right, opts.right());
      TreeSet<String> names = new TreeSet<>(l.keySet());
      names.addAll(r.keySet());
      List<TableComparison> tables = new ArrayList<>();
      for (String name : names) {
        TableLayout a = l.get(name);
        TableLayout b = r.get(name);
        tables.add(
            a != null && b != null
                ? TableComparison.compare(name, a, b, opts.ignore(), opts.tolerance())
                : TableComparison.oneSided(name, a, b));
      }
      List<ManifestComparison> manifests = manifests(left, right, opts);
      print(out, opts, tables, manifests);
      boolean equal =
          tables.stream().allMatch(TableComparison::equal)
              && manifests.stream().allMatch(ManifestComparison::equal);
      return equal ? 0 : 1;
    } catch (UsageException e) {
      err.println("newslens compare: " + e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("newslens compare: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      return 1;
    }
  }

  private static Path existing(String value) throws UsageException {
    Path path = InspectCommand.localPath(value);
    if (!Files.exists(path)) {
      throw new UsageException("no such file or folder: " + value);
    }
    return path;
  }

  /** The tables of a run folder (or the one table given) by their name with stage ids masked. */
  private static Map<String, TableLayout> tables(Path path, String given)
      throws IOException, UsageException {
    TableLayout single = TableLayout.read(path, ".");
    List<TableLayout> found = single != null ? List.of(single) : TableLayout.findTables(path);
    if (found.isEmpty()) {
      throw new UsageException("no Parquet files in " + given);
    }
    Map<String, TableLayout> byName = new TreeMap<>();
    for (TableLayout table : found) {
      byName.put(STAGE_UID.matcher(table.name()).replaceAll("_*"), table);
    }
    return byName;
  }

  private static List<ManifestComparison> manifests(Path left, Path right, CompareOptions opts)
      throws IOException {
    Path l = left.toAbsolutePath().normalize();
    Path r = right.toAbsolutePath().normalize();
    Map<String, RunSummary.Manifest> rightByFolder = new LinkedHashMap<>();
    for (RunSummary.Manifest m : RunSummary.findManifests(r, r, 0)) {
      rightByFolder.put(m.folder(), m);
    }
    List<ManifestComparison> out = new ArrayList<>();
    for (RunSummary.Manifest m : RunSummary.findManifests(l, l, 0)) {
      RunSummary.Manifest other = rightByFolder.get(m.folder());
      if (other != null) {
        String name = (m.folder().isEmpty() ? "" : m.folder() + "/") + RunManifest.FILE_NAME;
        out.add(ManifestComparison.compare(name, m.json(), other.json(), opts.ignore()));
      }
    }
    return out;
  }

  private static void print(
      PrintStream out,
      CompareOptions opts,
      List<TableComparison> tables,
      List<ManifestComparison> manifests) {
    out.println("LEFT   " + opts.left());
    out.println("RIGHT  " + opts.right());
    out.println(
        "ignored: "
            + (opts.ignore().isEmpty()
                ? "nothing"
                : String.join(", ", new TreeSet<>(opts.ignore())))
            + "; floating-point cells "
            + (opts.tolerance() == 0
                ? "compared bit for bit"
                : "equal within a relative " + opts.tolerance()));
    List<List<String>> rows = new ArrayList<>();
    for (TableComparison t : tables) {
      rows.add(
          List.of(
              t.table(),
              t.leftRows() + " / " + t.rightRows(),
              t.problem() == null ? String.valueOf(t.columns().size()) : "-",
              t.problem() == null ? t.leftOnly().size() + " / " + t.rightOnly().size() : "-",
              t.equal() ? "equal" : t.problem() != null ? t.problem() : "DIFFERENT",
              t.largestFloatDifference() == 0
                  ? "-"
                  : String.format(Locale.ROOT, "%.1e", t.largestFloatDifference()),
              t.ignored().isEmpty() ? "" : "ignored " + String.join(",", t.ignored())));
    }
    for (ManifestComparison m : manifests) {
      rows.add(
          List.of(
              m.manifest(),
              "-",
              m.compared() + " counts",
              String.valueOf(m.differences().size()),
              m.equal() ? "equal" : "DIFFERENT",
              "-",
              ""));
    }
    Text.table(
        out,
        List.of("table", "rows L / R", "columns", "only in L / R", "result", "float diff", ""),
        rows,
        "  ");
    for (TableComparison t : tables) {
      if (t.problem() == null && !t.equal()) {
        printDifferences(out, t);
      }
    }
    for (ManifestComparison m : manifests) {
      m.differences().stream().limit(10).forEach(d -> out.println(m.manifest() + ": " + d));
    }
    long differing =
        tables.stream().filter(t -> !t.equal()).count()
            + manifests.stream().filter(m -> !m.equal()).count();
    out.println(
        tables.size()
            + " tables and "
            + manifests.size()
            + " manifests compared: "
            + (differing == 0 ? "all equal" : differing + " differ"));
  }

  /**
   * The first rows found on one side only; where both sides have such rows, the k-th of each are
   * shown side by side with only the cells that differ, since they are usually one changed row.
   */
  private static void printDifferences(PrintStream out, TableComparison t) {
    int paired = Math.min(Math.min(t.leftOnly().size(), t.rightOnly().size()), SHOWN_ROWS);
    for (int k = 0; k < paired; k++) {
      List<Object> a = t.leftOnly().get(k);
      List<Object> b = t.rightOnly().get(k);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < t.columns().size(); c++) {
        if (TableComparison.compareValues(a.get(c), b.get(c), 0) != 0) {
          cells.add(t.columns().get(c) + " L=" + cell(a.get(c)) + " R=" + cell(b.get(c)));
        }
      }
      out.println(t.table() + ": row " + cell(a.get(0)) + " …: " + String.join("; ", cells));
    }
    for (int k = paired; k < Math.min(t.leftOnly().size(), SHOWN_ROWS); k++) {
      out.println(t.table() + ": only in LEFT: " + row(t.columns(), t.leftOnly().get(k)));
    }
    for (int k = paired; k < Math.min(t.rightOnly().size(), SHOWN_ROWS); k++) {
      out.println(t.table() + ": only in RIGHT: " + row(t.columns(), t.rightOnly().get(k)));
    }
  }

  private static String row(List<String> columns, List<Object> values) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      cells.add(columns.get(c) + "=" + cell(values.get(c)));
    }
    return Text.cut(String.join(", ", cells), 400);
  }

  private static String cell(Object value) {
    return Text.cut(ParquetValues.display(value), CELL_WIDTH);
  }
}
