package org.newslens.inspect;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers: aligned tables, cut cells, human-readable sizes. */
final class Text {
  private Text() {}

  /**
   * {@code value} on one line (newlines shown as {@code \n}), cut to {@code max} characters with an
   * ellipsis.
   */
  static String cut(String value, int max) {
    String line = value.replace("\r", "").replace("\n", "\\n").replace('\t', ' ');
    return line.length() <= max ? line : line.substring(0, Math.max(0, max - 1)) + "…";
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int unit = -1;
    while (v >= 1024 && unit < units.length - 1) {
      v /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[unit]);
  }

  /** Prints rows as columns padded to their widest cell; the last column is not padded. */
  static void table(PrintStream out, List<String> header, List<List<String>> rows, String indent) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < widths.length - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
