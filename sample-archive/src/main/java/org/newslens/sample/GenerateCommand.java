package org.newslens.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.newslens.common.cli.UsageException;

/**
 * {@code bin/newslens generate}: writes a synthetic archive with planted trends and its ground
 * truth.
 */
public final class GenerateCommand {
  private GenerateCommand() {}

  public static void main(String[] argv) throws IOException {
    if (GenerateOptions.wantsHelp(argv)) {
      System.out.print(GenerateOptions.USAGE);
      return;
    }
    GenerateOptions opts = parseOrExit(argv);
    long started = System.nanoTime();
    Map<String, Object> planted = new Generator(opts).run();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "generated %d articles in %.1f s (%.0f articles/s) into %s%n",
        opts.articles(), seconds, opts.articles() / seconds, opts.output());
    System.out.println("expected ingest counts: " + planted.get("expected_ingest_counts"));
    System.out.println("written: " + planted.get("written"));
  }

  static GenerateOptions parseOrExit(String[] argv) {
    try {
      GenerateOptions opts = GenerateOptions.parse(argv);
      prepareOutput(opts);
      return opts;
    } catch (UsageException e) {
      System.err.println("generate: " + e.getMessage());
      System.exit(2);
      return null;
    }
  }

  /** Refuses a non-empty output folder unless --overwrite, which deletes it. */
  static void prepareOutput(GenerateOptions opts) throws UsageException {
    Path out = opts.output();
    try {
      if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        boolean empty;
        try (Stream<Path> s = Files.list(out)) {
          empty = s.findAny().isEmpty();
        }
        if (!empty && !opts.overwrite()) {
          throw new UsageException(
              "output " + out + " exists and is not empty (use --overwrite to replace it)");
        }
        if (!empty) {
          try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
      }
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UsageException("cannot prepare output " + out + ": " + e.getMessage());
    }
  }
}
