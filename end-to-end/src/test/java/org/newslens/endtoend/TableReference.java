package org.newslens.endtoend;

import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.sink.Table;
import org.newslens.analysis.topics.TopicTables;
import org.newslens.common.schema.ArticleSchema;
import org.newslens.common.schema.Columns;
import org.newslens.common.schema.RejectSchema;
import org.newslens.ingest.sink.ParquetSink;

/**
 * Generates docs/tables.md, the column reference of every table the two jobs write, from the
 * schemas that own them: {@link ArticleSchema} and {@link RejectSchema} for ingest, {@link
 * SentimentTables} and {@link TopicTables} for analysis. Column names, types, descriptions and
 * examples come from the schemas; what one row of each table stands for is written here, once.
 *
 * <p>It lives with the end-to-end tests because that is the one module that sees both jobs. {@code
 * TableReferenceTest} fails when the file and the schemas disagree and rewrites it with {@code
 * -Dnewslens.tables.write=true}.
 */
final class TableReference {
  /** Where the reference is, relative to the project root. */
  static final String PATH = "docs/tables.md";

  /** One documented table: the job that writes it, its folder name, its grain and its schema. */
  record Entry(String job, String name, String grain, StructType schema, StructType partition) {}

  static final List<Entry> TABLES =
      List.of(
          new Entry(
              "ingest",
              ParquetSink.ARTICLES,
              "One row per unique article. Exact duplicates (same canonical URL, or same"
                  + " `content_hash`) are kept once: the first copy by source path and record, so a"
                  + " re-run on the same input gives the same articles. Parquet (zstd) in one folder"
                  + " per publication month (`published_month=2025-05`); undated articles are in `"
                  + ArticleSchema.UNDATED_PARTITION
                  + "`, which Spark and DuckDB read back as null.",
              ArticleSchema.ARTICLE,
              ArticleSchema.PARTITION),
          new Entry(
              "ingest",
              ParquetSink.REJECTS,
              "One row per input record that could not become an article, with its reason. The"
                  + " reasons and the inputs that lead to each are in"
                  + " [ingest-bad-input.md](ingest-bad-input.md).",
              RejectSchema.REJECT,
              null),
          analysis(
              SentimentTables.ARTICLE_SENTIMENT,
              "One row per selected article, undated ones included (with a null date). Scores are"
                  + " in [-1, 1]; the article's score is the mean of its sentence scores."),
          analysis(
              SentimentTables.SENTIMENT_DAILY,
              "One row per outlet × publication day with scored, dated articles. Intervals are"
                  + " Student-t 95% intervals of the mean article score."),
          analysis(
              SentimentTables.SENTIMENT_WEEKLY,
              "One row per outlet × ISO week (starting Monday) with scored, dated articles."),
          analysis(
              SentimentTables.SENTIMENT_OUTLET_DIFF,
              "One row per period × pair of outlets: each ISO week, and `all` (every dated article"
                  + " selected). Each period's pairs form one family for the Holm and"
                  + " Benjamini-Hochberg adjustments."),
          analysis(
              TopicTables.TOPIC_TERMS_TABLE,
              "One row per LDA topic × top term, heaviest first. Not written with `--no-lda`."),
          analysis(
              TopicTables.ARTICLE_TOPICS_TABLE,
              "One row per article × topic it is assigned, for each source (taxonomy and LDA)."),
          analysis(
              TopicTables.TOPIC_FREQUENCY_DAILY_TABLE,
              "One row per outlet × publication day × topic, for every outlet-day with dated"
                  + " articles and every topic seen anywhere, so absence is a 0 share, not a missing"
                  + " row. Undated articles are in neither numerator nor denominator."),
          analysis(
              TopicTables.TOPIC_FREQUENCY_WEEKLY_TABLE,
              "As `topic_frequency_daily`, one row per outlet × ISO week (starting Monday) × topic."),
          analysis(
              TopicTables.TOPIC_SENTIMENT_TABLE,
              "One row per outlet × ISO week × topic with scored articles: the sentiment of the"
                  + " outlet's articles on that topic."),
          analysis(
              TopicTables.DISTINCTIVE_TERMS_TABLE,
              "One row per outlet × month × ranked term: the `--distinctive-top` terms most"
                  + " characteristic of the outlet against the other outlets that month."),
          analysis(
              TopicTables.CHANGE_POINTS_TABLE,
              "One row per change point: a day on which a daily series (an outlet's share of a"
                  + " topic, or its mean sentiment, overall or on one topic) moves to a new level."));

  private static Entry analysis(Table table, String grain) {
    return new Entry("analyze", table.name(), grain, table.schema(), null);
  }

  /** The whole of docs/tables.md. */
  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Tables\n\n")
        .append(
            "<!-- Generated from the schemas by TableReference (end-to-end tests); do not edit."
                + " Regenerate: see docs/development.md. -->\n\n")
        .append("Every table the jobs write, with every column. The schemas in the code own them:")
        .append(" `ArticleSchema` and `RejectSchema` (common) for ingest, `SentimentTables` and")
        .append(" `TopicTables` (analysis-job) for analysis. Each column's description is also")
        .append(" stored in the Parquet footer, where `bin/newslens inspect` shows it. Tables are")
        .append(" Parquet folders under the job's `--output`; each run also writes")
        .append(
            " `_manifest.json` beside them (inputs, parameters, versions, timings and counts).\n");
    String job = null;
    for (Entry entry : TABLES) {
      if (!entry.job().equals(job)) {
        job = entry.job();
        out.append("\n## Written by `").append(job).append("`\n");
      }
      out.append("\n### `").append(entry.name()).append("`\n\n");
      out.append(entry.grain()).append("\n\n");
      out.append(Columns.toMarkdown(entry.schema()));
      if (entry.partition() != null) {
        out.append("\nPartition column (the folder name, read back as a column):\n\n");
        out.append(Columns.toMarkdown(entry.partition()));
      }
    }
    return out.toString();
  }

  private TableReference() {}
}
