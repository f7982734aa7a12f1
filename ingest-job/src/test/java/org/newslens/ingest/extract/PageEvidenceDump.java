package org.newslens.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.pagetype.PageTypeClassifier;
import org.newslens.ingest.source.HtmlDecoder;

/**
 * Prints the page-type signals of every page a benchmark lists, one JSON line {@code {"id",
 * "features"}} each, for fitting the classifier's weights: {@code java -cp ...
 * org.newslens.ingest.extract.PageEvidenceDump GROUND_TRUTH}. Reads only id, url and html.
 */
public final class PageEvidenceDump {
  private PageEvidenceDump() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path truth = Path.of(args[0]);
    ExtractionDefaults defaults = new ExtractionDefaults(null, null, Instant.now(), true);
    try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        byte[] bytes;
        try (InputStream raw =
                Files.newInputStream(truth.resolveSibling(row.get("html").asText()));
            InputStream page = new GZIPInputStream(raw)) {
          bytes = page.readAllBytes();
        }
        String url = row.hasNonNull("url") ? row.get("url").asText() : null;
        RawDocument doc =
            new RawDocument(
                "dump",
                null,
                SourceFormat.JSONL,
                true,
                HtmlDecoder.decode(bytes, null),
                url,
                null,
                RawDocument.Hints.NONE);
        double[] x = PageTypeClassifier.features(ArticleExtractor.evidence(doc, defaults));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", row.get("id").asText());
        Map<String, Double> features = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
          features.put(PageTypeClassifier.FEATURES.get(i), x[i]);
        }
        out.put("features", features);
        System.out.println(json.writeValueAsString(out));
      }
    }
  }
}
