package org.newslens.endtoend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A job submitted with spark-submit in a JVM of its own, on the test's classpath (the jobs' classes
 * and the Spark runtime; {@code spark-internal} tells spark-submit that the class is already on
 * it), as a user submits it.
 */
final class SparkSubmitProcess {
  /** The same for every submission, so that all runs split their work alike. */
  static final List<String> SPARK_SETTINGS =
      List.of(
          "--master",
          "local[2]",
          "--conf",
          "spark.ui.enabled=false",
          "--conf",
          "spark.sql.shuffle.partitions=2",
          "--conf",
          "spark.default.parallelism=2");

  private SparkSubmitProcess() {}

  /**
   * Starts {@code mainClass} with {@code args}, spark-submit's {@code settings} after {@link
   * #SPARK_SETTINGS}, everything it prints going to {@code log}.
   */
  static Process start(List<String> settings, String mainClass, List<String> args, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("--add-") || option.startsWith("-XX:+IgnoreUnrecognized")) {
        command.add(option);
      }
    }
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.addAll(SPARK_SETTINGS);
    command.addAll(settings);
    command.add("--class");
    command.add(mainClass);
    command.add("spark-internal");
    command.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }
}
