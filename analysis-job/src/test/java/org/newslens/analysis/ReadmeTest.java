package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newslens.analysis.evaluate.SentimentEvaluationOptions;
import org.newslens.analysis.sentiment.TrainSentimentOptions;

/** The documents show the real command lines of analyze, train-sentiment and evaluate sentiment. */
class ReadmeTest {
  private static String read(String... path) throws Exception {
    return Files.readString(Path.of(System.getProperty("newslens.root"), path));
  }

  @Test
  void theReadmeShowsTheRealAnalyzeHelp() throws Exception {
    assertTrue(
        read("README.md").contains(AnalysisOptions.USAGE),
        "README must carry AnalysisOptions.USAGE verbatim");
  }

  @Test
  void theAnalysisGuideShowsTheRealTrainSentimentHelp() throws Exception {
    assertTrue(
        read("docs", "analysis.md").contains(TrainSentimentOptions.USAGE),
        "docs/analysis.md must carry TrainSentimentOptions.USAGE verbatim");
  }

  @Test
  void theEvaluationGuideShowsTheRealEvaluateSentimentHelp() throws Exception {
    assertTrue(
        read("docs", "evaluation.md").contains(SentimentEvaluationOptions.USAGE),
        "docs/evaluation.md must carry SentimentEvaluationOptions.USAGE verbatim");
  }
}
