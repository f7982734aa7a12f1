package org.newslens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newslens.analysis.sentiment.ArticleSentiment;
import org.newslens.analysis.sentiment.LexiconScorer;
import org.newslens.common.schema.ArticleColumns;

/**
 * The reference the analysis is measured against: the sentence scorer alone, one thread, over the
 * sentences of the same articles (title and text split as the analysis splits them, before the
 * clock starts). Prints one JSON line: articles, sentences, CPU seconds, sentences per CPU-second.
 *
 * <p>{@code ScorerReference --limit N ARTICLES_DIR}
 */
public final class ScorerReference {
  private ScorerReference() {}

  public static void main(String[] args) {
    int limit = Integer.MAX_VALUE;
    String input = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--limit")) {
        limit = Integer.parseInt(args[++i]);
      } else {
        input = args[i];
      }
    }
    List<String> sentences = new ArrayList<>();
    long articles;
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("scorer-reference")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    try {
      List<Row> rows =
          spark
              .read()
              .parquet(input)
              .select(ArticleColumns.TITLE, ArticleColumns.TEXT)
              .limit(limit)
              .collectAsList();
      articles = rows.size();
      for (Row r : rows) {
        sentences.addAll(ArticleSentiment.sentences(r.getString(0), r.getString(1)));
      }
    } finally {
      spark.stop();
    }
    LexiconScorer scorer = LexiconScorer.get();
    double sum = 0;
    for (int i = 0; i < Math.min(20_000, sentences.size()); i++) {
      sum += scorer.score(sentences.get(i));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    for (String s : sentences) {
      sum += scorer.score(s);
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"articles\":%d,\"sentences\":%d,\"cpu_seconds\":%.3f,\"sentences_per_cpu_second\":%.0f,"
                + "\"sentences_per_article\":%.2f,\"checksum\":%.6f}",
            articles,
            sentences.size(),
            cpuSeconds,
            sentences.size() / cpuSeconds,
            sentences.size() / (double) articles,
            sum));
  }
}
