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
import org.newslens.common.output.OutputPaths;
import org.newslens.common.output.StagedOutput;
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
          } else if ("file".equals(fs.getUri().getScheme())) {
            addLocal(files, java.nio.file.Path.of(status.getPath().toUri()), forced);
          } else {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus file = it.next();
              if (!hiddenBelow(status.getPath(), file.getPath())) {
                add(files, file, forced);
              }
            }
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        // Hadoop reports an unknown host or nameservice (hdfs://name/ with no such name)
        // as an IllegalArgumentException.
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
   * Walks a local folder with the JDK: Hadoop's local listing asks a shell for every file's
   * permissions (15,107 files took 80 s). Follows symbolic links, as Hadoop's listing does; unlike
   * it, a link that cannot be followed is listed with its problem and becomes an {@code
   * unreadable_file} reject instead of vanishing (a broken link, a loop of links to files), and a
   * link to a folder already being walked (a loop) is listed once as such instead of being walked
   * again and again.
   */
  private static void addLocal(
      TreeMap<String, InputFile> files, java.nio.file.Path root, SourceFormat forced)
      throws IOException {
    java.nio.file.Files.walkFileTree(
        root,
        java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(
              java.nio.file.Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
            return !dir.equals(root) && InputFormats.isHidden(dir.getFileName().toString())
                ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                : java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(
              java.nio.file.Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (!InputFormats.isHidden(file.getFileName().toString())) {
              if (attrs.isSymbolicLink()) {
                addLocal(files, file, forced, linkProblem(file), 0);
              } else if (attrs.isRegularFile()) {
                addLocal(files, file, forced, null, attrs.size());
              }
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(
              java.nio.file.Path file, IOException e) {
            if (!InputFormats.isHidden(file.getFileName().toString())) {
              String problem =
                  e instanceof java.nio.file.FileSystemLoopException
                      ? "symbolic link loop: a link to a folder that is already being read"
                      : "cannot be read: " + e;
              addLocal(files, file, forced, problem, 0);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
  }

  private static void addLocal(
      TreeMap<String, InputFile> files,
      java.nio.file.Path file,
      SourceFormat forced,
      String problem,
      long bytes) {
    String path = new Path(file.toUri()).toString().replaceAll("(?<=.)/+$", "");
    SourceFormat format = forced != null ? forced : InputFormats.fromName(path);
    files.put(path, new InputFile(path, bytes, format, problem));
  }

  /** Why a symbolic link that the walk could not follow cannot be read. */
  private static String linkProblem(java.nio.file.Path link) {
    try {
      link.toRealPath();
      return "symbolic link that cannot be followed";
    } catch (java.nio.file.NoSuchFileException e) {
      try {
        return "broken symbolic link to " + java.nio.file.Files.readSymbolicLink(link);
      } catch (IOException again) {
        return "broken symbolic link";
      }
    } catch (java.nio.file.FileSystemException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      return reason.startsWith("Too many levels of symbolic links")
          ? "symbolic link loop (or a link whose target cannot be looked at)"
          : "symbolic link that cannot be followed: " + e.getMessage();
    } catch (IOException e) {
      return "symbolic link that cannot be followed: " + e.getMessage();
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

  /**
   * Refuses an output that is, holds or lies inside an input (a second run would read the first
   * one's tables, and {@code --overwrite} would delete inputs), an existing output unless
   * overwriting, an output that is a file, and a local output that cannot be created (under a file
   * or in a folder that is not writable).
   */
  public static void checkOutput(
      String output, boolean overwrite, List<String> inputs, Configuration conf)
      throws UsageException {
    String overlap = overlap(inputs, output, System.getProperty("user.dir"));
    if (overlap != null) {
      throw new UsageException(overlap);
    }
    Path path = new Path(output);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (StagedOutput.holdsOutput(fs, path)) {
        if (!overwrite) {
          throw new UsageException(
              "output exists: " + output + " (pass --overwrite to replace it)");
        }
        if (!fs.getFileStatus(path).isDirectory()) {
          throw new UsageException("output " + output + " is a file, not a folder");
        }
      }
      if ("file".equals(fs.getUri().getScheme())) {
        String problem = localProblem(java.nio.file.Path.of(fs.makeQualified(path).toUri()));
        if (problem != null) {
          throw new UsageException("output " + output + " cannot be written: " + problem);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot check output " + output + ": " + e.getMessage());
    }
  }

  /** Why a local output folder could not be created or written, or null. */
  static String localProblem(java.nio.file.Path output) {
    java.nio.file.Path p = output.toAbsolutePath().normalize();
    while (p != null && !java.nio.file.Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return "no part of the path exists";
    }
    if (!java.nio.file.Files.isDirectory(p)) {
      return p + " is a file";
    }
    if (!java.nio.file.Files.isWritable(p)) {
      return p + " is not writable";
    }
    return null;
  }

  /**
   * Why {@code output} overlaps an input (the same folder, inside one, or holding one), or null.
   * Pure: compares the paths as written, local ones resolved against {@code workingDir}.
   */
  public static String overlap(List<String> inputs, String output, String workingDir) {
    return OutputPaths.overlap(inputs, output, workingDir);
  }
}
