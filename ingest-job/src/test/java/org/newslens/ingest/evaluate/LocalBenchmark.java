package org.newslens.ingest.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.ArticleExtractor;
import org.newslens.ingest.extract.Extraction;
import org.newslens.ingest.extract.ExtractionDefaults;
import org.newslens.ingest.extract.RawDocument;

/**
 * Development harness: runs {@link ArticleExtractor} directly (no Spark) over a benchmark's pages
 * and writes predictions, printing CPU pages/s per core of extraction next to a bare jsoup parse of
 * each page (timed right after it, in the same pass). Reads only {@code id}, {@code url} and {@code
 * html} from the ground truth. Usage: {@code LocalBenchmark extraction|dates GROUND_TRUTH
 * PREDICTIONS [repeats]}.
 */
public final class LocalBenchmark {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private LocalBenchmark() {}

  public static void main(String[] args) throws IOException {
    // args[0], extraction or dates, names the run; every prediction line carries all fields
    Path truth = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    ObjectMapper json = new ObjectMapper();
    List<String[]> pages = new ArrayList<>();
    for (String line : Files.readAllLines(truth)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = json.readTree(line);
      byte[] bytes;
      try (InputStream in =
          new GZIPInputStream(
              Files.newInputStream(truth.resolveSibling(row.get("html").asText())))) {
        bytes = in.readAllBytes();
      }
      pages.add(new String[] {row.get("id").asText(), row.path("url").asText(null), decode(bytes)});
    }
    // every page kept, as evaluate does: this harness measures extraction, not page types
    ExtractionDefaults defaults = new ExtractionDefaults(null, null, Instant.now(), true);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Extraction> results = new ArrayList<>();
    long cpu = 0;
    long parseCpu = 0;
    for (int r = 0; r < repeats; r++) {
      results.clear();
      cpu = 0;
      parseCpu = 0;
      for (String[] p : pages) {
        // each page is extracted and then parsed alone, so that both see the same machine load
        long t0 = mx.getCurrentThreadCpuTime();
        results.add(
            ArticleExtractor.extract(
                new RawDocument(
                    truth.toString(),
                    null,
                    SourceFormat.HTML,
                    true,
                    p[2],
                    p[1],
                    null,
                    RawDocument.Hints.NONE),
                defaults));
        long t1 = mx.getCurrentThreadCpuTime();
        org.jsoup.Jsoup.parse(p[2], p[1] == null ? "" : p[1]);
        cpu += t1 - t0;
        parseCpu += mx.getCurrentThreadCpuTime() - t1;
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (int i = 0; i < results.size(); i++) {
        ObjectNode row = json.createObjectNode().put("id", pages.get(i)[0]);
        Extraction e = results.get(i);
        // the shared scorers each read only their own field
        if (e instanceof Extraction.Ok ok) {
          row.put("text", ok.article().text());
          row.put(
              "date",
              ok.article().publishedDate() == null
                  ? null
                  : ok.article().publishedDate().toString());
          row.put("source", ok.article().dateSource());
          row.put("title", ok.article().title());
          row.putPOJO("authors", ok.article().authors());
        } else if (e instanceof Extraction.Rejected rej) {
          row.put("text", "");
          row.put("rejected", rej.detail());
          row.put("date", rej.publishedDate() == null ? null : rej.publishedDate().toString());
          row.put("source", rej.dateSource());
        }
        w.write(json.writeValueAsString(row));
        w.newLine();
      }
    }
    // then a pass of bare parses on their own,
    // as a parser-only workload runs (warmer caches than right after extraction)
    long start = mx.getCurrentThreadCpuTime();
    for (String[] p : pages) {
      org.jsoup.Jsoup.parse(p[2], p[1] == null ? "" : p[1]);
    }
    long parseAlone = mx.getCurrentThreadCpuTime() - start;
    System.out.printf(
        "%d pages, last pass %.2f s CPU, extraction %.0f pages/s per core, jsoup parse alone %.0f pages/s"
            + " per core (in its own pass %.0f)%n",
        pages.size(),
        cpu / 1e9,
        pages.size() / (cpu / 1e9),
        pages.size() / (parseCpu / 1e9),
        pages.size() / (parseAlone / 1e9));
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        try {
          return new String(bytes, Charset.forName(m.group(1)));
        } catch (RuntimeException ignored) {
          // unknown charset name: fall through
        }
      }
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
