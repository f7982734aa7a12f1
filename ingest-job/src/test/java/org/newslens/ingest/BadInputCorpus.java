package org.newslens.ingest;

import static org.newslens.ingest.source.WarcFixtures.articleHtml;
import static org.newslens.ingest.source.WarcFixtures.concat;
import static org.newslens.ingest.source.WarcFixtures.gzip;
import static org.newslens.ingest.source.WarcFixtures.page;
import static org.newslens.ingest.source.WarcFixtures.warc;
import static org.newslens.ingest.source.WarcFixtures.warcGz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.newslens.ingest.source.ArchiveReader;
import org.newslens.ingest.source.ForeignPages;
import org.newslens.ingest.source.WarcFixtures;

/**
 * A folder of bad inputs, built in the test, each file with the outcome expected for each of its
 * records, in order: {@code article}, a reject reason, or {@code skipped:<WARC-Type>}.
 */
final class BadInputCorpus {
  static final String ARTICLE = "article";

  /**
   * One file of the corpus.
   *
   * @param file path relative to the corpus folder
   * @param outcomes what each of its records becomes, in order
   * @param text strings every article of the file must contain (its paragraphs, without mojibake)
   * @param undated whether its articles must have no publication date
   * @param listedOnly whether only the input listing sees it (a link to a folder)
   */
  record Entry(
      String file, List<String> outcomes, List<String> text, boolean undated, boolean listedOnly) {
    Entry(String file, String... outcomes) {
      this(file, List.of(outcomes), List.of(), false, false);
    }

    Entry withText(String... strings) {
      return new Entry(file, outcomes, List.of(strings), undated, listedOnly);
    }

    Entry undatedArticles() {
      return new Entry(file, outcomes, text, true, listedOnly);
    }
  }

  private final Path root;
  private final List<Entry> entries = new ArrayList<>();

  private BadInputCorpus(Path root) {
    this.root = root;
  }

  /** Writes the corpus into {@code root} and returns its entries. */
  static List<Entry> write(Path root) throws IOException {
    BadInputCorpus c = new BadInputCorpus(root);
    c.gzipFiles();
    c.warcFiles();
    c.encodings();
    c.binaryAndEmpty();
    c.sizes();
    c.jsonl();
    c.dates();
    c.walls();
    c.links();
    c.good();
    return List.copyOf(c.entries);
  }

  private void gzipFiles() throws IOException {
    byte[] whole = gzip(articleHtml("a page saved halfway").getBytes(StandardCharsets.UTF_8));
    put("gzip/truncated.html.gz", Arrays.copyOf(whole, whole.length / 2), "corrupt_gzip");
    // gzip bombs: 4 times the per-record limit, in a few hundred KB
    put("gzip/zeros-bomb.html.gz", bomb((byte) 0), "not_text");
    put("gzip/markup-bomb.html.gz", bomb((byte) ' ', "<div>"), "too_large");
  }

  private void warcFiles() throws IOException {
    byte[] a = warcGz(page("https://n.example/w/a", "the first crawled page"));
    byte[] c = warcGz(page("https://n.example/w/c", "the third crawled page"));
    byte[] junk = "\0\1 bytes of a bad copy \r\n".getBytes(StandardCharsets.ISO_8859_1);
    put(
        "warc/garbage-between-members.warc.gz",
        concat(a, junk, c),
        ARTICLE,
        "corrupt_gzip",
        ARTICLE);
    byte[] badHeader =
        gzip(
            ("WARC/1.1\r\nWARC-Type: response\r\nthis line is not a header field\r\n"
                    + "Content-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    byte[] a2 = warcGz(page("https://n.example/w/a2", "a page before a broken record"));
    byte[] c2 = warcGz(page("https://n.example/w/c2", "a page after a broken record"));
    put(
        "warc/corrupt-record-in-the-middle.warc.gz",
        concat(a2, badHeader, c2),
        ARTICLE,
        "corrupt_warc_record",
        ARTICLE);
    byte[] flipped = warcGz(page("https://n.example/w/b3", "a page whose bytes were flipped"));
    for (int i = flipped.length / 3; i < flipped.length / 3 + 16; i++) {
      flipped[i] ^= (byte) 0x5a;
    }
    put(
        "warc/corrupt-deflate-in-the-middle.warc.gz",
        concat(
            warcGz(page("https://n.example/w/a3", "a page before flipped bytes")),
            flipped,
            warcGz(page("https://n.example/w/c3", "a page after flipped bytes"))),
        ARTICLE,
        "corrupt_gzip",
        ARTICLE);
    byte[] last = warcGz(page("https://n.example/w/b4", "a page cut off by a full disk"));
    put(
        "warc/truncated.warc.gz",
        concat(
            warcGz(page("https://n.example/w/a4", "a page before the cut")),
            Arrays.copyOf(last, last.length / 2)),
        ARTICLE,
        "corrupt_gzip");
    put(
        "warc/uncompressed-with-a-bad-record.warc",
        concat(
            warc(page("https://n.example/w/a5", "an uncompressed page")),
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\ntoo short\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII),
            warc(page("https://n.example/w/c5", "an uncompressed page after damage"))),
        ARTICLE,
        "corrupt_warc_record",
        ARTICLE);
    put(
        "warc/record-kinds.warc.gz",
        warcGz(
            WarcFixtures.warcinfo(),
            WarcFixtures.request("https://n.example/w/k"),
            page("https://n.example/w/k", "a page among records of every kind"),
            WarcFixtures.metadata("https://n.example/w/k"),
            WarcFixtures.revisit("https://n.example/w/k"),
            WarcFixtures.resource(
                "https://n.example/w/r", "text/html", articleHtml("a page kept as a resource")),
            WarcFixtures.response("https://n.example/logo.png", 200, "image/png", "PNG"),
            WarcFixtures.response("https://n.example/gone", 404, "text/html", "<p>gone</p>"),
            WarcFixtures.response("https://n.example/r.pdf", 200, "application/pdf", "%PDF-1.4"),
            WarcFixtures.resource("dns:n.example", "text/dns", "20250601 n.example. 60 IN A 1")),
        "skipped:warcinfo",
        "skipped:request",
        ARTICLE,
        "skipped:metadata",
        "skipped:revisit",
        ARTICLE,
        "not_html",
        "http_status",
        "not_html",
        "not_html");
    HttpResponse binary =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html"), random(4096, 1))
            .build();
    put(
        "warc/binary-payload-typed-html.warc.gz",
        warcGz(new WarcResponse.Builder("https://n.example/w/x").body(binary).build()),
        "not_text");
    HttpResponse bomb =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", "gzip")
            .body(MediaType.parse("text/html"), bomb((byte) 0))
            .build();
    put(
        "warc/gzip-bomb-payload.warc.gz",
        warcGz(new WarcResponse.Builder("https://n.example/w/bomb").body(bomb).build()),
        "too_large");
    put("warc/empty.warc", new byte[0], "empty_file");
    put("warc/empty.warc.gz", gzip(new byte[0]), "empty_file");
  }

  private void encodings() throws IOException {
    for (ForeignPages.Sample s : ForeignPages.ALL) {
      for (boolean declared : new boolean[] {true, false}) {
        ForeignPages.Sample variant =
            new ForeignPages.Sample(
                s.charset(), s.headline(), s.first(), s.second() + (declared ? " (1)" : " (2)"));
        String name = s.charset().toLowerCase() + (declared ? "-declared" : "-undeclared");
        put("encoding/" + name + ".html", ForeignPages.page(variant, declared), ARTICLE);
        replaceLast(last().withText(variant.first(), variant.second()));
      }
    }
    String text = ForeignPages.WINDOWS_1252.text();
    ByteArrayOutputStream invalid = new ByteArrayOutputStream();
    invalid.writeBytes(
        ("<html><body><article><p>" + ForeignPages.WINDOWS_1252.first() + "</p><p>")
            .getBytes(StandardCharsets.UTF_8));
    invalid.write(0xE9); // a stray windows-1252 byte
    invalid.writeBytes(
        (" " + ForeignPages.WINDOWS_1252.second() + " Café</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    put("encoding/utf-8-with-invalid-bytes.html", invalid.toByteArray(), ARTICLE);
    replaceLast(
        last().withText(ForeignPages.WINDOWS_1252.first(), ForeignPages.WINDOWS_1252.second()));
    put(
        "encoding/bom-utf-8.html",
        ForeignPages.withBom(articleHtml("a page with a byte-order mark"), StandardCharsets.UTF_8),
        ARTICLE);
    put(
        "encoding/bom-utf-16le.html",
        ForeignPages.withBom(articleHtml("a little-endian page"), StandardCharsets.UTF_16LE),
        ARTICLE);
    put(
        "encoding/bom-utf-16be.html",
        ForeignPages.withBom(articleHtml("a big-endian page"), StandardCharsets.UTF_16BE),
        ARTICLE);
    put(
        "encoding/bom-utf-8.jsonl",
        ForeignPages.withBom(jsonLine("bom-8", text), StandardCharsets.UTF_8),
        ARTICLE);
    put(
        "encoding/bom-utf-16le.jsonl",
        ForeignPages.withBom(
            jsonLine("bom-16", ForeignPages.LATIN_1.text()), StandardCharsets.UTF_16LE),
        ARTICLE);
  }

  private void binaryAndEmpty() throws IOException {
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, random(4000, 2));
    put("binary/photo.html", png, "not_text");
    put("binary/random.txt", random(4096, 3), "not_text");
    put("binary/export.jsonl", random(8192, 4), "not_text");
    put("binary/archive.html.gz", gzip(random(4096, 5)), "not_text");
    put("empty/empty.html", new byte[0], "empty_file");
    put("empty/blank.txt", " \n\t\n   \n".getBytes(StandardCharsets.US_ASCII), "empty_file");
    put("empty/empty.jsonl", new byte[0], "empty_file");
    put("empty/blank-lines.jsonl", "\n\n   \n".repeat(2000).getBytes(), "empty_file");
  }

  private void sizes() throws IOException {
    Path big = file("large/fifty-megabytes.html");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(
          articleHtml("a page with fifty megabytes of inline data")
              .replace("</article>", "</article><!--")
              .getBytes(StandardCharsets.UTF_8));
      byte[] filler = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < (50 << 20) / filler.length; i++) {
        out.write(filler);
      }
      out.write("--></body></html>".getBytes(StandardCharsets.US_ASCII));
    }
    entries.add(new Entry("large/fifty-megabytes.html", "too_large"));
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(100_000));
    deep.append("<h1>A page nested a hundred thousand deep</h1><p>")
        .append(ForeignPages.LATIN_1.first())
        .append("</p><p>")
        .append(ForeignPages.LATIN_1.second())
        .append(" Profondeur.</p>");
    deep.append("</div>".repeat(100_000)).append("</body></html>");
    put("deep/nested-100000.html", deep.toString().getBytes(StandardCharsets.UTF_8), ARTICLE);
    replaceLast(last().withText(ForeignPages.LATIN_1.first()));
  }

  private void jsonl() throws IOException {
    Path lines = file("jsonl/long-lines.jsonl");
    try (OutputStream out = Files.newOutputStream(lines)) {
      out.write(longLine("ten-mb", 10 << 20));
      out.write(longLine("twenty-mb", 20 << 20));
      out.write(
          jsonLine("after-long-lines", "A short article after two long lines. " + body(3))
              .getBytes(StandardCharsets.UTF_8));
    }
    entries.add(new Entry("jsonl/long-lines.jsonl", ARTICLE, "too_large", ARTICLE));
    put(
        "jsonl/wrong-field-types.jsonl",
        String.join(
                "\n",
                "{\"title\": 42, \"text\": \""
                    + body(4)
                    + "\", \"date\": true, \"authors\": 7,"
                    + " \"url\": 5, \"outlet\": [1, 2]}",
                "{\"title\": \"Paragraphs as an array\", \"text\": [\""
                    + body(5)
                    + "\", \""
                    + body(6)
                    + "\"]}",
                "{\"title\": \"A body that is an object\", \"text\": {\"p\": \"" + body(7) + "\"}}",
                "{\"title\": \"A body that is a number\", \"text\": 12345}",
                "{\"text\": \"" + body(8) + "\", \"date\": -1e18}",
                "{\"text\": \"" + body(9) + "\", \"published_at\": {\"$date\": [1, 2]}}",
                "[1, 2, 3]",
                "\"just a string\"")
            .getBytes(StandardCharsets.UTF_8),
        ARTICLE,
        ARTICLE,
        "no_body_text",
        "no_body_text",
        ARTICLE,
        ARTICLE,
        "invalid_json",
        "invalid_json");
  }

  private void dates() throws IOException {
    List<String> impossible = List.of("0001-01-01", "2999-06-01T10:00:00Z", "2025-02-30");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < impossible.size(); i++) {
      jsonl
          .append("{\"id\": \"d")
          .append(i)
          .append("\", \"text\": \"")
          .append(body(20 + i))
          .append("\", \"date\": \"")
          .append(impossible.get(i))
          .append("\"}\n");
    }
    put(
        "dates/impossible-dates.jsonl",
        jsonl.toString().getBytes(StandardCharsets.UTF_8),
        ARTICLE,
        ARTICLE,
        ARTICLE);
    replaceLast(last().undatedArticles());
    for (String date : impossible) {
      String html =
          articleHtml("a page dated " + date)
              .replace(
                  "</title>",
                  "</title><meta property=\"article:published_time\" content=\""
                      + date
                      + "\"><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                      + " \"datePublished\": \""
                      + date
                      + "\"}</script>")
              .replace("<h1>", "<time datetime=\"" + date + "\">" + date + "</time><h1>");
      put("dates/page-dated-" + date.substring(0, 10) + ".html", html.getBytes(), ARTICLE);
      replaceLast(last().undatedArticles());
    }
  }

  private void walls() throws IOException {
    String paywall =
        "<html><head><title>Council approves the harbour plan | The Example Post</title></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>"
            + "<main><article><h1>Council approves the harbour plan</h1>"
            + "<p class=\"standfirst\">The vote ends two years of argument.</p>"
            + "<p>The council approved the harbour plan on Monday evening after a long debate in"
            + " which residents, fishermen and local businesses spoke for and against the new"
            + " terminal and the dredging it needs.</p>"
            + "<div class=\"article-gate\"><h2>Subscribe to continue reading</h2>"
            + "<p>This article is for subscribers only. Get unlimited access to all our journalism"
            + " for 1 a week, cancel at any time.</p><p>Already a subscriber? Log in to continue"
            + " reading.</p><a href=\"/subscribe\">Subscribe now</a></div>"
            + "</article></main><footer>Copyright The Example Post</footer></body></html>";
    put("walls/paywall.html", paywall.getBytes(StandardCharsets.UTF_8), "no_body_text");
    String consent =
        "<html><head><title>Before you continue</title></head><body><div class=\"wall\">"
            + "<h1>We value your privacy</h1><p>We and our 842 partners store and access"
            + " information on a device, such as cookies, and process personal data, such as unique"
            + " identifiers and standard information sent by a device, for personalised"
            + " advertising and content, advertising and content measurement, audience research"
            + " and services development.</p><p>With your permission we and our partners may use"
            + " precise geolocation data and identification through device scanning. You may click"
            + " to consent to our and our partners' processing as described above, or access more"
            + " detailed information and change your preferences before consenting.</p>"
            + "<a href=\"#\">Accept all</a> <a href=\"#\">Reject all</a> <a href=\"#\">Manage"
            + " options</a></div></body></html>";
    put("walls/consent.html", consent.getBytes(StandardCharsets.UTF_8), "no_body_text");
  }

  private void links() throws IOException {
    Path dir = Files.createDirectories(root.resolve("links"));
    Files.createSymbolicLink(dir.resolve("loop-a.html"), dir.resolve("loop-b.html"));
    Files.createSymbolicLink(dir.resolve("loop-b.html"), dir.resolve("loop-a.html"));
    entries.add(new Entry("links/loop-a.html", "unreadable_file"));
    entries.add(new Entry("links/loop-b.html", "unreadable_file"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/up"), dir);
    entries.add(new Entry("links/sub/up", List.of("unreadable_file"), List.of(), false, true));
    Path secret = file("links/secret.html");
    Files.writeString(secret, articleHtml("a page nobody may read"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(secret)) {
      Files.delete(secret); // running as root, who reads everything: no unreadable file to test
    } else {
      entries.add(new Entry("links/secret.html", "unreadable_file"));
    }
  }

  private void good() throws IOException {
    put("good/page.html", articleHtml("a good page beside the bad ones").getBytes(), ARTICLE);
    put(
        "good/dump.jsonl",
        (jsonLine("good-1", body(30)) + jsonLine("good-2", body(31))).getBytes(),
        ARTICLE,
        ARTICLE);
    put(
        "good/crawl.warc.gz",
        warcGz(
            page("https://n.example/g/1", "a good crawled page"),
            page("https://n.example/g/2", "another good crawled page")),
        ARTICLE,
        ARTICLE);
  }

  /** A body of plain sentences, distinct for each {@code n}. */
  static String body(int n) {
    return "Report number "
        + n
        + " says the harbour authority approved a new ferry terminal on Monday after two years"
        + " of consultation with residents and local businesses. Engineers said construction"
        + " would begin in the spring and double the number of daily crossings.";
  }

  private static String jsonLine(String id, String text) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \"Story "
        + id
        + "\", \"text\": \""
        + text.replace("\n", "\\n")
        + "\"}\n";
  }

  /** A JSONL line whose text is about {@code bytes} bytes of sentences. */
  private static byte[] longLine(String id, int bytes) {
    StringBuilder text = new StringBuilder(bytes + 200);
    for (int i = 0; text.length() < bytes; i++) {
      text.append("Paragraph ").append(i).append(" of a very long export. ").append(body(i));
      text.append("\\n\\n");
    }
    return jsonLine(id, text.toString()).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code 4 * MAX_RECORD_BYTES} bytes of {@code fill} (after a {@code prefix}), gzipped. */
  private static byte[] bomb(byte fill, String prefix) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(prefix.getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, fill);
      for (int i = 0; i < 4 * (ArchiveReader.MAX_RECORD_BYTES >> 20); i++) {
        gz.write(chunk);
      }
    }
    return out.toByteArray();
  }

  private static byte[] bomb(byte fill) throws IOException {
    return bomb(fill, "");
  }

  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new SplittableRandom(seed).nextBytes(b);
    return b;
  }

  private Path file(String relative) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    return p;
  }

  private void put(String relative, byte[] bytes, String... outcomes) throws IOException {
    Files.write(file(relative), bytes);
    entries.add(new Entry(relative, outcomes));
  }

  private Entry last() {
    return entries.get(entries.size() - 1);
  }

  private void replaceLast(Entry e) {
    entries.set(entries.size() - 1, e);
  }
}
