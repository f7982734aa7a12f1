package org.newslens.analysis.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.cli.UsageException;
import org.newslens.common.testing.LocalSpark;

class TopicEvaluationTest {
  @Test
  void parsesTheBenchmarkOptions() throws UsageException {
    TopicEvaluation.Options options =
        TopicEvaluation.Options.parse(
            new String[] {
              "--ground-truth",
              "gt.jsonl",
              "--predictions",
              "p.jsonl",
              "--k",
              "5",
              "--seeds",
              "3",
              "--dedup",
              "none"
            });
    assertEquals(Path.of("gt.jsonl"), options.groundTruth());
    assertEquals(5, options.lda().k());
    assertEquals(3, options.seeds());
    assertFalse(options.dedup());
    assertTrue(options.score());
  }

  @Test
  void rejectsBadArgumentsBeforeAnyWork() throws UsageException {
    assertThrows(
        UsageException.class,
        () -> TopicEvaluation.Options.parse(new String[] {"--predictions", "p"}));
    assertThrows(
        UsageException.class,
        () ->
            TopicEvaluation.Options.parse(
                new String[] {"--ground-truth", "g", "--predictions", "p", "--k", "1"}));
    assertThrows(
        UsageException.class,
        () ->
            TopicEvaluation.Options.parse(
                new String[] {"--ground-truth", "g", "--predictions", "p", "--dedup", "fuzzy"}));
    assertThrows(
        UsageException.class,
        () ->
            TopicEvaluation.Options.parse(
                new String[] {"--ground-truth", "g", "--predictions", "p", "--seeds", "x"}));
    assertTrue(TopicEvaluation.Options.parse(new String[] {"--help"}).help());
  }

  @Test
  void fitsReadsNoCategoryWritesOnePredictionPerRecordAndSeedThenScores(@TempDir Path dir)
      throws Exception {
    StringBuilder records = new StringBuilder();
    String[][] themes = {
      {"harbour", "ferry", "boats", "quay", "fishermen", "tide"},
      {"orchard", "apples", "harvest", "cider", "blossom", "growers"}
    };
    for (int i = 0; i < 12; i++) {
      String[] words = themes[i % 2];
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 10; j++) {
        text.append(words[(i + j * 5) % words.length]).append(' ');
      }
      records.append(
          String.format(
              "{\"id\":\"r%02d\",\"category\":\"%s\",\"title\":\"T %d\",\"text\":\"%s\"}%n",
              i, words[0], i, text.toString().trim()));
    }
    // An exact copy of r00 under another id: dropped by the default exact deduplication.
    records
        .append("{\"id\":\"r99\",\"category\":\"harbour\",\"title\":\"T 0\",\"text\":\"")
        .append(records.substring(records.indexOf("\"text\":\"") + 8, records.indexOf("\"}")))
        .append("\"}\n");
    Path truth = dir.resolve("truth.jsonl");
    Files.writeString(truth, records.toString());
    Path predictions = dir.resolve("out/predictions.jsonl");
    TopicEvaluation.Options options =
        TopicEvaluation.Options.parse(
            new String[] {
              "--ground-truth",
              truth.toString(),
              "--predictions",
              predictions.toString(),
              "--k",
              "2",
              "--seeds",
              "2",
              "--iterations",
              "15",
              "--restarts",
              "1",
              "--min-df",
              "1",
              "--max-df",
              "0.9"
            });

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    assertEquals(
        0,
        TopicEvaluation.run(LocalSpark.spark(), options, new PrintStream(buffer, true, "UTF-8")));

    List<String> lines = Files.readAllLines(predictions);
    assertEquals(24, lines.size(), "12 unique records x 2 seeds");
    assertTrue(
        lines.get(0).matches("\\{\"id\":\"r00\",\"seed\":1,\"topic\":[01]\\}"), lines.get(0));
    assertTrue(lines.stream().noneMatch(l -> l.contains("category") || l.contains("r99")));
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("12 records after deduplication"), printed);
    assertTrue(printed.contains("NMI mean ± sd over 2 seeds: 1.000 ± 0.000"), printed);
  }
}
