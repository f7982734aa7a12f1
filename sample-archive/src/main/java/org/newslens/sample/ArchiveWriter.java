package org.newslens.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.newslens.common.schema.DateSource;
import org.newslens.common.schema.PageType;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.SourceFormat;

/**
 * Writes generated articles into the archive's input formats and their ground truth, streaming: at
 * any time it holds one open WARC file, one open JSONL file and at most one unfinished text dump
 * per outlet, never the corpus.
 *
 * <p>Layout under the archive folder: {@code input/html/<outlet>/<yyyy>/<mm>/*.html[.gz]}, {@code
 * input/warc/*.warc.gz}, {@code input/jsonl/*.jsonl[.gz]}, {@code input/text/<outlet>-NNNN.txt},
 * {@code input/misc/} (a file of no known format), {@code ground_truth.jsonl} and {@code
 * planted.json}.
 */
public final class ArchiveWriter implements Closeable {
  static final int WARC_RESPONSES_PER_FILE = 400;
  static final int JSONL_LINES_PER_FILE = 1500;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter NAIVE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final Path root;
  private final int pageBytes;
  private final Path input;
  private final OutputStream groundTruth;
  private final Map<String, Long> counts = new TreeMap<>();
  private final List<Map<String, Object>> badRecords = new ArrayList<>();
  private final List<Map<String, Object>> listingPages = new ArrayList<>();

  private WarcWriter warc;
  private Path warcPath;
  private int warcFiles;
  private int warcResponses;

  private OutputStream jsonl;
  private Path jsonlPath;
  private int jsonlFiles;
  private int jsonlLine;
  private boolean invalidJsonPending = true;

  private final Map<String, TextDump> dumps = new LinkedHashMap<>();

  /**
   * @param pageBytes furniture bytes added to every HTML and WARC page ({@link PageWeight})
   */
  public ArchiveWriter(Path root, int pageBytes) throws IOException {
    this.root = root;
    this.pageBytes = pageBytes;
    this.input = root.resolve("input");
    Files.createDirectories(input);
    this.groundTruth =
        new BufferedOutputStream(
            Files.newOutputStream(root.resolve("ground_truth.jsonl")), 1 << 16);
  }

  /** Record and article counts written so far, by kind. */
  public Map<String, Long> counts() {
    return counts;
  }

  /**
   * The planted bad records written so far, each with its path, expected reject reason and what is
   * wrong.
   */
  public List<Map<String, Object>> badRecords() {
    return badRecords;
  }

  // -------------------------------------------------------------------------------------- articles

  /**
   * Writes one article in {@code format}; with {@code duplicate} also a second, identical copy of
   * its record (a page saved twice, a re-crawl, a repeated JSONL line). Text dumps never get a
   * duplicate.
   */
  public void write(
      GeneratedArticle a, SourceFormat format, boolean duplicate, SplittableRandom rng)
      throws IOException {
    count("articles", 1);
    count("format." + format.code(), 1);
    switch (format) {
      case HTML -> {
        String page = HtmlRenderer.render(a, pageBytes);
        boolean gz = rng.nextInt(10) == 0;
        String file = writeHtml(a, page, gz, "");
        row(a, SourceFormat.HTML, file, null, null);
        if (duplicate) {
          if (rng.nextBoolean()) {
            row(a, SourceFormat.HTML, writeHtml(a, page, false, "-1"), null, a.id());
          } else {
            long offset = writeWarc(a, page, rng);
            row(a, SourceFormat.WARC, rel(warcPath), offset, a.id());
          }
        }
      }
      case WARC -> {
        String page = HtmlRenderer.render(a, pageBytes);
        long offset = writeWarc(a, page, rng);
        row(a, SourceFormat.WARC, rel(warcPath), offset, null);
        if (duplicate) {
          long again = writeWarc(a, page, rng);
          row(a, SourceFormat.WARC, rel(warcPath), again, a.id());
        }
      }
      case JSONL -> {
        if (jsonl == null || jsonlLine >= JSONL_LINES_PER_FILE) {
          openJsonl();
        }
        String line = jsonLine(a, jsonlFiles % 2 == 1, rng);
        int at = writeJsonl(line);
        row(a, SourceFormat.JSONL, rel(jsonlPath), (long) at, null);
        if (duplicate) {
          int again = writeJsonl(line);
          row(a, SourceFormat.JSONL, rel(jsonlPath), (long) again, a.id());
        }
      }
      case TEXT -> {
        TextDump dump =
            dumps.computeIfAbsent(a.outlet().slug(), s -> new TextDump(a.outlet(), 0, rng));
        if (dump.full()) {
          dump.flush(input);
          dump = new TextDump(a.outlet(), dump.number + 1, rng);
          dumps.put(a.outlet().slug(), dump);
        }
        int index = dump.add(a, rng);
        row(a, SourceFormat.TEXT, rel(dump.path(input)), (long) index, null);
      }
    }
    if (duplicate && format != SourceFormat.TEXT) {
      count("duplicates", 1);
    }
  }

  private String writeHtml(GeneratedArticle a, String page, boolean gz, String suffix)
      throws IOException {
    String month =
        a.undated()
            ? "undated"
            : String.format(Locale.ROOT, "%04d/%02d", a.day().getYear(), a.day().getMonthValue());
    String name =
        a.url().substring(a.url().lastIndexOf('/') + 1) + suffix + (gz ? ".html.gz" : ".html");
    Path path = folder(SourceFormat.HTML).resolve(a.outlet().slug()).resolve(month).resolve(name);
    Files.createDirectories(path.getParent());
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out =
        gz ? new GZIPOutputStream(Files.newOutputStream(path)) : Files.newOutputStream(path)) {
      out.write(bytes);
    }
    count("files.html", 1);
    return rel(path);
  }

  /** Writes a request and a response record; returns the response record's byte offset. */
  private long writeWarc(GeneratedArticle a, String page, SplittableRandom rng) throws IOException {
    if (warc == null || warcResponses >= WARC_RESPONSES_PER_FILE) {
      openWarc();
    }
    Instant crawled =
        (a.publishedAt() != null
                ? a.publishedAt().toInstant()
                : a.day().atTime(12, 0).toInstant(ZoneOffset.UTC))
            .plusSeconds(3600L * (1 + rng.nextInt(24 * 20)));
    String target = a.url() + (rng.nextInt(5) == 0 ? "?utm_source=rss&utm_medium=feed" : "");
    URI uri = URI.create(target);
    byte[] payload = page.getBytes(StandardCharsets.UTF_8);
    HttpResponse.Builder http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Server", "nginx")
            .addHeader(
                "Date",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(crawled.atOffset(ZoneOffset.UTC)))
            .addHeader("Cache-Control", "max-age=60")
            .addHeader("Vary", "Accept-Encoding");
    if (rng.nextInt(4) == 0) {
      ByteArrayOutputStream gz = new ByteArrayOutputStream(payload.length / 3);
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(payload);
      }
      http.addHeader("Content-Encoding", "gzip")
          .body(MediaType.parse("text/html; charset=utf-8"), gz.toByteArray());
    } else {
      http.body(MediaType.parse("text/html; charset=utf-8"), payload);
    }
    HttpRequest request =
        new HttpRequest.Builder(
                "GET",
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
            .addHeader("Host", uri.getHost())
            .addHeader("User-Agent", "Mozilla/5.0 (compatible; archive-crawler/3.4)")
            .addHeader("Accept", "text/html,application/xhtml+xml")
            .build();
    warc.write(
        new WarcRequest.Builder(uri).recordId(uuid(rng)).date(crawled).body(request).build());
    long offset = warc.position();
    warc.write(
        new WarcResponse.Builder(uri).recordId(uuid(rng)).date(crawled).body(http.build()).build());
    warcResponses++;
    count("records.warc_responses", 1);
    return offset;
  }

  private void openWarc() throws IOException {
    closeWarc();
    warcFiles++;
    warcPath =
        folder(SourceFormat.WARC)
            .resolve(String.format(Locale.ROOT, "crawl-%05d.warc.gz", warcFiles));
    Files.createDirectories(warcPath.getParent());
    warc =
        new WarcWriter(
            Files.newByteChannel(
                warcPath,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP);
    // The fields in a fixed order: Map.of iterates in an order that changes from one JVM to the
    // next, and with it every byte offset after the warcinfo record.
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("newslens sample-archive generator"));
    fields.put("format", List.of("WARC File Format 1.1"));
    warc.write(
        new Warcinfo.Builder()
            .recordId(new UUID(0x5a3b1e, warcFiles))
            .filename(warcPath.getFileName().toString())
            .fields(fields)
            .date(Instant.parse("2025-01-01T00:00:00Z"))
            .build());
    count("files.warc", 1);
    warcResponses = 0;
    if (warcFiles == 1) {
      notHtmlRecord();
      redirectRecord();
    }
  }

  private void closeWarc() throws IOException {
    if (warc != null) {
      warc.close();
      warc = null;
    }
  }

  /**
   * One JSONL line; {@code newsPlease} picks the scraper-dump field names, else a CMS-export style.
   */
  private static String jsonLine(GeneratedArticle a, boolean newsPlease, SplittableRandom rng)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    if (newsPlease) {
      m.put("url", a.url());
      m.put("title", a.title());
      m.put("description", a.standfirst());
      List<String> lines = new ArrayList<>(a.paragraphs());
      if (rng.nextInt(4) == 0 && lines.size() > 3) {
        lines.add(
            2,
            "Image: "
                + TextComposer.caption(rng, a.topic())
                + ". Pic: "
                + TextComposer.pick(rng, Vocabulary.AGENCIES));
      }
      m.put("maintext", String.join("\n", lines));
      if (a.publishedAt() != null) {
        m.put("date_publish", NAIVE.format(a.publishedAt()));
      }
      m.put("authors", List.of(a.author()));
      m.put("language", "en");
      m.put("site_name", a.outlet().name());
    } else {
      m.put("id", a.id());
      m.put("url", a.url());
      m.put("title", a.title());
      m.put("text", a.body());
      if (a.publishedAt() != null) {
        m.put("published_at", ISO.format(a.publishedAt()));
      }
      m.put("outlet", a.outlet().name());
      m.put("authors", List.of(a.author()));
      m.put("section", a.topic().section());
      m.put("language", "en");
    }
    return JSON.writeValueAsString(m);
  }

  /** Writes a line; returns its 1-based line number in the current file. */
  private int writeJsonl(String line) throws IOException {
    if (jsonl == null || jsonlLine >= JSONL_LINES_PER_FILE) {
      openJsonl();
    }
    jsonl.write(line.getBytes(StandardCharsets.UTF_8));
    jsonl.write('\n');
    count("records.jsonl_lines", 1);
    return ++jsonlLine;
  }

  private void openJsonl() throws IOException {
    closeJsonl();
    jsonlFiles++;
    boolean gz = jsonlFiles % 3 == 0;
    jsonlPath =
        folder(SourceFormat.JSONL)
            .resolve(
                String.format(
                    Locale.ROOT,
                    "%s-%04d.jsonl%s",
                    jsonlFiles % 2 == 1 ? "scrape" : "cms-export",
                    jsonlFiles,
                    gz ? ".gz" : ""));
    Files.createDirectories(jsonlPath.getParent());
    OutputStream out = Files.newOutputStream(jsonlPath);
    jsonl = new BufferedOutputStream(gz ? new GZIPOutputStream(out, 1 << 16) : out, 1 << 16);
    jsonlLine = 0;
    count("files.jsonl", 1);
  }

  private void closeJsonl() throws IOException {
    if (jsonl != null) {
      if (invalidJsonPending) {
        invalidJsonLine();
      }
      jsonl.close();
      jsonl = null;
    }
  }

  // ---------------------------------------------------------------------------------- ground truth

  private void row(
      GeneratedArticle a, SourceFormat format, String file, Long record, String duplicateOf)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean text = format == SourceFormat.TEXT;
    m.put("id", a.id());
    m.put("key", text ? file + "#" + record : a.url());
    m.put("url", text ? null : a.url());
    m.put("outlet", a.outlet().name());
    m.put("outlet_domain", a.outlet().domain());
    m.put("date", a.undated() ? null : a.day().toString());
    m.put("published_at", a.undated() ? null : ISO.format(a.publishedAt()));
    m.put("title", a.title());
    m.put("body", a.body());
    m.put("topics", a.topics());
    m.put("sentiment", a.polarity().code());
    m.put("format", format.code());
    m.put("file", file);
    m.put("record", record);
    m.put(
        "date_source",
        (a.undated() || text
                ? DateSource.NONE
                : format == SourceFormat.JSONL
                    ? DateSource.SOURCE
                    : a.outlet().style().dateSource())
            .code());
    Map<String, Boolean> recoverable = new LinkedHashMap<>();
    recoverable.put("outlet", !text);
    recoverable.put("title", true);
    recoverable.put("date", !text && !a.undated());
    m.put("recoverable", recoverable);
    m.put("duplicate_of", duplicateOf);
    m.put("syndication_group", a.syndicationGroup());
    m.put("undated", a.undated());
    m.put("planted", a.planted());
    groundTruth.write(JSON.writeValueAsBytes(m));
    groundTruth.write('\n');
    count("ground_truth_rows", 1);
  }

  // ----------------------------------------------------------------------------------- bad records

  /**
   * Writes the bad records that live in files of their own (the others go into the first WARC and
   * JSONL file).
   */
  public void writeStandaloneBadRecords(Outlet outlet, GeneratedArticle sample) throws IOException {
    // corrupt_gzip: a saved page whose gzip stream was cut short.
    Path truncated =
        folder(SourceFormat.HTML).resolve(outlet.slug()).resolve("interrupted-download.html.gz");
    Files.createDirectories(truncated.getParent());
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(HtmlRenderer.render(sample).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    bad(
        truncated,
        RejectReason.CORRUPT_GZIP,
        "gzip stream cut at " + whole.length / 2 + " of " + whole.length + " bytes",
        null);

    // no_body_text: the site's "page not found" page, navigation and furniture only.
    Path empty = folder(SourceFormat.HTML).resolve(outlet.slug()).resolve("page-not-found.html");
    Files.writeString(empty, HtmlRenderer.pageWithoutStory(outlet));
    bad(
        empty,
        RejectReason.NO_BODY_TEXT,
        "a page with navigation, cookie banner and footer only",
        null);

    // corrupt_warc_record: a WARC file whose only record has a malformed header.
    Path brokenWarc = folder(SourceFormat.WARC).resolve("crawl-00000-broken.warc.gz");
    Files.createDirectories(brokenWarc.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(brokenWarc))) {
      out.write(
          ("WARC/1.1\r\nWARC-Type: response\r\nthis line is not a header field\r\n"
                  + "Content-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    bad(
        brokenWarc,
        RejectReason.CORRUPT_WARC_RECORD,
        "record at offset 0 has a malformed header line",
        0L);

    // unknown_format: a binary export with an extension no reader handles.
    Path unknown = input.resolve("misc").resolve("site-export.dat");
    Files.createDirectories(unknown.getParent());
    byte[] noise = new byte[2048];
    new SplittableRandom(7).nextBytes(noise);
    noise[0] = 0x00;
    noise[1] = (byte) 0xff;
    Files.write(unknown, noise);
    bad(unknown, RejectReason.UNKNOWN_FORMAT, "binary file with the extension .dat", null);
  }

  /**
   * The outlet's pages that are not articles: a section front, a tag page and an author page, each
   * listing {@code stories}; each is planted as a {@code not_article} reject of type {@code
   * listing}.
   */
  public void writeListingPages(Outlet outlet, List<GeneratedArticle> stories) throws IOException {
    GeneratedArticle first = stories.get(0);
    String section = first.topic().section();
    String tag = first.topic().name();
    listingPage(
        outlet,
        HtmlRenderer.Listing.SECTION,
        Character.toUpperCase(section.charAt(0)) + section.substring(1),
        section + "/",
        stories);
    listingPage(
        outlet, HtmlRenderer.Listing.TAG, tag, "tag/" + HtmlRenderer.slug(tag) + "/", stories);
    listingPage(
        outlet,
        HtmlRenderer.Listing.AUTHOR,
        first.author(),
        "author/" + HtmlRenderer.slug(first.author()) + "/",
        stories);
  }

  private void listingPage(
      Outlet outlet,
      HtmlRenderer.Listing kind,
      String name,
      String path,
      List<GeneratedArticle> stories)
      throws IOException {
    String url = outlet.homeUrl() + path;
    Path file =
        folder(SourceFormat.HTML)
            .resolve(outlet.slug())
            .resolve("pages")
            .resolve(
                kind.name().toLowerCase(Locale.ROOT) + "-" + HtmlRenderer.slug(name) + ".html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, HtmlRenderer.listingPage(outlet, kind, name, url, stories));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", rel(file));
    m.put("url", url);
    m.put("kind", kind.name().toLowerCase(Locale.ROOT));
    m.put("reason", RejectReason.NOT_ARTICLE.code());
    m.put("page_type", PageType.LISTING.code());
    listingPages.add(m);
    count("listing_pages", 1);
    count("files.html", 1);
  }

  /** The planted pages that are not articles, each with its path, URL, kind and page type. */
  public List<Map<String, Object>> listingPages() {
    return listingPages;
  }

  /** not_html: an image response in the middle of a crawl. */
  private void notHtmlRecord() throws IOException {
    URI uri = URI.create("https://images.example-cdn.net/photos/front-page-0001.png");
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      6,
      0,
      0,
      0,
      0x1f,
      0x15,
      (byte) 0xc4,
      (byte) 0x89,
      0,
      0,
      0,
      0,
      'I',
      'E',
      'N',
      'D',
      (byte) 0xae,
      0x42,
      0x60,
      (byte) 0x82
    };
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), png).build();
    long offset = warc.position();
    warc.write(
        new WarcResponse.Builder(uri)
            .recordId(new UUID(0x5a3b1e, -1))
            .date(Instant.parse("2025-01-02T10:00:00Z"))
            .body(http)
            .build());
    bad(warcPath, RejectReason.NOT_HTML, "response record with an image/png payload", offset);
  }

  /** http_status: a crawled redirect, which carries no article. */
  private void redirectRecord() throws IOException {
    URI uri = URI.create("https://www.example-news.net/latest");
    byte[] html =
        "<html><body><a href=\"https://www.example-news.net/\">Moved</a></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse http =
        new HttpResponse.Builder(301, "Moved Permanently")
            .addHeader("Location", "https://www.example-news.net/")
            .body(MediaType.parse("text/html; charset=utf-8"), html)
            .build();
    long offset = warc.position();
    warc.write(
        new WarcResponse.Builder(uri)
            .recordId(new UUID(0x5a3b1e, -2))
            .date(Instant.parse("2025-01-02T10:00:05Z"))
            .body(http)
            .build());
    bad(warcPath, RejectReason.HTTP_STATUS, "response record with HTTP status 301", offset);
  }

  /**
   * invalid_json: the last line of the first JSONL file, cut off mid-object as by an interrupted
   * export.
   */
  private void invalidJsonLine() throws IOException {
    invalidJsonPending = false;
    String line =
        "{\"url\": \"https://www.example.org/news/interrupted\", \"title\": \"An export that stopped half";
    jsonl.write(line.getBytes(StandardCharsets.UTF_8));
    jsonl.write('\n');
    bad(
        jsonlPath,
        RejectReason.INVALID_JSON,
        "line cut off in the middle of a string",
        (long) (jsonlLine + 1));
  }

  /**
   * unreadable_file: a file entry that cannot be opened (a link to a file that no longer exists).
   */
  public void writeUnreadable(Outlet outlet) throws IOException {
    Path link = folder(SourceFormat.HTML).resolve(outlet.slug()).resolve("moved-story.html");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, Path.of("..", "..", "..", "removed", "moved-story.html"));
    bad(link, RejectReason.UNREADABLE_FILE, "a symbolic link whose target does not exist", null);
  }

  private void bad(Path path, RejectReason reason, String detail, Long record) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", rel(path));
    m.put("record", record);
    m.put("reason", reason.code());
    m.put("detail", detail);
    badRecords.add(m);
    count("bad_records", 1);
  }

  // --------------------------------------------------------------------------------------- helpers

  /** The folder of the archive that holds the files of one format, named by its code. */
  private Path folder(SourceFormat format) {
    return input.resolve(format.code());
  }

  /** Record ids drawn from the seed, so that WARC files are byte-identical for a seed. */
  private static UUID uuid(SplittableRandom rng) {
    long high = (rng.nextLong() & ~0xf000L) | 0x4000L;
    long low = (rng.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private String rel(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private void count(String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  @Override
  public void close() throws IOException {
    for (TextDump dump : dumps.values()) {
      dump.flush(input);
    }
    dumps.clear();
    if (warc == null && warcFiles == 0) {
      openWarc(); // so the planted non-HTML response exists even in an archive with no WARC
      // articles
    }
    if (jsonl == null && jsonlFiles == 0) {
      openJsonl(); // likewise for the planted invalid JSON line
    }
    closeWarc();
    closeJsonl();
    groundTruth.close();
  }

  /**
   * A text dump in progress: several articles of one outlet run together, one paragraph per line,
   * with the furniture lines scraped text carries (video notices, durations and titles, photo
   * captions, an embed's consent notice) and sometimes a teaser for an unrelated story as the last
   * line of the file.
   */
  private final class TextDump {
    private final Outlet outlet;
    private final int number;
    private final int capacity;
    private final StringBuilder text = new StringBuilder(32_768);
    private int articles;

    TextDump(Outlet outlet, int number, SplittableRandom rng) {
      this.outlet = outlet;
      this.number = number;
      this.capacity = 4 + rng.nextInt(7);
    }

    boolean full() {
      return articles >= capacity;
    }

    Path path(Path in) {
      return in.resolve(SourceFormat.TEXT.code())
          .resolve(String.format(Locale.ROOT, "%s-%04d.txt", outlet.slug(), number + 1));
    }

    int add(GeneratedArticle a, SplittableRandom rng) {
      line(a.title());
      List<String> paras = a.paragraphs();
      int video = rng.nextInt(5) < 2 ? 1 + rng.nextInt(Math.max(1, paras.size() - 1)) : -1;
      int caption = rng.nextInt(2) == 0 ? 1 + rng.nextInt(Math.max(1, paras.size() - 1)) : -1;
      int consent = rng.nextInt(12) == 0 ? 2 + rng.nextInt(Math.max(1, paras.size() - 2)) : -1;
      for (int i = 0; i < paras.size(); i++) {
        line(paras.get(i));
        if (i == video && i < paras.size() - 1) {
          line(
              TextComposer.pick(
                  rng,
                  List.of(
                      "This video can not be played in your browser",
                      "Your browser does not support this video player",
                      "To watch this video please enable JavaScript")));
          line((1 + rng.nextInt(12)) + ":" + String.format(Locale.ROOT, "%02d", rng.nextInt(60)));
          line(TextComposer.headline(rng, a.topic(), TextComposer.Polarity.NEUTRAL));
        }
        if (i == caption && i < paras.size() - 1) {
          line(
              "Image: "
                  + TextComposer.caption(rng, a.topic())
                  + ". Pic: "
                  + TextComposer.pick(rng, Vocabulary.AGENCIES));
        }
        if (i == consent && i < paras.size() - 1) {
          String provider = TextComposer.pick(rng, List.of("Podbay", "Castwave", "AudioNest"));
          line(provider);
          line(
              "This content is hosted by "
                  + provider
                  + ", which may set cookies and use other technologies.");
          line("We need your consent before we can load this content.");
          line(
              "Choose the option below to allow "
                  + provider
                  + " cookies once or for this session.");
          line("You can change your choices at any time in Privacy Settings.");
        }
      }
      return articles++;
    }

    private void line(String s) {
      text.append(s).append('\n');
    }

    void flush(Path in) {
      if (articles == 0) {
        return;
      }
      SplittableRandom rng = new SplittableRandom(number * 31L + outlet.index());
      if (rng.nextInt(3) == 0) {
        String teaser =
            TextComposer.sentence(
                rng,
                Vocabulary.TOPICS.get(rng.nextInt(Vocabulary.TOPICS.size())),
                Vocabulary.TOPICS.get(rng.nextInt(Vocabulary.TOPICS.size())),
                TextComposer.Polarity.NEUTRAL);
        text.append(teaser).append(1 + rng.nextInt(99));
      }
      try {
        Path path = path(in);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      count("files.text", 1);
      text.setLength(0);
      articles = 0;
    }
  }
}
