package org.newslens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.newslens.common.manifest.RunManifest;

/**
 * Runs {@code bin/newslens} commands as a user does, one process each, with their output in a log
 * file, and reads what a job wrote of itself in its {@code _manifest.json}.
 */
final class Jobs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path launcher;
  private final Path logs;

  /** A finished command: exit status, wall-clock seconds and its log. */
  record Run(int exit, double wallSeconds, Path log) {
    Run requireSuccess(String what) {
      if (exit != 0) {
        throw new IllegalStateException(what + " failed with status " + exit + "; see " + log);
      }
      return this;
    }
  }

  Jobs(Path launcher, Path logs) throws IOException {
    this.launcher = launcher;
    this.logs = logs;
    Files.createDirectories(logs);
  }

  /** Runs {@code bin/newslens <args>}; the log is {@code <logs>/<name>.log}. */
  Run run(String name, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(args);
    Path log = logs.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.environment().put("NEWSLENS_SKIP_BUILD", "1");
    System.err.println("bench: " + String.join(" ", command));
    long start = System.nanoTime();
    int exit = pb.start().waitFor();
    return new Run(exit, (System.nanoTime() - start) / 1e9, log);
  }

  /** Runs a reference tool of this module in its own JVM and returns the JSON line it prints. */
  @SuppressWarnings("unchecked")
  Map<String, Object> reference(String name, Class<?> main, String heap, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    // what a Spark driver needs on Java 17+, for the reference that reads the articles with Spark
    command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    Path log = logs.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
    System.err.println("bench: reference " + name);
    Process p = pb.start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("reference " + name + " failed; see " + log);
    }
    String last = out.strip().lines().reduce((a, b) -> b).orElse("{}");
    return JSON.readValue(last, LinkedHashMap.class);
  }

  /** The {@code _manifest.json} of a job's output folder, as one ordered object. */
  static Map<String, Object> manifest(Path output) throws IOException {
    return RunManifest.read(output.resolve(RunManifest.FILE_NAME)).toMap();
  }

  /** Bytes of the files under {@code dir}. */
  static long bytes(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
    }
  }
}
