package org.newslens.ingest.source.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet and publication day a text dump's file name carries: {@code <outlet>_<yyyy-mm-dd>},
 * also with {@code -} or a space before the date, {@code <yyyy-mm-dd>_<outlet>}, or the date
 * written {@code yyyymmdd}; then {@code .txt} or {@code .text}, optionally {@code .gz}. The outlet
 * is the name part as written. A name of any other shape gives nothing: neither is ever guessed
 * from the text.
 *
 * @param outlet the outlet part, or null
 * @param date the day, or null (also when the date part is not a real day)
 */
public record DumpFileName(String outlet, LocalDate date) {
  public static final DumpFileName NONE = new DumpFileName(null, null);

  private static final String DAY = "(\\d{4}-\\d{2}-\\d{2}|\\d{8})";
  private static final Pattern OUTLET_FIRST = Pattern.compile("^(.*?\\p{L}.*?)[_ -]" + DAY + "$");
  private static final Pattern DATE_FIRST = Pattern.compile("^" + DAY + "[_ -](.*\\p{L}.*)$");
  private static final Pattern EXTENSION =
      Pattern.compile("\\.(txt|text)(\\.gz)?$", Pattern.CASE_INSENSITIVE);

  /** What the last part of {@code path} (a Hadoop path or a file name) carries. */
  public static DumpFileName of(String path) {
    if (path == null) {
      return NONE;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    Matcher ext = EXTENSION.matcher(name);
    if (!ext.find()) {
      return NONE;
    }
    name = name.substring(0, ext.start());
    Matcher m = OUTLET_FIRST.matcher(name);
    if (m.matches()) {
      return of(m.group(1), m.group(2));
    }
    m = DATE_FIRST.matcher(name);
    return m.matches() ? of(m.group(2), m.group(1)) : NONE;
  }

  private static DumpFileName of(String outlet, String day) {
    String iso =
        day.length() == 8
            ? day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6)
            : day;
    try {
      return new DumpFileName(outlet.strip(), LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return NONE;
    }
  }
}
