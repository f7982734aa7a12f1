package org.newslens.analysis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** Rows of the articles table (in {@code ArticleSchema.ARTICLE} order) for analysis tests. */
public final class ArticleRows {
  private ArticleRows() {}

  /**
   * One English HTML article published at 09:00 on {@code day} (undated when null), its date read
   * from a meta tag; the other columns are filled with plausible constants.
   */
  public static Object[] article(
      String id, String outlet, LocalDate day, String title, String text) {
    String domain = outlet.toLowerCase().replace(' ', '-') + ".example";
    return new Object[] {
      id,
      "https://" + domain + "/" + id,
      "https://" + domain + "/" + id,
      outlet,
      domain,
      title,
      title == null ? null : "headline",
      List.of(),
      day == null ? null : Timestamp.valueOf(day.atTime(9, 0)),
      day == null ? null : Date.valueOf(day),
      day == null ? "none" : "meta",
      "en",
      null,
      null,
      text,
      text.split("\\s+").length,
      "article",
      1.0,
      "file:/in/" + id + ".html",
      null,
      null,
      "html",
      null,
      id + "-hash",
      "0.1.0",
      Timestamp.valueOf("2026-01-01 00:00:00")
    };
  }
}
