package org.newslens.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.common.schema.DateSource;

/**
 * Publication date of an HTML page, from the most to the least explicit evidence: JSON-LD {@code datePublished},
 * publication meta tags (Open Graph article, Dublin Core, Parse.ly, Sailthru, itemprop, …), {@code <time>} and
 * {@code itemprop=datePublished} elements, a date in the URL, then dates written in the page near the byline.
 * Original publication wins over modification; dates in the future (relative to the crawl or the run) or before 1990
 * are rejected. Pure function.
 */
final class DateExtractor {
  /** A date with the evidence it came from. */
  record Dated(DateParsing.Found found, DateSource source) {}

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final String[] PUBLISHED_META = {
    "article:published_time", "article:published", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "published_time", "published-date", "published_date", "publish-date",
    "publish_date", "publishdate", "pubdate", "pub_date", "publication_date", "publication-date", "date.published",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "dc.created",
    "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "date", "dc.date.available",
    "date_published", "article:post_date", "created", "creation_date", "rnews:datepublished", "displaydate",
    "og:pubdate", "datecreated", "bt:pubdate", "release_date", "sort_date", "timestamp"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
    "last-modified", "lastmod", "article:modified", "revision_date", "updated"
  };
  private static final Pattern URL_YMD = Pattern.compile(
      "(?<![\\d])((?:19|20)\\d{2})([/_-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![\\d])(?!-[a-zA-Z])");
  private static final Pattern URL_COMPACT =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");
  private static final Pattern URL_DMY =
      Pattern.compile("(?<![\\d])(0?[1-9]|[12]\\d|3[01])[_-](0?[1-9]|1[0-2])[_-]((?:19|20)\\d{2})(?![\\d])");
  private static final Pattern DATE_HINT = Pattern.compile("(?i)date|datum|time|zeit|publish|posted|byline|dateline|"
      + "meta|info|submitted|fecha|fecha|data|stamp|autor|author|article-header|entry-header|subline|kicker");
  private static final Pattern MODIFIED_HINT = Pattern.compile("(?i)modif|updat|aktualisiert|geändert|revis|edited");
  private static final Pattern PUBLISHED_WORDS = Pattern.compile("(?iu)\\b(erschienen|veröffentlicht|publiziert|"
      + "published|posted|publié|publicado|pubblicato|gepubliceerd|written|erstellt|stand(?=\\s*:))( am| on| le| el| il| op)?\\s*:?\\s*");
  private static final Pattern MODIFIED_WORDS = Pattern.compile(
      "(?iu)(updated|last modified|aktualisiert|zuletzt|geändert|mis à jour|actualizado|modified)\\s*(am|on|:|le)?\\s*$");

  /** Whether a class-and-id string marks a publication date block (and not an update). */
  private static final BoundedMemo<Boolean> DATE_HINTED = new BoundedMemo<>(
      hints -> DATE_HINT.matcher(hints).find() && !MODIFIED_HINT.matcher(hints).find(), 50_000);

  private DateExtractor() {}

  static Dated extract(Document page, PageMeta meta, JsonLd ld, String url, LocalDate latest) {
    Dated d = evidence(page, meta, ld, url, latest);
    if (d == null || d.source() == DateSource.URL) {
      return d;
    }
    // A time given in UTC may fall on the next day of the outlet's own calendar: a day in the URL or a visible
    // date one day earlier is the day the outlet printed.
    Dated inUrl = fromUrl(url, latest);
    if (inUrl != null) {
      boolean nextDay = Math.abs(inUrl.found().day().toEpochDay() - d.found().day().toEpochDay()) == 1;
      return nextDay ? new Dated(d.found().onDay(inUrl.found().day()), d.source()) : d;
    }
    if (d.found().utcTime()) {
      LocalDate before = d.found().day().minusDays(1);
      Element shownTime = page.body() == null ? null : page.body().selectFirst("time");
      DateParsing.Found shown = shownTime != null && shownTime.text().length() <= 120
          ? DateParsing.firstInText(shownTime.text()) : null;
      if (shown == null) {
        Dated written = fromText(page, latest);
        shown = written == null ? null : written.found();
      }
      if (shown != null && shown.day().equals(before)) {
        return new Dated(d.found().onDay(before), d.source());
      }
    }
    return d;
  }

  private static Dated evidence(Document page, PageMeta meta, JsonLd ld, String url, LocalDate latest) {
    Dated d = fromJsonLd(ld, latest);
    if (d == null) {
      d = fromMeta(meta, PUBLISHED_META, latest, DateSource.META);
    }
    if (d == null) {
      d = fromElements(page, latest);
    }
    if (d == null) {
      d = fromUrl(url, latest);
    }
    if (d == null) {
      d = fromText(page, latest);
    }
    if (d == null) {
      d = modified(ld, meta, latest);
    }
    return d;
  }

  static boolean plausible(DateParsing.Found f, LocalDate latest) {
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
    for (String[] raw : ld.rawDates) {
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

  /** {@code itemprop=datePublished} elements, then {@code <time>} elements that are not marked as an update. */
  private static Dated fromElements(Document page, LocalDate latest) {
    for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate], [pubdate]")) {
      Dated d = accept(parseElement(e), latest, DateSource.TIME_ELEMENT);
      if (d != null) {
        return d;
      }
    }
    Element root = page.body() == null ? page : page.body();
    for (Element e : root.getElementsByTag("time")) {
      if (isModified(e)) {
        continue;
      }
      Dated d = accept(parseElement(e), latest, DateSource.TIME_ELEMENT);
      if (d != null) {
        return d;
      }
    }
    return null;
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
    return MODIFIED_WORDS.matcher(before).find() || (prev != null && MODIFIED_WORDS.matcher(prev.text()).find());
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
          Dated d = accept(DateParsing.Found.ofDay(LocalDate.of(Integer.parseInt(m.group(dmy ? 3 : 1)),
              Integer.parseInt(m.group(2 + shift)), Integer.parseInt(m.group(dmy ? 1 : 3 + shift)))), latest,
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
   * A date written in a short element whose class or id marks it as a date, time, byline or article meta block;
   * else the date written most often in the page body, the earliest occurrence breaking ties.
   */
  private static Dated fromText(Document page, LocalDate latest) {
    Element body = page.body();
    if (body == null) {
      return null;
    }
    String bodyText = body.text();
    Matcher said = PUBLISHED_WORDS.matcher(bodyText);
    while (said.find()) {
      String after = bodyText.substring(said.end(), Math.min(bodyText.length(), said.end() + 40));
      DateParsing.Found f = DateParsing.firstInText(after);
      if (f == null) {
        f = DateParsing.shortDate(after);
      }
      if (plausible(f, latest)) {
        return new Dated(f, DateSource.TEXT);
      }
    }
    Element h1 = body.selectFirst("h1");
    int headline = -1;
    int index = 0;
    Dated lastBefore = null;
    Dated firstAfter = null;
    int lastBeforeIndex = 0;
    int firstAfterIndex = 0;
    for (Element e : body.getAllElements()) {
      index++;
      if (e == h1) {
        headline = index;
      }
      String hints = e.className() + " " + e.id();
      if (hints.length() < 2 || !DATE_HINTED.get(hints)) {
        continue;
      }
      String text = e.text();
      if (text.length() > 200) {
        continue;
      }
      DateParsing.Found f = null;
      for (String attr : new String[] {"datetime", "content", "title", "data-date"}) {
        if (f == null && e.hasAttr(attr)) {
          f = DateParsing.parse(e.attr(attr));
        }
      }
      if (f == null) {
        f = DateParsing.firstInText(text);
      }
      if (f == null) {
        f = DateParsing.shortDate(text);
      }
      Dated d = accept(f, latest, DateSource.TEXT);
      if (d != null && !MODIFIED_WORDS.matcher(text.substring(0, Math.min(text.length(), 40))).find()) {
        if (h1 == null) {
          return d;
        }
        if (headline < 0) {
          lastBefore = d;
          lastBeforeIndex = index;
        } else {
          firstAfter = d;
          firstAfterIndex = index;
          break;
        }
      }
    }
    // the dated element nearest the headline, before or after it, is the byline's date
    if (lastBefore != null && (firstAfter == null || headline - lastBeforeIndex <= firstAfterIndex - headline)) {
      return lastBefore;
    }
    if (firstAfter != null) {
      return firstAfter;
    }
    for (String stated : new String[] {page.title(), meta(page, "description")}) {
      Dated d = stated == null ? null : accept(DateParsing.firstInText(stated), latest, DateSource.TEXT);
      if (d != null) {
        return d;
      }
    }
    List<DateParsing.Found> all = DateParsing.allInText(bodyText, 200);
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

  private static String meta(Document page, String name) {
    Element e = page.selectFirst("meta[name=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  /** The latest acceptable day: the crawl day when known, else the run's day (plus one day for time zones). */
  static LocalDate latest(Instant crawlDate, Instant now) {
    Instant bound = crawlDate != null ? crawlDate : now;
    return bound == null ? null : bound.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
  }
}
