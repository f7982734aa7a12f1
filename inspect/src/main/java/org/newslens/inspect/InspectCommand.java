package org.newslens.inspect;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newslens.common.cli.UsageException;

/**
 * {@code bin/newslens inspect}: summaries and rows of Parquet outputs, read with parquet-hadoop (no
 * Spark).
 */
public final class InspectCommand {
  private InspectCommand() {}

  public static void main(String[] args) {
    InspectOptions opts = InspectOptions.parseOrExit(args);
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    int status = run(opts, out, System.err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command; errors are one line on {@code err}.
   *
   * @return 0 on success, 1 when a Parquet file cannot be read, 2 for a bad path or column
   */
  public static int run(InspectOptions opts, PrintStream out, PrintStream err) {
    if (opts.help()) {
      out.println(InspectOptions.USAGE);
      return 0;
    }
    try {
      Path path = localPath(opts.path());
      if (!Files.exists(path)) {
        throw new UsageException("no such file or folder: " + opts.path());
      }
      TableLayout table = TableLayout.read(path, opts.path());
      if (table == null) {
        List<TableLayout> tables = TableLayout.findTables(path);
        if (tables.isEmpty()) {
          throw new UsageException("no Parquet files in " + opts.path());
        }
        if (opts.rows()) {
          throw new UsageException(
              opts.path()
                  + " holds several tables; give one of: "
                  + String.join(", ", tables.stream().map(TableLayout::name).toList()));
        }
        RunSummary.print(out, path, tables);
        return 0;
      }
      TableSummary summary = TableSummary.read(table);
      if (!opts.rows()) {
        Report.TableRows sample = new Report.TableRows();
        RowScanner.scan(summary, List.of(), List.of(), InspectOptions.SAMPLE_ROWS, sample);
        Report.summary(out, summary, sample.rows);
      } else if (opts.format() == InspectOptions.Format.JSONL) {
        RowScanner.scan(summary, opts.columns(), opts.where(), opts.limit(), Report.jsonLines(out));
      } else {
        Report.TableRows rows = new Report.TableRows();
        RowScanner.scan(summary, opts.columns(), opts.where(), opts.limit(), rows);
        List<String> header =
            opts.columns().isEmpty() ? RowScanner.columnNames(summary) : opts.columns();
        Report.rowsTable(out, header, rows.rows);
      }
      return 0;
    } catch (UsageException e) {
      err.println("newslens inspect: " + e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("newslens inspect: " + oneLine(e));
      return 1;
    }
  }

  /**
   * A local path, or a {@code file:} URI. Other file systems (hdfs:, s3a:) would need Hadoop's
   * FileSystem, whose start-up alone takes seconds; copy the table locally or read it with Spark
   * instead.
   */
  static Path localPath(String value) throws UsageException {
    try {
      if (value.startsWith("file:")) {
        return Path.of(
            URI.create(value.startsWith("file://") ? value : "file://" + value.substring(5)));
      }
      if (value.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
        throw new UsageException("inspect reads local paths only, got " + value);
      }
      return Path.of(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("not a usable path: " + value);
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ');
  }
}
