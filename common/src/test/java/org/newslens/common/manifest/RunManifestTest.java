package org.newslens.common.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
  @TempDir Path dir;

  private static RunManifest ingestManifest(long articles) {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("records_in", 10);
    results.put("articles", articles);
    results.put("duplicates", 2);
    results.put("rejects", 1);
    results.put("rejects_by_reason", Map.of("empty_body", 1));
    return new RunManifest(
        RunManifest.INGEST_JOB,
        Map.of("files", 3),
        Map.of("split", "auto"),
        Map.of("spark", "4.2.0"),
        Map.of("total_seconds", 1.5),
        Map.of("cores", 2),
        results);
  }

  @Test
  void readsBackWhatItWroteWithTheResultsInTheirOrderAfterTheSections() throws IOException {
    RunManifest written = ingestManifest(7);
    written.write(dir.toString(), new Configuration());

    RunManifest read = RunManifest.read(dir.toString(), new Configuration());
    assertEquals(RunManifest.INGEST_JOB, read.job());
    assertEquals(3, ((Number) read.inputs().get("files")).intValue());
    assertEquals("auto", read.parameters().get("split"));
    assertEquals(
        List.of("records_in", "articles", "duplicates", "rejects", "rejects_by_reason"),
        List.copyOf(read.results().keySet()));
    assertEquals(
        List.of(
            "job",
            "inputs",
            "parameters",
            "versions",
            "timings",
            "resources",
            "records_in",
            "articles",
            "duplicates",
            "rejects",
            "rejects_by_reason"),
        List.copyOf(read.toMap().keySet()));
    assertEquals(read, RunManifest.read(dir.resolve(RunManifest.FILE_NAME)));
    assertTrue(Files.readString(dir.resolve(RunManifest.FILE_NAME)).endsWith("}\n"));
  }

  @Test
  void accountsForEveryIngestedRecord() {
    assertTrue(ingestManifest(7).recordCounts().orElseThrow().reconciles());
    assertFalse(ingestManifest(6).recordCounts().orElseThrow().reconciles());
    RunManifest analysis =
        new RunManifest(
            RunManifest.ANALYSIS_JOB,
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of("counts", Map.of("articles_in", 5)));
    assertTrue(analysis.recordCounts().isEmpty());
  }

  @Test
  void aResultCannotTakeTheNameOfASection() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RunManifest(
                "x",
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of("timings", Map.of())));
  }
}
