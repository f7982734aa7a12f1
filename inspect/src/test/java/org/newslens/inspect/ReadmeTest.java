package org.newslens.inspect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the real inspect usage, the cluster guide the real compare usage. */
class ReadmeTest {
  @Test
  void showsTheRealInspectHelp() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("newslens.root"), "README.md"));
    assertTrue(
        readme.contains(InspectOptions.USAGE), "README must carry InspectOptions.USAGE verbatim");
  }

  @Test
  void theClusterGuideShowsTheRealCompareHelp() throws Exception {
    String guide =
        Files.readString(Path.of(System.getProperty("newslens.root"), "docs", "cluster.md"));
    assertTrue(
        guide.contains(CompareOptions.USAGE),
        "docs/cluster.md must carry CompareOptions.USAGE verbatim");
  }
}
