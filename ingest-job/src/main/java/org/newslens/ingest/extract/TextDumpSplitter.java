package org.newslens.ingest.extract;

import java.util.List;

/**
 * Splits a plain-text dump into articles. For now a file holds one article; dumps with several articles run together
 * are split here once boundary detection exists.
 */
public final class TextDumpSplitter {
  private TextDumpSplitter() {}

  /** The articles of one text file, in file order, each as its raw text (one paragraph per line). */
  public static List<String> split(String content) {
    return List.of(content);
  }
}
