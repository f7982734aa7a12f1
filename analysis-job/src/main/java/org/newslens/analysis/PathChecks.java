package org.newslens.analysis;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newslens.common.cli.UsageException;

/** File-system checks that command lines make before Spark starts. */
public final class PathChecks {
  private PathChecks() {}

  /** Refuses a path that does not exist or cannot be looked at, naming it as {@code what}. */
  public static void requireExists(String path, String what, Configuration conf)
      throws UsageException {
    try {
      Path p = new Path(path);
      if (!p.getFileSystem(conf).exists(p)) {
        throw new UsageException(what + " " + path + " does not exist");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot read " + what + " " + path + ": " + e.getMessage());
    }
  }

  /**
   * Refuses an ingest output folder given as the articles table: its {@code articles} and {@code
   * rejects} tables would be read together, and Spark stops on folders of two shapes.
   */
  public static void requireNotIngestOutput(String path, Configuration conf) throws UsageException {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      Path articles = new Path(p, "articles");
      if (fs.exists(new Path(p, "_manifest.json")) && fs.getFileStatus(articles).isDirectory()) {
        throw new UsageException(
            "input " + path + " is an ingest output folder; give its articles table: " + articles);
      }
    } catch (java.io.FileNotFoundException e) {
      // no articles folder: not an ingest output
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot read input " + path + ": " + e.getMessage());
    }
  }
}
