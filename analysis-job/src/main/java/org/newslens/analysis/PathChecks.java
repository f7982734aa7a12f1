package org.newslens.analysis;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
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
}
