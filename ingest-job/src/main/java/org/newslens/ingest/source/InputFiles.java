package org.newslens.ingest.source;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newslens.common.cli.UsageException;
import org.newslens.common.schema.SourceFormat;

/**
 * Lists the input files of a run on the driver, before Spark starts, so that bad paths fail fast.
 */
public final class InputFiles {
  /**
   * @param path fully qualified Hadoop path
   * @param format the forced or name-implied format, or null to tell from content
   * @param problem why the file cannot be read (a broken link), or null for a readable file
   */
  public record InputFile(String path, long bytes, SourceFormat format, String problem)
      implements Serializable {
    public boolean readable() {
      return problem == null;
    }
  }

  private InputFiles() {}

  /**
   * Every file under the inputs, recursively, in path order, skipping hidden names.
   *
   * @throws UsageException when an input does not exist or nothing matched
   */
  public static List<InputFile> list(List<String> inputs, SourceFormat forced, Configuration conf)
      throws UsageException {
    TreeMap<String, InputFile> files = new TreeMap<>();
    for (String input : inputs) {
      Path root = new Path(input);
      try {
        FileSystem fs = root.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(root);
        if (matched == null || matched.length == 0) {
          throw new UsageException("input not found: " + input);
        }
        for (FileStatus status : matched) {
          if (status.isFile()) {
            add(files, status, forced);
          } else {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus file = it.next();
              if (!hiddenBelow(status.getPath(), file.getPath())) {
                add(files, file, forced);
              }
            }
            if ("file".equals(fs.getUri().getScheme())) {
              addBrokenLinks(files, status.getPath(), forced);
            }
          }
        }
      } catch (IOException e) {
        throw new UsageException("cannot list input " + input + ": " + e.getMessage());
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("no input files found under " + String.join(", ", inputs));
    }
    return new ArrayList<>(files.values());
  }

  private static void add(
      TreeMap<String, InputFile> files, FileStatus status, SourceFormat forced) {
    String path = status.getPath().toString();
    SourceFormat format = forced != null ? forced : InputFormats.fromName(path);
    files.put(path, new InputFile(path, status.getLen(), format, null));
  }

  /**
   * Hadoop's local listing silently drops symbolic links whose target is gone; they are inputs the
   * user gave, so they are listed with their problem and become {@code unreadable_file} rejects
   * instead of vanishing.
   */
  private static void addBrokenLinks(
      TreeMap<String, InputFile> files, Path root, SourceFormat forced) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(root.toUri());
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) walk::iterator) {
        if (java.nio.file.Files.isSymbolicLink(p)
            && !java.nio.file.Files.exists(p)
            && !hiddenBelow(root, new Path(p.toUri()))) {
          String path = new Path(p.toUri()).toString();
          SourceFormat format = forced != null ? forced : InputFormats.fromName(path);
          files.put(
              path,
              new InputFile(
                  path,
                  0,
                  format,
                  "broken symbolic link to " + java.nio.file.Files.readSymbolicLink(p)));
        }
      }
    }
  }

  private static boolean hiddenBelow(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (InputFormats.isHidden(p.getName())) {
        return true;
      }
    }
    return false;
  }

  /** Refuses an existing output unless overwriting. */
  public static void checkOutput(String output, boolean overwrite, Configuration conf)
      throws UsageException {
    Path path = new Path(output);
    try {
      if (path.getFileSystem(conf).exists(path) && !overwrite) {
        throw new UsageException("output exists: " + output + " (pass --overwrite to replace it)");
      }
    } catch (IOException e) {
      throw new UsageException("cannot check output " + output + ": " + e.getMessage());
    }
  }
}
