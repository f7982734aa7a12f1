package org.newslens.common.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The benchmark sets and the seed sample that sit in the {@code shared} folder beside the checkout
 * and are never copied into the repository. The folder is the system property {@code
 * newslens.shared}, which the parent pom sets to the checkout's sibling {@code ../shared}; a test
 * run outside Maven, from a module's folder, finds the same folder at {@code ../../shared}.
 *
 * <p>A test that needs a file from there asks for it with {@link #require}: when the file is absent
 * the test is skipped with one line saying so, unless {@code -Dnewslens.shared.required=true} (set
 * by CI) turns the absence into a failure.
 */
public final class SharedData {
  /** The system property naming the shared folder. */
  public static final String FOLDER_PROPERTY = "newslens.shared";

  /** The system property that, when {@code true}, fails a test whose shared data is absent. */
  public static final String REQUIRED_PROPERTY = "newslens.shared.required";

  private SharedData() {}

  /** The shared folder: {@code newslens.shared}, or {@code ../../shared} when it is not set. */
  private static Path folder() {
    return Path.of(System.getProperty(FOLDER_PROPERTY, "../../shared"));
  }

  /**
   * The file or folder at {@code first/more...} inside the shared folder. When it does not exist,
   * the calling test is skipped ("benchmark data not found at PATH; skipping", also printed to
   * standard error so the build log shows it), or fails when {@code newslens.shared.required} is
   * {@code true}.
   */
  public static Path require(String first, String... more) {
    Path path = folder().resolve(Path.of(first, more)).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
        Assertions.fail(
            "benchmark data not found at "
                + path
                + " (required: -D"
                + REQUIRED_PROPERTY
                + "=true)");
      }
      String message = "benchmark data not found at " + path + "; skipping";
      System.err.println(message);
      Assumptions.abort(message);
    }
    return path;
  }
}
