package org.newslens.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newslens.analysis.AnalysisOptions;
import org.newslens.common.cli.UsageException;

class TopicOptionsTest {
  private static AnalysisOptions parse(String... extra) throws UsageException {
    String[] argv = new String[extra.length + 4];
    argv[0] = "--input";
    argv[1] = "in";
    argv[2] = "--output";
    argv[3] = "out";
    System.arraycopy(extra, 0, argv, 4, extra.length);
    return AnalysisOptions.parse(argv);
  }

  @Test
  void analyzeUsesTheCalibratedLdaRecipeAndTheBuiltInTaxonomyByDefault() throws UsageException {
    TopicOptions topics = parse().topics();
    assertNull(topics.taxonomy());
    assertNull(topics.topicModel());
    assertTrue(topics.ldaEnabled());
    assertEquals(LdaSettings.defaults(), topics.lda());
    assertEquals(2, topics.taxonomyMinMatches());
    assertEquals(ChangePoints.defaults(), topics.changePoints());
  }

  @Test
  void readsTheTopicOptionsOfTheAnalyzeCommandLine() throws UsageException {
    TopicOptions topics =
        parse(
                "--taxonomy",
                "my.txt",
                "--topic-model",
                "hdfs://nn/models/lda",
                "--k",
                "12",
                "--seed",
                "7",
                "--iterations",
                "50",
                "--restarts",
                "1",
                "--taxonomy-min-matches",
                "3",
                "--change-window",
                "5",
                "--change-z",
                "3.5",
                "--lda-min-weight",
                "0.3")
            .topics();
    assertEquals(Path.of("my.txt"), topics.taxonomy());
    assertEquals("hdfs://nn/models/lda", topics.topicModel());
    assertEquals(12, topics.lda().k());
    assertEquals(7L, topics.lda().seed());
    assertEquals(50, topics.lda().iterations());
    assertEquals(1, topics.lda().restarts());
    assertEquals(3, topics.taxonomyMinMatches());
    assertEquals(new ChangePoints(5, 3.5, ChangePoints.defaults().minN()), topics.changePoints());
    assertEquals(0.3, topics.ldaMinWeight());
    assertFalse(parse("--no-lda").topics().ldaEnabled());
  }

  @Test
  void rejectsBadTopicOptions() {
    assertThrows(UsageException.class, () -> parse("--k", "1"));
    assertThrows(UsageException.class, () -> parse("--seed", "x"));
    assertThrows(UsageException.class, () -> parse("--iterations", "0"));
    assertThrows(UsageException.class, () -> parse("--lda-min-weight", "2"));
    assertThrows(UsageException.class, () -> parse("--change-z", "-1"));
    assertThrows(UsageException.class, () -> parse("--no-lda=yes"));
  }

  @Test
  void usageListsTheTopicOptions() {
    assertTrue(AnalysisOptions.USAGE.contains("--taxonomy FILE"));
    assertTrue(AnalysisOptions.USAGE.contains("--topic-model DIR"));
  }
}
