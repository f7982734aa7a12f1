package org.newslens.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.newslens.common.cli.SubmittedHadoopConf;

/**
 * Throughput of the rule-based scorer alone, on one thread: sentences per CPU-second of that thread
 * (= per core, whatever else the machine runs), and per wall-clock second. Reads sentences (one per
 * line, or the "text" field of JSONL lines), splits them like the job does, warms up, then scores
 * them repeatedly for about {@code --seconds}. No Spark. With {@code --trained} it measures instead
 * the per-sentence work of a trained model, {@link SentimentFeatures#features} (the sentence
 * embedding dominates; the linear model's dot product is negligible), per CPU-second of the whole
 * process, since ONNX Runtime computes on threads of its own. Usage: {@code ScorerBenchmark FILE
 * [--seconds S] [--trained]}.
 */
public final class ScorerBenchmark {
  private ScorerBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("--")) {
      System.err.println(
          "usage: ScorerBenchmark FILE(.txt one sentence a line | .jsonl with \"text\") [--seconds S]"
              + " [--trained]");
      System.exit(2);
    }
    List<String> rest = List.of(args).subList(1, args.length);
    int at = rest.indexOf("--seconds");
    double seconds = at >= 0 ? Double.parseDouble(rest.get(at + 1)) : 10.0;
    List<String> sentences = read(args[0]);
    if (sentences.isEmpty()) {
      System.err.println("no sentences in " + args[0]);
      System.exit(2);
    }
    if (rest.contains("--trained")) {
      double sink = runFeatures(sentences, seconds / 4)[1];
      double[] m = runFeatures(sentences, seconds);
      System.out.printf(
          "trained-model features: %,d sentences in %.2f s of process CPU time = %,.0f sentences per"
              + " CPU-second (%,.0f per wall-clock second; checksum %.3f)%n",
          (long) m[0], m[3], m[0] / m[3], m[0] / m[2], m[1] + sink * 0);
      return;
    }
    LexiconScorer scorer = LexiconScorer.get();
    double sink = run(scorer, sentences, seconds / 4)[1];
    double[] measured = run(scorer, sentences, seconds);
    System.out.printf(
        "scorer: %,d sentences in %.2f s of thread CPU time = %,.0f sentences/s per core"
            + " (%,.0f per wall-clock second; mean length %.0f characters; checksum %.3f)%n",
        (long) measured[0],
        measured[3],
        measured[0] / measured[3],
        measured[0] / measured[2],
        sentences.stream().mapToInt(String::length).average().orElse(0),
        measured[1] + sink * 0);
  }

  /**
   * {count, checksum, wall seconds, CPU seconds} of scoring the sentences round-robin for about
   * {@code seconds}.
   */
  static double[] run(LexiconScorer scorer, List<String> sentences, double seconds) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
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
    return new double[] {
      count,
      checksum,
      (System.nanoTime() - start) / 1e9,
      (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9
    };
  }

  /**
   * Like {@link #run} for {@link SentimentFeatures#features}, timed by the CPU time of the whole
   * process.
   */
  static double[] runFeatures(List<String> sentences, double seconds) {
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long count = 0;
    double checksum = 0;
    for (int i = 0; System.nanoTime() < deadline; i = (i + 1) % sentences.size()) {
      checksum += SentimentFeatures.features(sentences.get(i)).apply(0);
      count++;
    }
    return new double[] {
      count, checksum, (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9
    };
  }

  static List<String> read(String file) throws IOException {
    Path path = new Path(file);
    List<String> out = new ArrayList<>();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                path.getFileSystem(SubmittedHadoopConf.forThisDriver()).open(path),
                StandardCharsets.UTF_8))) {
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
