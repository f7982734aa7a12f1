package org.newslens.ingest.source.text;

import java.io.Serializable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a text file is cut into articles ({@code --split}).
 *
 * <ul>
 *   <li>{@code auto}: where a reader would cut it ({@link TextDumpSplitter}); the default.
 *   <li>{@code none}: the file is one article.
 *   <li>{@code blank-lines}: blank lines end an article; when the file also has single blank lines
 *       between paragraphs, only a run of two or more does.
 *   <li>{@code regex:<pattern>}: every line in which the Java regular expression is found is a
 *       separator between articles, part of neither.
 * </ul>
 *
 * @param mode the kind of split
 * @param pattern the separator pattern of {@code regex:}, else null
 */
public record TextSplit(Mode mode, String pattern) implements Serializable {
  public enum Mode {
    AUTO,
    NONE,
    BLANK_LINES,
    REGEX
  }

  public static final TextSplit AUTO = new TextSplit(Mode.AUTO, null);

  /**
   * Parses {@code auto}, {@code none}, {@code blank-lines} or {@code regex:<pattern>}.
   *
   * @throws IllegalArgumentException with a one-line message for anything else
   */
  public static TextSplit parse(String value) {
    String v = value == null ? "" : value.strip();
    if (v.startsWith("regex:")) {
      String pattern = v.substring("regex:".length());
      if (pattern.isEmpty()) {
        throw new IllegalArgumentException("--split regex: needs a pattern after the colon");
      }
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "--split regex: pattern does not compile: " + e.getDescription());
      }
      return new TextSplit(Mode.REGEX, pattern);
    }
    return switch (v) {
      case "auto" -> AUTO;
      case "none" -> new TextSplit(Mode.NONE, null);
      case "blank-lines" -> new TextSplit(Mode.BLANK_LINES, null);
      default ->
          throw new IllegalArgumentException(
              "--split must be auto, none, blank-lines or regex:<pattern>; got '" + v + "'");
    };
  }

  /** The value as written on the command line. */
  public String code() {
    return switch (mode) {
      case AUTO -> "auto";
      case NONE -> "none";
      case BLANK_LINES -> "blank-lines";
      case REGEX -> "regex:" + pattern;
    };
  }
}
