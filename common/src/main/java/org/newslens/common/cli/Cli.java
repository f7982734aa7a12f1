package org.newslens.common.cli;

/**
 * The one place a command line turns into an exit: usage on {@code --help} (0), one line on stderr
 * otherwise (2).
 */
public final class Cli {
  /** A pure options parser. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String[] argv) throws UsageException, HelpRequested;
  }

  private Cli() {}

  /**
   * @param command the name errors start with, e.g. {@code newslens ingest}
   */
  public static <T> T parseOrExit(String command, String usage, String[] argv, Parser<T> parser) {
    try {
      return parser.parse(argv);
    } catch (HelpRequested e) {
      System.out.println(usage);
      System.exit(0);
    } catch (UsageException e) {
      System.err.println(command + ": " + e.getMessage());
      System.exit(2);
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Prints {@code command: message} on stderr and exits 2: for path checks made before Spark
   * starts.
   */
  public static void exitUsage(String command, String message) {
    System.err.println(command + ": " + message);
    System.exit(2);
  }
}
