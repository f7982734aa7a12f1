package org.newslens.ingest.extract.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as pages write them: ISO 8601 and its common variants, RFC 1123, numeric
 * day-month-year (also with {@code |} between the parts), and month names in English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Romanian and Arabic (Egyptian and Levantine names).
 * Pure functions.
 */
public final class DateParsing {
  /**
   * A date found on a page: the calendar day as the page states it, and the instant (midnight UTC
   * if no time).
   */
  public record Found(LocalDate day, Instant instant, boolean utcTime) {
    public Found(LocalDate day, Instant instant) {
      this(day, instant, false);
    }

    public static Found ofDay(LocalDate day) {
      return new Found(day, day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * The same instant on another calendar day as the page states it (a local day differing from
     * UTC).
     */
    Found onDay(LocalDate other) {
      return new Found(other, instant, false);
    }
  }

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {
        "january",
        "jan",
        "januar",
        "jänner",
        "jaenner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "ianuarie",
        "يناير",
        "كانون الثاني"
      },
      {
        "february",
        "feb",
        "februar",
        "feber",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "februarie",
        "فبراير",
        "شباط"
      },
      {
        "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt",
        "martie", "مارس", "آذار"
      },
      {
        "april", "apr", "avril", "avr", "abril", "abr", "aprile", "aprilie", "أبريل", "ابريل",
        "إبريل", "نيسان"
      },
      {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "مايو", "أيار"},
      {
        "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "iunie", "يونيو", "يونيه",
        "حزيران"
      },
      {
        "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "iulie",
        "يوليو", "يوليه", "تموز"
      },
      {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "أغسطس", "اغسطس", "آب"},
      {
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
        "septembrie",
        "سبتمبر",
        "أيلول"
      },
      {
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "octombrie",
        "أكتوبر",
        "اكتوبر",
        "تشرين الأول"
      },
      {
        "november",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "noiembrie",
        "نوفمبر",
        "تشرين الثاني"
      },
      {
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "decembrie",
        "ديسمبر",
        "كانون الأول"
      }
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  private static final String MONTH_ALT = monthAlternation();
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern ISO =
      Pattern.compile(
          "^\\s*((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?\\s*"
              + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern YMD =
      Pattern.compile("(?<![\\d.])" + YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  private static final Pattern DMY =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})\\s?([./|-])\\s?(\\d{1,2})\\s?\\2\\s?" + YEAR + "(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})");
  private static final Pattern US_SLASH =
      Pattern.compile("^(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?:[ T]\\d{1,2}:\\d{2}|$)");
  private static final Pattern YEAR_ONLY = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern DMY_SHORT =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

  /** A dd.mm.yy date followed by a time of day, as forums and comment threads stamp posts. */
  private static final Pattern DMY_SHORT_STAMP =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}),?\\s*"
              + "(?:um\\s+|at\\s+|à\\s+)?(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d.])");

  private static final Pattern D_MONTH_Y =
      Pattern.compile(
          "(?iu)(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|er|º|°)?\\s*(?:de\\s+)?("
              + MONTH_ALT
              + ")\\.?,?\\s*(?:de\\s+|del\\s+)?'?"
              + YEAR
              + "(?!\\d)");
  private static final Pattern MONTH_D_Y =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])("
              + MONTH_ALT
              + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+"
              + YEAR
              + "(?!\\d)");
  private static final Pattern RFC =
      Pattern.compile(
          "(?i)^\\s*(?:[a-z]{3},\\s*)?\\d{1,2} [a-z]{3} \\d{4} \\d{2}:\\d{2}(?::\\d{2})? (?:GMT|UT|UTC|[+-]\\d{4})");

  private DateParsing() {}

  private static String monthAlternation() {
    List<String> names = new ArrayList<>(MONTHS.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", names);
  }

  /**
   * Parses a machine-readable date (a meta content, a {@code datetime} attribute, a JSON-LD value):
   * ISO 8601 forms, RFC 1123, then the human forms of {@link #firstInText}. Null when nothing valid
   * is found.
   */
  public static Found parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher m = ISO.matcher(v);
    if (m.find()) {
      Found f = fromIso(m);
      if (f != null) {
        return f;
      }
    }
    if (RFC.matcher(v).find()) {
      try {
        ZonedDateTime z =
            ZonedDateTime.parse(
                v.replaceAll("\\s+", " ").replace(" UTC", " GMT").replace(" UT", " GMT"),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        return new Found(z.toLocalDate(), z.toInstant());
      } catch (DateTimeException e) {
        // fall through to the human forms
      }
    }
    Matcher us = US_SLASH.matcher(v);
    if (us.find()) {
      // machine-written slash dates (CMS meta values) follow the month/day/year convention
      Found f =
          day(
              Integer.parseInt(us.group(3)),
              Integer.parseInt(us.group(1)),
              Integer.parseInt(us.group(2)));
      if (f != null) {
        return f;
      }
    }
    if (v.matches("\\d{10}|\\d{13}")) {
      long epoch = Long.parseLong(v);
      Instant at = v.length() == 10 ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
      return new Found(at.atOffset(ZoneOffset.UTC).toLocalDate(), at);
    }
    return firstInText(v);
  }

  private static Found fromIso(Matcher m) {
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return Found.ofDay(day);
      }
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(4)) % 24,
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6))));
      ZoneOffset offset = offset(m.group(7));
      return new Found(
          day,
          LocalDateTime.of(day, time).toInstant(offset),
          m.group(7) != null && offset.equals(ZoneOffset.UTC));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * Math.min(hours, 18), sign * Math.min(minutes, 59));
  }

  /** The first human-written date in a piece of text (numeric or with a month name), or null. */
  static Found firstInText(String text) {
    List<Found> all = allInText(text, 1);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Up to {@code limit} dates written in the text, in text order. */
  static List<Found> allInText(String text, int limit) {
    List<int[]> hits = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    // every form holds a four-digit year: look only around the years,
    // not at every position of a long text
    List<int[]> windows = new ArrayList<>();
    Matcher year = YEAR_ONLY.matcher(text);
    while (year.find()) {
      int from = Math.max(0, year.start() - 40);
      int to = Math.min(text.length(), year.end() + 20);
      if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
        windows.get(windows.size() - 1)[1] = to;
      } else {
        windows.add(new int[] {from, to});
      }
    }
    for (int[] w : windows) {
      collect(region(D_MONTH_Y.matcher(text), w), 1, 2, 3, true, hits, found);
      collect(region(MONTH_D_Y.matcher(text), w), 2, 1, 3, true, hits, found);
      collect(region(YMD.matcher(text), w), 3, 2, 1, false, hits, found);
      collect(region(CJK.matcher(text), w), 3, 2, 1, false, hits, found);
      collect(region(DMY.matcher(text), w), 1, 3, 4, false, hits, found);
    }
    // order by position in the text
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> hits.get(i)[0]));
    List<Found> sorted = new ArrayList<>();
    for (int i : order) {
      if (sorted.size() < limit) {
        sorted.add(found.get(i));
      }
    }
    return sorted;
  }

  private static Matcher region(Matcher m, int[] window) {
    return m.region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** A dd.mm.yy date (two-digit year), accepted only where the context says it is a date. */
  static Found shortDate(String text) {
    Matcher m = DMY_SHORT.matcher(text);
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    return day(
        year < 70 ? 2000 + year : 1900 + year,
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(1)));
  }

  /** The first dd.mm.yy date followed by a time of day (a post stamp), or null. */
  static Found shortStamp(String text) {
    Matcher m = DMY_SHORT_STAMP.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(3));
      Found f =
          day(
              year < 70 ? 2000 + year : 1900 + year,
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static void collect(
      Matcher m,
      int dayGroup,
      int monthGroup,
      int yearGroup,
      boolean named,
      List<int[]> hits,
      List<Found> found) {
    while (m.find()) {
      int start = m.start();
      boolean overlaps = false;
      for (int[] h : hits) {
        if (start < h[1] && m.end() > h[0]) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) {
        continue;
      }
      Integer month =
          named
              ? MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT))
              : parseInt(m.group(monthGroup));
      int dayOfMonth = Integer.parseInt(m.group(dayGroup));
      int year = Integer.parseInt(m.group(yearGroup));
      if (month == null) {
        continue;
      }
      Found f = day(year, month, dayOfMonth);
      if (f == null && !named && dayOfMonth <= 12) {
        f = day(year, dayOfMonth, month); // month/day order
      }
      if (f != null) {
        hits.add(new int[] {start, m.end()});
        found.add(f);
      }
    }
  }

  private static Integer parseInt(String s) {
    return Integer.parseInt(s);
  }

  private static Found day(int year, int month, int dayOfMonth) {
    try {
      return Found.ofDay(LocalDate.of(year, month, dayOfMonth));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
