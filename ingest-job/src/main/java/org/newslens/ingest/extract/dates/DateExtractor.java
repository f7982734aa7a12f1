package org.newslens.ingest.extract.dates;

import static org.newslens.ingest.extract.body.FurnitureVocabulary.COMMENTS_REGION_HINT;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.FURNITURE_REGION_HINT;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.FURNITURE_REGION_TAGS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newslens.common.schema.DateSource;
import org.newslens.ingest.extract.BoundedMemo;
import org.newslens.ingest.extract.metadata.JsonLd;
import org.newslens.ingest.extract.metadata.PageIndex;
import org.newslens.ingest.extract.metadata.PageMeta;

/**
 * Publication date of an HTML page, from the most to the least explicit evidence: JSON-LD {@code
 * datePublished}, publication meta tags (Open Graph article, Dublin Core, Parse.ly, Sailthru,
 * itemprop, …), {@code <time>} and {@code itemprop=datePublished} elements, a date in the URL, then
 * dates written in the page near the byline. Original publication wins over modification; dates in
 * the future (relative to the crawl or the run) or before 1990 are rejected. Pure function.
 */
public final class DateExtractor {
  /** A date with the evidence it came from. */
  public record Dated(DateParsing.Found found, DateSource source) {}

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "published-date",
    "published_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "pub_date",
    "publication_date",
    "publication-date",
    "date.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "dc.created",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "original-publish-date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
    "citation_date",
    "date",
    "dc.date.available",
    "date_published",
    "article:post_date",
    "created",
    "creation_date",
    "rnews:datepublished",
    "displaydate",
    "og:pubdate",
    "datecreated",
    "bt:pubdate",
    "release_date",
    "sort_date",
    "timestamp"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
        "dcterms.modified",
    "last-modified", "lastmod", "article:modified", "revision_date", "updated"
  };
  private static final Pattern URL_YMD =
      Pattern.compile(
          "(?<![\\d])((?:19|20)\\d{2})([/_-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![\\d])(?!-[a-zA-Z])");
  private static final Pattern URL_COMPACT =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");
  private static final Pattern URL_DMY =
      Pattern.compile(
          "(?<![\\d])(0?[1-9]|[12]\\d|3[01])[_-](0?[1-9]|1[0-2])[_-]((?:19|20)\\d{2})(?![\\d])");
  private static final Pattern DATE_HINT =
      Pattern.compile(
          "(?i)date|datum|time|zeit|publish|posted|byline|dateline|"
              + "meta|info|submitted|fecha|fecha|data|stamp|autor|author|article-header|entry-header|subline|kicker");
  private static final Pattern MODIFIED_HINT =
      Pattern.compile("(?i)modif|updat|aktualisiert|geändert|revis|edited");
  // the look-ahead on the first letters lets most
  // positions of a long text fail at one character class
  private static final Pattern PUBLISHED_WORDS =
      Pattern.compile(
          "(?iu)(?=[epvws])\\b(erschienen|veröffentlicht|publiziert|"
              + "published|posted|publié|publicado|pubblicato|gepubliceerd|written|erstellt|stand(?=\\s*:))( am| on| le| el| il| op)?\\s*:?\\s*");
  private static final Pattern MODIFIED_WORDS =
      Pattern.compile(
          "(?iu)(updated|last modified|aktualisiert|zuletzt|geändert|mis à jour|actualizado|modified)\\s*(am|on|:|le)?\\s*$");

  /** Text that is never read for dates: deleted or struck text, scripts and form options. */
  private static final Set<String> DROPPED_TAGS =
      Set.of("del", "s", "strike", "script", "style", "noscript", "template", "select");

  private enum Region {
    OWN,
    COMMENTS,
    FURNITURE
  }

  private static final BoundedMemo<Region> REGION =
      new BoundedMemo<>(
          hints ->
              FURNITURE_REGION_HINT.matcher(hints).find()
                  ? Region.FURNITURE
                  : COMMENTS_REGION_HINT.matcher(hints).find() ? Region.COMMENTS : Region.OWN,
          50_000);

  /** Whether a class-and-id string marks a publication date block (and not an update). */
  private static final BoundedMemo<Boolean> DATE_HINTED =
      new BoundedMemo<>(
          hints -> DATE_HINT.matcher(hints).find() && !MODIFIED_HINT.matcher(hints).find(), 50_000);

  private DateExtractor() {}

  public static Dated extract(
      Document page, PageIndex index, PageMeta meta, JsonLd ld, String url, LocalDate latest) {
    Dated d = evidence(page, index, meta, ld, url, latest);
    if (d == null || d.source() == DateSource.URL) {
      return d;
    }
    // A time given in UTC may fall on the next day of the outlet's own calendar: a day in the URL
    // or a visible date one day earlier is the day the outlet printed.
    Dated inUrl = fromUrl(url, latest);
    if (inUrl != null) {
      boolean nextDay =
          Math.abs(inUrl.found().day().toEpochDay() - d.found().day().toEpochDay()) == 1;
      return nextDay ? new Dated(d.found().onDay(inUrl.found().day()), d.source()) : d;
    }
    if (d.found().utcTime()) {
      LocalDate before = d.found().day().minusDays(1);
      Element shownTime =
          page.body() == null || index.bodyTimes().isEmpty() ? null : index.bodyTimes().get(0);
      DateParsing.Found shown =
          shownTime != null && shownTime.text().length() <= 120
              ? DateParsing.firstInText(shownTime.text())
              : null;
      if (shown == null) {
        Dated written = fromText(page, index, latest, PageText.OWN);
        shown = written == null ? null : written.found();
      }
      if (shown != null && shown.day().equals(before)) {
        return new Dated(d.found().onDay(before), d.source());
      }
    }
    return d;
  }

  private static Dated evidence(
      Document page, PageIndex index, PageMeta meta, JsonLd ld, String url, LocalDate latest) {
    Dated d = fromJsonLd(ld, latest);
    if (d == null) {
      d = fromMeta(meta, PUBLISHED_META, latest, DateSource.META);
    }
    if (d == null) {
      d = fromElements(index, latest);
    }
    if (d == null) {
      d = fromUrl(url, latest);
    }
    if (d == null) {
      d = fromText(page, index, latest, PageText.FURNITURE);
    }
    if (d == null) {
      d = modified(ld, meta, latest);
    }
    return d;
  }

  public static boolean plausible(DateParsing.Found f, LocalDate latest) {
    return f != null && !f.day().isBefore(EARLIEST) && (latest == null || !f.day().isAfter(latest));
  }

  private static Dated accept(DateParsing.Found f, LocalDate latest, DateSource source) {
    return plausible(f, latest) ? new Dated(f, source) : null;
  }

  private static Dated fromJsonLd(JsonLd ld, LocalDate latest) {
    for (String field : new String[] {"datePublished", "dateCreated"}) {
      Dated d = accept(DateParsing.parse(ld.text(field, false)), latest, DateSource.JSON_LD);
      if (d != null) {
        return d;
      }
    }
    Dated d = accept(DateParsing.parse(ld.text("datePublished", true)), latest, DateSource.JSON_LD);
    if (d != null) {
      return d;
    }
    for (String[] raw : ld.rawDates()) {
      if (!raw[0].equals("dateModified")) {
        d = accept(DateParsing.parse(raw[1]), latest, DateSource.JSON_LD);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static Dated fromMeta(PageMeta meta, String[] keys, LocalDate latest, DateSource source) {
    for (String key : keys) {
      Dated d = accept(DateParsing.parse(meta.get(key)), latest, source);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static Dated modified(JsonLd ld, PageMeta meta, LocalDate latest) {
    Dated d = accept(DateParsing.parse(ld.text("dateModified", false)), latest, DateSource.JSON_LD);
    return d != null ? d : fromMeta(meta, MODIFIED_META, latest, DateSource.META);
  }

  /**
   * {@code itemprop=datePublished} elements, then {@code <time>} elements that are not marked as an
   * update.
   */
  private static Dated fromElements(PageIndex index, LocalDate latest) {
    for (Element e : index.publicationDates()) {
      Dated d = accept(parseElement(e), latest, DateSource.TIME_ELEMENT);
      if (d != null) {
        return d;
      }
    }
    for (Element e : index.bodyTimes()) {
      if (isModified(e) || quotedOrCommented(e)) {
        continue;
      }
      Dated d = accept(parseElement(e), latest, DateSource.TIME_ELEMENT);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether a list item is a teaser for another page: it holds a link whose text reads like a
   * headline (four words or more), so the dates in it are the other page's.
   */
  private static boolean isTeaser(Element li) {
    for (Element a : li.getElementsByTag("a")) {
      if (a.hasAttr("href") && atLeastWords(a.text(), 4)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text has at least {@code n} whitespace-separated words. */
  private static boolean atLeastWords(String text, int n) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words >= n) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }

  /**
   * Whether an element sits in a block quote or in a comment section (one that does not hold the
   * headline).
   */
  private static boolean quotedOrCommented(Element e) {
    for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (a.normalName().equals("blockquote")) {
        return true;
      }
      String hints = a.className() + " " + a.id();
      if (hints.length() > 1 && REGION.get(hints) == Region.COMMENTS) {
        return a.selectFirst("h1") == null;
      }
    }
    return false;
  }

  private static boolean isModified(Element e) {
    String hints = e.className() + " " + e.id() + " " + e.attr("itemprop");
    Element parent = e.parent();
    if (parent != null) {
      hints += " " + parent.className();
    }
    if (MODIFIED_HINT.matcher(hints).find()) {
      return true;
    }
    Element prev = e.previousElementSibling();
    String before = e.previousSibling() == null ? "" : e.previousSibling().toString();
    return MODIFIED_WORDS.matcher(before).find()
        || (prev != null && MODIFIED_WORDS.matcher(prev.text()).find());
  }

  private static DateParsing.Found parseElement(Element e) {
    for (String attr : new String[] {"datetime", "content", "data-datetime", "title"}) {
      DateParsing.Found f = DateParsing.parse(e.attr(attr));
      if (f != null) {
        return f;
      }
    }
    String text = e.text();
    return text.length() <= 120 ? DateParsing.parse(text) : null;
  }

  static Dated fromUrl(String url, LocalDate latest) {
    if (url == null) {
      return null;
    }
    String path = url.replaceAll("[a-zA-Z]+://[^/\\s]+", "");
    for (Pattern p : new Pattern[] {URL_YMD, URL_COMPACT, URL_DMY}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        boolean dmy = p == URL_DMY;
        int shift = p == URL_YMD ? 1 : 0;
        try {
          Dated d =
              accept(
                  DateParsing.Found.ofDay(
                      LocalDate.of(
                          Integer.parseInt(m.group(dmy ? 3 : 1)),
                          Integer.parseInt(m.group(2 + shift)),
                          Integer.parseInt(m.group(dmy ? 1 : 3 + shift)))),
                  latest,
                  DateSource.URL);
          if (d != null) {
            return d;
          }
        } catch (java.time.DateTimeException e) {
          // not a calendar day
        }
      }
    }
    return null;
  }

  /**
   * A date written in the page's text: after a publication word; else in the date-hinted element
   * nearest the headline (class or id marking a date, time, byline or article meta block; not in a
   * comment section); else in the title or description; else the first post stamp (a dd.mm.yy date
   * with a time of day), else the day written most often (the earliest breaking ties), read in
   * three tiers: the page's own text, then its comment sections (a forum thread is dated by its
   * first post), then its furniture (navigation, menus, footers, asides, copyright lines, revision
   * and history lists, block quotes, teasers for other pages), up to {@code lastTier}. Deleted text
   * ({@code <del>}, {@code <s>}) is never read.
   */
  private static Dated fromText(Document page, PageIndex index, LocalDate latest, int lastTier) {
    Element body = page.body();
    if (body == null) {
      return null;
    }
    PageText text = PageText.of(body, index);
    Dated d = afterPublicationWord(text.text(PageText.ALL), latest);
    if (d == null) {
      d = nearHeadline(text, latest);
    }
    for (String stated : new String[] {page.title(), metaContent(index, "description")}) {
      if (d == null && stated != null) {
        d = accept(DateParsing.firstInText(stated), latest, DateSource.TEXT);
      }
    }
    for (int tier = PageText.OWN; tier <= lastTier && d == null; tier++) {
      d = writtenInText(text.text(tier), latest);
    }
    return d;
  }

  private static Dated afterPublicationWord(String text, LocalDate latest) {
    Matcher said = PUBLISHED_WORDS.matcher(text);
    while (said.find()) {
      String after = text.substring(said.end(), Math.min(text.length(), said.end() + 40));
      DateParsing.Found f = DateParsing.firstInText(after);
      if (f == null) {
        f = DateParsing.shortDate(after);
      }
      if (plausible(f, latest)) {
        return new Dated(f, DateSource.TEXT);
      }
    }
    return null;
  }

  /**
   * The date-hinted element nearest the headline, before or after it (the first one when there is
   * no headline), outside comment sections and teasers for other pages.
   */
  private static Dated nearHeadline(PageText text, LocalDate latest) {
    int headline = text.headlineIndex();
    Dated lastBefore = null;
    Dated firstAfter = null;
    int lastBeforeIndex = 0;
    int firstAfterIndex = 0;
    for (PageText.Hinted h : text.hinted()) {
      if (h.tier() == PageText.COMMENTS || h.tier() == PageText.TEASER) {
        continue;
      }
      Element e = h.element();
      int index = h.index();
      String written = e.text();
      if (written.length() > 200) {
        continue;
      }
      DateParsing.Found f = null;
      for (String attr : new String[] {"datetime", "content", "title", "data-date"}) {
        if (f == null && e.hasAttr(attr)) {
          f = DateParsing.parse(e.attr(attr));
        }
      }
      if (f == null) {
        f = DateParsing.firstInText(written);
      }
      if (f == null) {
        f = DateParsing.shortDate(written);
      }
      Dated d = accept(f, latest, DateSource.TEXT);
      if (d != null
          && !MODIFIED_WORDS.matcher(written.substring(0, Math.min(written.length(), 40))).find()) {
        if (headline < 0) {
          return d;
        }
        if (index < headline) {
          lastBefore = d;
          lastBeforeIndex = index;
        } else {
          firstAfter = d;
          firstAfterIndex = index;
          break;
        }
      }
    }
    if (lastBefore != null
        && (firstAfter == null || headline - lastBeforeIndex <= firstAfterIndex - headline)) {
      return lastBefore;
    }
    return firstAfter;
  }

  /** The first post stamp (a dd.mm.yy date with a time of day), else the day written most often. */
  private static Dated writtenInText(String text, LocalDate latest) {
    Dated stamp = accept(DateParsing.shortStamp(text), latest, DateSource.TEXT);
    if (stamp != null) {
      return stamp;
    }
    List<DateParsing.Found> all = DateParsing.allInText(text, 200);
    Map<LocalDate, Integer> counts = new HashMap<>();
    DateParsing.Found best = null;
    int bestCount = 0;
    for (DateParsing.Found f : all) {
      if (!plausible(f, latest)) {
        continue;
      }
      int c = counts.merge(f.day(), 1, Integer::sum);
      if (c > bestCount) {
        best = f;
        bestCount = c;
      }
    }
    return best == null ? null : new Dated(best, DateSource.TEXT);
  }

  /**
   * The body's text in one traversal, whole and in three tiers (the page's own text, comment
   * sections, furniture), with the elements whose class or id marks a date block, their tier and
   * position among all elements, and the position of the first {@code <h1>}. A region that holds
   * the headline is the page's own, whatever its class says ({@code no-sidebar}, {@code
   * has-comments}).
   */
  record PageText(String[] texts, List<Hinted> hinted, int headlineIndex) {
    static final int OWN = 0;
    static final int COMMENTS = 1;
    static final int FURNITURE = 2;
    static final int ALL = 3;

    /** The tier of a date-hinted element in a teaser for another page (its text is furniture). */
    static final int TEASER = 4;

    /**
     * An element whose class or id marks a date block, its position among all elements and its
     * tier.
     */
    record Hinted(Element element, int index, int tier) {}

    String text(int tier) {
      return texts[tier];
    }

    static PageText of(Element body, PageIndex index) {
      Walk walk = new Walk(index);
      NodeTraversor.filter(walk, body);
      String[] strings = new String[walk.texts.length];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = walk.texts[i].toString().strip();
      }
      return new PageText(strings, walk.hinted, walk.firstHeadline);
    }

    /** The one traversal behind {@link #of}. Depths mark where a region began (-1: outside). */
    private static final class Walk implements NodeFilter {
      final StringBuilder[] texts = {
        new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()
      };
      final List<Hinted> hinted = new ArrayList<>();
      final PageIndex index;
      int elements = 0;
      int firstHeadline = -1;
      int commentsDepth = -1;
      int furnitureDepth = -1;
      int teaserDepth = -1;

      /** The headlines and their ancestors, found when a region first needs them. */
      Set<Element> headlineHolders;

      Walk(PageIndex index) {
        this.index = index;
      }

      int tier() {
        return furnitureDepth >= 0 ? FURNITURE : commentsDepth >= 0 ? COMMENTS : OWN;
      }

      boolean holdsHeadline(Element e) {
        if (headlineHolders == null) {
          headlineHolders = index.headlineHolders();
        }
        return headlineHolders.contains(e);
      }

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          append(texts[tier()], texts[ALL], t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        elements++;
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String cls = e.className();
        String id = e.id();
        String hints = cls.isEmpty() && id.isEmpty() ? "" : cls + " " + id;
        if (tag.equals("li") && teaserDepth < 0 && isTeaser(e)) {
          teaserDepth = depth;
        }
        Region region =
            depth == 0
                ? Region.OWN
                : FURNITURE_REGION_TAGS.contains(tag) || teaserDepth == depth
                    ? Region.FURNITURE
                    : hints.length() > 1 ? REGION.get(hints) : Region.OWN;
        boolean opens =
            region == Region.FURNITURE
                ? furnitureDepth < 0
                : region == Region.COMMENTS && commentsDepth < 0 && furnitureDepth < 0;
        if (opens && !holdsHeadline(e)) {
          if (region == Region.FURNITURE) {
            furnitureDepth = depth;
          } else {
            commentsDepth = depth;
          }
        }
        if (hints.length() > 1 && DATE_HINTED.get(hints)) {
          hinted.add(new Hinted(e, elements, teaserDepth >= 0 ? TEASER : tier()));
        }
        if (firstHeadline < 0 && tag.equals("h1")) {
          firstHeadline = elements;
        }
        if (e.isBlock() || tag.equals("br")) {
          append(texts[tier()], texts[ALL], " ");
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.isBlock()) {
            append(texts[tier()], texts[ALL], " ");
          }
          if (commentsDepth == depth) {
            commentsDepth = -1;
          }
          if (furnitureDepth == depth) {
            furnitureDepth = -1;
          }
          if (teaserDepth == depth) {
            teaserDepth = -1;
          }
        }
        return FilterResult.CONTINUE;
      }
    }

    /** Appends text to a tier's and to the whole text, each run of whitespace as one space. */
    private static void append(StringBuilder tier, StringBuilder all, String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c <= ' ' || c >= 0x7f) && (Character.isWhitespace(c) || c == '\u00a0')) {
          space(tier);
          space(all);
        } else {
          tier.append(c);
          all.append(c);
        }
      }
    }

    private static void space(StringBuilder sb) {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
  }

  private static String metaContent(PageIndex index, String name) {
    Element e = index.metaNamed(name);
    return e == null ? null : e.attr("content");
  }

  /**
   * The latest acceptable day: the crawl day when known, else the run's day (plus one day for time
   * zones).
   */
  public static LocalDate latest(Instant crawlDate, Instant now) {
    Instant bound = crawlDate != null ? crawlDate : now;
    return bound == null ? null : bound.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
  }
}
