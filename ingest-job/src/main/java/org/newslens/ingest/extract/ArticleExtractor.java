package org.newslens.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newslens.common.schema.DateSource;
import org.newslens.common.schema.PageType;
import org.newslens.common.schema.RejectReason;
import org.newslens.common.schema.SourceFormat;
import org.newslens.ingest.extract.body.FurnitureFilter;
import org.newslens.ingest.extract.body.HtmlBodyExtractor;
import org.newslens.ingest.extract.dates.DateExtractor;
import org.newslens.ingest.extract.dates.DateParsing;
import org.newslens.ingest.extract.metadata.JsonLd;
import org.newslens.ingest.extract.metadata.LanguageDetector;
import org.newslens.ingest.extract.metadata.MetadataExtractor;
import org.newslens.ingest.extract.metadata.PageIndex;
import org.newslens.ingest.extract.metadata.PageMeta;
import org.newslens.ingest.extract.pagetype.PageEvidence;
import org.newslens.ingest.extract.pagetype.PageShape;
import org.newslens.ingest.extract.pagetype.PageTypeClassifier;
import org.newslens.ingest.source.text.CohesionSegmenter;
import org.newslens.ingest.source.text.DumpFileName;
import org.newslens.ingest.source.text.TextDumpSplitter;

/**
 * Turns one {@link RawDocument} into an {@link Article} or a rejection. HTML pages go through
 * {@link MetadataExtractor}, {@link DateExtractor} and {@link HtmlBodyExtractor}; text bodies (text
 * dumps, JSONL fields) through {@link FurnitureFilter} with the archive's own metadata; a text
 * dump's article takes its headline line ({@link TextDumpSplitter#headline}) as its title. Pure
 * Java: no Spark types, no I/O, never throws on bad markup or text.
 */
public final class ArticleExtractor {
  public static final String VERSION = "0.4.0";

  /** Bodies shorter than this many words are rejected as {@code no_body_text}. */
  static final int MIN_WORDS = 20;

  private ArticleExtractor() {}

  public static Extraction extract(RawDocument doc, ExtractionDefaults defaults) {
    try {
      if (doc.content() == null || doc.content().isBlank()) {
        return new Extraction.Rejected(RejectReason.NO_BODY_TEXT, "empty content");
      }
      String notText = TextCheck.problem(doc.content());
      if (notText != null) {
        return new Extraction.Rejected(RejectReason.NOT_TEXT, notText);
      }
      return doc.html() ? fromHtml(doc, defaults) : fromText(doc, defaults);
    } catch (RuntimeException | StackOverflowError e) {
      // jsoup never throws on markup; anything here is a bug,
      // kept as a reject rather than a failed job.
      return new Extraction.Rejected(RejectReason.NO_BODY_TEXT, "extractor error: " + e);
    }
  }

  private static Extraction fromHtml(RawDocument doc, ExtractionDefaults defaults) {
    Read read = read(doc, defaults);
    MetadataExtractor.PageMetadata pm = read.metadata();
    RawDocument.Hints hints = doc.hints();
    List<String> authors =
        pm.authors().isEmpty() && hints.authors() != null ? hints.authors() : pm.authors();
    PageTypeClassifier.Decision declared = declared(hints);
    PageTypeClassifier.Decision decision =
        declared != null ? declared : PageTypeClassifier.classify(evidence(doc, read));
    return build(
        doc,
        defaults,
        read.paragraphs(),
        firstNonBlank(pm.title(), hints.title()),
        firstNonBlank(pm.title(), hints.title()) == null ? null : HEADLINE,
        pm.canonicalUrl(),
        firstNonBlank(pm.siteName(), hints.outlet()),
        authors,
        read.dated(),
        firstNonBlank(pm.language(), LanguageDetector.normalise(hints.language())),
        firstNonBlank(pm.section(), hints.section()),
        firstNonBlank(pm.description(), hints.description()),
        decision);
  }

  /**
   * What extraction reads from an HTML page: its metadata, its publication date ({@code pageDated}
   * whether the page itself gave it), the shape of its body and the body's paragraphs. The page is
   * parsed once.
   */
  private record Read(
      MetadataExtractor.PageMetadata metadata,
      DateExtractor.Dated dated,
      boolean pageDated,
      List<String> structuredTypes,
      String ogType,
      boolean publishedMeta,
      int headlines,
      int bylines,
      int bodyTimes,
      PageShape shape,
      List<String> paragraphs) {}

  private static Read read(RawDocument doc, ExtractionDefaults defaults) {
    Document page = Jsoup.parse(doc.content(), doc.url() == null ? "" : doc.url());
    PageIndex index = PageIndex.of(page);
    PageMeta meta = PageMeta.of(index);
    JsonLd ld = JsonLd.of(index);
    MetadataExtractor.PageMetadata pm = MetadataExtractor.extract(page, index, meta, ld, doc.url());
    LocalDate latest = DateExtractor.latest(doc.crawlDate(), defaults.now());
    DateExtractor.Dated dated =
        DateExtractor.extract(page, index, meta, ld, urls(doc.url(), pm.canonicalUrl()), latest);
    boolean pageDated = dated != null;
    if (dated == null) {
      dated = fallbackDate(doc, defaults, latest);
    }
    PageShape shape = PageShape.of(page);
    // body extraction mutates the page, so it runs after everything that reads the whole page
    List<String> paragraphs =
        HtmlBodyExtractor.paragraphs(page, ld.text("articleBody", false), index.elements());
    return new Read(
        pm,
        dated,
        pageDated,
        ld.types(),
        meta.get("og:type"),
        meta.get("article:published_time") != null,
        index.headlines().size(),
        index.bylines().size(),
        index.bodyTimes().size(),
        shape,
        paragraphs);
  }

  /** The evidence of an HTML page's type (for the page-type evaluation and its tests). */
  static PageEvidence evidence(RawDocument doc, ExtractionDefaults defaults) {
    return evidence(doc, read(doc, defaults));
  }

  private static PageEvidence evidence(RawDocument doc, Read read) {
    DateSource source = read.pageDated() ? read.dated().source() : DateSource.NONE;
    return new PageEvidence(
        firstNonBlank(doc.url(), read.metadata().canonicalUrl()),
        read.metadata().title(),
        read.structuredTypes(),
        read.ogType(),
        read.publishedMeta(),
        read.headlines(),
        read.bylines(),
        !read.metadata().authors().isEmpty(),
        read.pageDated(),
        source == DateSource.JSON_LD
            || source == DateSource.META
            || source == DateSource.TIME_ELEMENT,
        read.bodyTimes(),
        read.shape(),
        read.paragraphs());
  }

  /** The type a record declares ({@code page_type} of a JSONL record), with full confidence. */
  private static PageTypeClassifier.Decision declared(RawDocument.Hints hints) {
    PageType t = PageType.ofCode(hints.pageType());
    return t == null ? null : new PageTypeClassifier.Decision(t, 1.0, "declared by the record");
  }

  private static Extraction fromText(RawDocument doc, ExtractionDefaults defaults) {
    List<String> lines = new ArrayList<>();
    for (String line : doc.content().split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    RawDocument.Hints hints = doc.hints();
    String title = hints.title();
    String titleSource = title == null ? null : HEADLINE;
    boolean dump = doc.format() == SourceFormat.TEXT;
    if (title == null && dump && !lines.isEmpty()) {
      // a text dump's article opens with its headline line: the title, not part of the body
      String headline = TextDumpSplitter.headline(doc.content());
      if (headline != null && headline.equals(lines.get(0))) {
        title = headline;
        titleSource = HEADLINE;
        lines.remove(0);
      }
    }
    List<String> paragraphs = FurnitureFilter.filter(lines);
    if (title == null && dump && !paragraphs.isEmpty()) {
      title = ledeTitle(paragraphs.get(0));
      titleSource = title == null ? null : LEDE;
    }
    DumpFileName named = dump ? DumpFileName.of(doc.sourcePath()) : DumpFileName.NONE;
    DateExtractor.Dated dated =
        fallbackDate(doc, defaults, DateExtractor.latest(doc.crawlDate(), defaults.now()), named);
    return build(
        doc,
        defaults,
        paragraphs,
        title,
        titleSource,
        doc.url(),
        firstNonBlank(hints.outlet(), named.outlet()),
        hints.authors() == null ? List.of() : hints.authors(),
        dated,
        LanguageDetector.normalise(hints.language()),
        hints.section(),
        hints.description(),
        declared(hints) != null ? declared(hints) : TEXT_RECORD);
  }

  /** A text record is an article unless it says otherwise. */
  private static final PageTypeClassifier.Decision TEXT_RECORD =
      new PageTypeClassifier.Decision(PageType.ARTICLE, 1.0, "a text record");

  /** {@code title_source} of a title from a page, an archive field or a headline line. */
  static final String HEADLINE = "headline";

  /** {@code title_source} of a title made from the opening sentence. */
  static final String LEDE = "lede";

  /** Longest title made from an opening sentence, in words; a longer sentence is cut with "…". */
  static final int MAX_LEDE_TITLE_WORDS = 16;

  /**
   * A title made from an article's opening paragraph: its first sentence without the closing stop,
   * cut after {@link #MAX_LEDE_TITLE_WORDS} words (with "…"); null for an empty paragraph.
   */
  static String ledeTitle(String paragraph) {
    String sentence = CohesionSegmenter.firstSentence(paragraph.strip());
    String[] words = sentence.split("\\s+");
    if (words.length == 0 || sentence.isBlank()) {
      return null;
    }
    if (words.length > MAX_LEDE_TITLE_WORDS) {
      String cut = String.join(" ", java.util.Arrays.copyOf(words, MAX_LEDE_TITLE_WORDS));
      return cut.replaceAll("[,;:–—-]+$", "") + "…";
    }
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  /**
   * After the page's own evidence: the archive's date field, then {@code --date}, then the crawl
   * date.
   */
  private static DateExtractor.Dated fallbackDate(
      RawDocument doc, ExtractionDefaults defaults, LocalDate latest) {
    return fallbackDate(doc, defaults, latest, DumpFileName.NONE);
  }

  /** As above, with a text dump's file name after the archive's own field. */
  private static DateExtractor.Dated fallbackDate(
      RawDocument doc, ExtractionDefaults defaults, LocalDate latest, DumpFileName named) {
    DateParsing.Found fromSource = DateParsing.parse(doc.hints().date());
    if (DateExtractor.plausible(fromSource, latest)) {
      return new DateExtractor.Dated(fromSource, DateSource.SOURCE);
    }
    if (named.date() != null) {
      DateParsing.Found fromName = DateParsing.Found.ofDay(named.date());
      if (DateExtractor.plausible(fromName, latest)) {
        return new DateExtractor.Dated(fromName, DateSource.FILE_NAME);
      }
    }
    if (defaults.date() != null) {
      return new DateExtractor.Dated(DateParsing.Found.ofDay(defaults.date()), DateSource.CLI);
    }
    if (doc.crawlDate() != null) {
      return new DateExtractor.Dated(
          new DateParsing.Found(
              doc.crawlDate().atOffset(java.time.ZoneOffset.UTC).toLocalDate(), doc.crawlDate()),
          DateSource.WARC_DATE);
    }
    return null;
  }

  private static Extraction build(
      RawDocument doc,
      ExtractionDefaults defaults,
      List<String> paragraphs,
      String title,
      String titleSource,
      String canonical,
      String outlet,
      List<String> authors,
      DateExtractor.Dated dated,
      String language,
      String section,
      String description,
      PageTypeClassifier.Decision pageType) {
    String text = String.join("\n\n", paragraphs);
    int words = ArticleIds.wordCount(text);
    if (words < MIN_WORDS) {
      String detail =
          "body has " + words + " words after furniture removal, fewer than " + MIN_WORDS;
      return dated == null
          ? new Extraction.Rejected(RejectReason.NO_BODY_TEXT, detail)
          : new Extraction.Rejected(
              RejectReason.NO_BODY_TEXT,
              detail,
              dated.found().instant(),
              dated.found().day(),
              dated.source().code(),
              null,
              null);
    }
    if (pageType.type() != PageType.ARTICLE && !defaults.keepAllPages()) {
      return new Extraction.Rejected(
          RejectReason.NOT_ARTICLE,
          pageType.type().code() + " (score " + pageType.score() + "; " + pageType.evidence() + ")",
          dated == null ? null : dated.found().instant(),
          dated == null ? null : dated.found().day(),
          dated == null ? DateSource.NONE.code() : dated.source().code(),
          pageType.type().code(),
          pageType.score());
    }
    String canonicalUrl = ArticleIds.canonicalUrl(canonical);
    if (canonicalUrl == null) {
      canonicalUrl = ArticleIds.canonicalUrl(doc.url());
    }
    String domain = ArticleIds.domain(canonicalUrl);
    String outletName = firstNonBlank(outlet, defaults.outlet(), domain, "unknown");
    String lang = language != null ? language : LanguageDetector.detect(text);
    return new Extraction.Ok(
        new Article(
            ArticleIds.articleId(canonicalUrl, title, text),
            doc.url(),
            canonicalUrl,
            outletName,
            domain,
            title,
            titleSource,
            authors == null ? List.of() : List.copyOf(authors),
            dated == null ? null : dated.found().instant(),
            dated == null ? null : dated.found().day(),
            dated == null ? DateSource.NONE.code() : dated.source().code(),
            lang,
            section,
            description,
            text,
            words,
            pageType.type().code(),
            pageType.score(),
            doc.sourcePath(),
            doc.sourceRecord(),
            doc.lines() == null ? null : new int[] {doc.lines().first(), doc.lines().last()},
            doc.format().code(),
            doc.hints().id(),
            ArticleIds.contentHash(title, text),
            VERSION));
  }

  /**
   * The record's URL and the page's canonical URL (when it differs), space-separated, for URL date
   * patterns.
   */
  private static String urls(String url, String canonical) {
    if (url == null) {
      return canonical;
    }
    return canonical == null || canonical.equals(url) ? url : url + " " + canonical;
  }

  static String firstNonBlank(String... values) {
    return MetadataExtractor.firstNonBlank(values);
  }
}
