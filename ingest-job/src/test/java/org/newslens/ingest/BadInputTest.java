package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.manifest.RunManifest;
import org.newslens.common.testing.LocalSpark;
import org.newslens.ingest.extract.Article;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.ExtractionDefaults;
import org.newslens.ingest.source.ArchiveReader;
import org.newslens.ingest.source.InputFiles;
import org.newslens.ingest.source.InputFormats;
import org.newslens.ingest.source.ReadResult;

/**
 * Every class of bad input in {@link BadInputCorpus}: read and extracted file by file (no Spark),
 * each record has its expected outcome; ingested as one folder, the job finishes, every record is
 * an article or a reject with its reason, and the manifest reconciles. The corpus's pages stand for
 * articles and are bare of the evidence real news pages carry, so every page is kept ({@code
 * --keep-pages all}): what is tested here is damage, not page types ({@code PageTypeTest}).
 */
class BadInputTest {
  private static final ExtractionDefaults DEFAULTS =
      new ExtractionDefaults(null, null, Instant.parse("2026-01-15T12:00:00Z"), true);

  @TempDir static Path dir;
  private static Path input;
  private static List<BadInputCorpus.Entry> corpus;

  @BeforeAll
  static void writeCorpus() throws Exception {
    input = dir.resolve("in");
    corpus = BadInputCorpus.write(input);
  }

  @TestFactory
  Stream<DynamicTest> eachBadInputBecomesItsExpectedOutcomeWithoutSpark() {
    return corpus.stream()
        .filter(e -> !e.listedOnly())
        .map(e -> dynamicTest(e.file(), () -> checkFile(e)));
  }

  private static void checkFile(BadInputCorpus.Entry e) {
    Path file = input.resolve(e.file());
    List<String> outcomes = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    Iterator<ReadResult> records =
        ArchiveReader.read(
            file.toUri().toString(),
            InputFormats.fromName(e.file()),
            () -> Files.newInputStream(file));
    while (records.hasNext()) {
      ReadResult r = records.next();
      if (r instanceof ReadResult.Failure f) {
        outcomes.add(f.reason().code());
      } else if (r instanceof ReadResult.Skipped s) {
        outcomes.add("skipped:" + s.warcType());
      } else {
        Extraction x = ArticleExtractor.extract(((ReadResult.Document) r).document(), DEFAULTS);
        if (x instanceof Extraction.Ok ok) {
          outcomes.add(BadInputCorpus.ARTICLE);
          articles.add(ok.article());
        } else {
          outcomes.add(((Extraction.Rejected) x).reason().code());
        }
      }
    }
    assertEquals(e.outcomes(), outcomes, e.file());
    for (Article a : articles) {
      for (String s : e.text()) {
        assertTrue(a.text().contains(s), () -> e.file() + ": '" + s + "' not in " + a.text());
      }
      if (e.undated()) {
        assertNull(a.publishedDate(), e.file());
      }
    }
  }

  @Test
  void ingestingTheWholeFolderFinishesAndAccountsForEveryRecord() throws Exception {
    SparkSession spark = LocalSpark.spark();
    String out = dir.resolve("out").toString();
    IngestOptions opts =
        IngestOptions.parse(
            new String[] {"--input", input.toString(), "--output", out, "--keep-pages", "all"});
    IngestSummary summary =
        IngestPipeline.run(
            spark,
            opts,
            InputFiles.list(opts.inputs(), null, spark.sparkContext().hadoopConfiguration()));

    Map<String, List<String>> expected = new TreeMap<>();
    Map<String, Long> expectedReasons = new TreeMap<>();
    Map<String, Long> expectedSkipped = new TreeMap<>();
    long expectedArticles = 0;
    for (BadInputCorpus.Entry e : corpus) {
      for (String o : e.outcomes()) {
        if (o.startsWith("skipped:")) {
          expectedSkipped.merge(o.substring(8), 1L, Long::sum);
        } else {
          expected.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(o);
          if (o.equals(BadInputCorpus.ARTICLE)) {
            expectedArticles++;
          } else {
            expectedReasons.merge(o, 1L, Long::sum);
          }
        }
      }
    }
    Map<String, List<String>> actual = new TreeMap<>();
    String prefix = input.toUri().toString().replaceFirst("^file:/+", "file:/");
    for (Row r :
        spark.read().parquet(out + "/rejects").select("source_path", "reason").collectAsList()) {
      actual
          .computeIfAbsent(relative(r.getString(0), prefix), k -> new ArrayList<>())
          .add(r.getString(1));
    }
    for (Row r : spark.read().parquet(out + "/articles").select("source_path").collectAsList()) {
      actual
          .computeIfAbsent(relative(r.getString(0), prefix), k -> new ArrayList<>())
          .add(BadInputCorpus.ARTICLE);
    }
    expected.values().forEach(l -> l.sort(null));
    actual.values().forEach(l -> l.sort(null));
    assertEquals(expected, actual, "outcomes by file");

    assertTrue(summary.reconciled());
    assertEquals(0, summary.duplicates());
    assertEquals(expectedArticles, summary.articles());
    assertEquals(expectedReasons, summary.byReason());
    RunManifest manifest = RunManifest.read(out, spark.sparkContext().hadoopConfiguration());
    assertEquals(Boolean.TRUE, manifest.get("reconciled"));
    assertEquals(summary.recordsIn(), ((Number) manifest.get("records_in")).longValue());
    Map<String, Long> skipped = new TreeMap<>();
    ((Map<?, ?>) manifest.get("warc_records_skipped"))
        .forEach((k, v) -> skipped.put((String) k, ((Number) v).longValue()));
    assertEquals(expectedSkipped, skipped);
  }

  private static String relative(String path, String prefix) {
    assertTrue(path.startsWith(prefix), path + " is not under " + prefix);
    return path.substring(prefix.length()).replaceFirst("^/", "");
  }
}
