package org.newslens.ingest.source;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
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
   * Every file under the inputs, recursively, in path order, skipping hidden names. A broken
   * symbolic link, or a folder that cannot be read, is listed with its problem (it becomes an
   * {@code unreadable_file} reject instead of vanishing).
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
            add(files, status.getPath().toString(), status.getLen(), forced, null);
          } else if ("file".equals(fs.getUri().getScheme())) {
            walkLocal(files, status.getPath(), forced);
          } else {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus file = it.next();
              if (!hiddenBelow(status.getPath(), file.getPath())) {
                add(files, file.getPath().toString(), file.getLen(), forced, null);
              }
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
      TreeMap<String, InputFile> files,
      String path,
      long bytes,
      SourceFormat forced,
      String problem) {
    SourceFormat format = forced != null ? forced : InputFormats.fromName(path);
    files.put(path, new InputFile(path, bytes, format, problem));
  }

  /**
   * Walks a local folder with the JDK rather than Hadoop's local file system, whose listing asks a
   * shell for every file's permissions (15,000 files took 80 s) and silently drops symbolic links
   * whose target is gone. Links are followed; a link loop, a broken link or an unreadable folder is
   * listed with its problem.
   */
  private static void walkLocal(TreeMap<String, InputFile> files, Path root, SourceFormat forced)
      throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(root.toUri());
    Files.walkFileTree(
        dir,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(
              java.nio.file.Path d, BasicFileAttributes attrs) {
            return !d.equals(dir) && InputFormats.isHidden(d.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(java.nio.file.Path f, BasicFileAttributes attrs) {
            if (!InputFormats.isHidden(f.getFileName().toString())) {
              String problem =
                  attrs.isSymbolicLink() ? brokenLink(f) : attrs.isOther() ? "not a file" : null;
              add(files, hadoopPath(f), problem == null ? attrs.size() : 0, forced, problem);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(java.nio.file.Path f, IOException e) {
            if (!InputFormats.isHidden(f.getFileName().toString())) {
              String problem =
                  e instanceof FileSystemLoopException
                      ? "symbolic link loop back to " + e.getMessage()
                      : Files.isSymbolicLink(f) ? brokenLink(f) : "cannot read: " + e;
              add(files, hadoopPath(f), 0, forced, problem);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String hadoopPath(java.nio.file.Path f) {
    return new Path(f.toUri()).toString();
  }

  private static String brokenLink(java.nio.file.Path link) {
    try {
      return "broken symbolic link to " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "broken symbolic link (" + e.getMessage() + ")";
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
