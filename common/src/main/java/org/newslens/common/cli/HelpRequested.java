package org.newslens.common.cli;

/**
 * Thrown by an options parser when {@code --help} is asked for: not an error, the usage goes to
 * stdout.
 */
public final class HelpRequested extends Exception {
  public HelpRequested() {
    super("help requested");
  }
}
