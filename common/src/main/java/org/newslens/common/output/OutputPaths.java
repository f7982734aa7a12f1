package org.newslens.common.output;

import java.util.List;
import org.apache.hadoop.fs.Path;

/** Pure checks of where a job's output folder lies relative to its inputs. */
public final class OutputPaths {
  private OutputPaths() {}

  /**
   * Why {@code output} overlaps an input (the same folder, inside one, or holding one), or null.
   * Pure: compares the paths as written, local ones resolved against {@code workingDir}.
   */
  public static String overlap(List<String> inputs, String output, String workingDir) {
    String out = normalise(output, workingDir);
    for (String input : inputs) {
      String in = normalise(input, workingDir);
      if (out.equals(in)) {
        return "output " + output + " is the input " + input;
      }
      if (out.startsWith(in + "/")) {
        return "output " + output + " is inside the input " + input;
      }
      if (in.startsWith(out + "/")) {
        return "output " + output + " holds the input " + input;
      }
    }
    return null;
  }

  /** A path as {@code scheme://authority/path} without dot segments or a trailing slash. */
  private static String normalise(String path, String workingDir) {
    java.net.URI uri = new Path(path).toUri();
    String scheme = uri.getScheme() == null ? "file" : uri.getScheme();
    String p = uri.getPath();
    if (scheme.equals("file")) {
      p = java.nio.file.Path.of(workingDir).resolve(p).normalize().toString();
    } else {
      p = java.nio.file.Path.of("/").resolve(p).normalize().toString();
    }
    String authority = uri.getAuthority() == null ? "" : uri.getAuthority();
    return scheme + "://" + authority + p.replaceAll("/+$", "");
  }
}
