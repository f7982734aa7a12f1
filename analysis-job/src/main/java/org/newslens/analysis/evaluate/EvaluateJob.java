package org.newslens.analysis.evaluate;

import java.util.Arrays;

/**
 * {@code evaluate sentiment|topics ...}: dispatches on the first argument to the evaluation of that
 * kind, passing the remaining arguments on.
 */
public final class EvaluateJob {
  static final String USAGE =
      "usage: bin/newslens evaluate sentiment|topics [options] (each kind has --help)";

  private EvaluateJob() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(USAGE);
      if (args.length == 0) {
        System.exit(2);
      }
      return;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "sentiment" -> SentimentEvaluation.main(rest);
      case "topics" -> TopicEvaluation.main(rest);
      default -> {
        System.err.println(
            "newslens evaluate: unknown kind '" + args[0] + "': use sentiment or topics");
        System.exit(2);
      }
    }
  }

  static boolean wantsHelp(String[] args) {
    return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
  }
}
