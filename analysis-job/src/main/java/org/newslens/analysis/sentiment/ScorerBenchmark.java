package org.newslens.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Throughput of the rule-based scorer alone, on one thread: sentences per CPU-second of that thread (= per core,
 * whatever else the machine runs), and per wall-clock second. Reads sentences (one per line, or the "text" field of
 * JSONL lines), splits them like the job does, warms up, then scores them repeatedly for about {@code --seconds}. No
 * Spark. Usage: {@code ScorerBenchmark FILE [--seconds S]}.
 */
public final class ScorerBenchmark {
  private ScorerBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("--")) {
      System.err.println("usage: ScorerBenchmark FILE(.txt one sentence a line | .jsonl with \"text\") [--seconds S]");
      System.exit(2);
    }
    double seconds = args.length >= 3 && args[1].equals("--seconds") ? Double.parseDouble(args[2]) : 10.0;
    List<String> sentences = read(args[0]);
    if (sentences.isEmpty()) {
      System.err.println("no sentences in " + args[0]);
      System.exit(2);
    }
    LexiconScorer scorer = LexiconScorer.get();
    double sink = run(scorer, sentences, seconds / 4)[1];
    double[] measured = run(scorer, sentences, seconds);
    System.out.printf("scorer: %,d sentences in %.2f s of thread CPU time = %,.0f sentences/s per core"
        + " (%,.0f per wall-clock second; mean length %.0f characters; checksum %.3f)%n", (long) measured[0],
        measured[3], measured[0] / measured[3], measured[0] / measured[2],
        sentences.stream().mapToInt(String::length).average().orElse(0), measured[1] + sink * 0);
  }

  /** {count, checksum, wall seconds, CPU seconds} of scoring the sentences round-robin for about {@code seconds}. */
  static double[] run(LexiconScorer scorer, List<String> sentences, double seconds) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long count = 0;
    double checksum = 0;
    while (System.nanoTime() < deadline) {
      for (String s : sentences) {
        checksum += scorer.score(s);
      }
      count += sentences.size();
    }
    return new double[] {count, checksum, (System.nanoTime() - start) / 1e9,
        (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9};
  }

  static List<String> read(String file) throws IOException {
    Path path = new Path(file);
    List<String> out = new ArrayList<>();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        path.getFileSystem(new Configuration()).open(path), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String text = line;
        if (file.endsWith(".jsonl")) {
          var node = mapper.readTree(line).get("text");
          text = node == null ? "" : node.asText();
        }
        out.addAll(SentenceSplitter.split(text));
      }
    }
    return out;
  }
}
