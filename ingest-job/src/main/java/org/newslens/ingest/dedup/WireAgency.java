package org.newslens.ingest.dedup;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency an article credits, from a dateline at the start of its text ("LONDON (Reuters) -
 * ...") or a credit among its authors ("Associated Press"): AP, Reuters, AFP, PA, dpa, UPI,
 * Bloomberg, AAP, ANSA, EFE, Xinhua, Kyodo or Yonhap; null when none is named. Pure.
 */
public final class WireAgency {
  /** The agency's code by each name it is credited under, lower case. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("ap", "AP"),
          Map.entry("associated press", "AP"),
          Map.entry("the associated press", "AP"),
          Map.entry("reuters", "Reuters"),
          Map.entry("thomson reuters", "Reuters"),
          Map.entry("afp", "AFP"),
          Map.entry("agence france-presse", "AFP"),
          Map.entry("agence france presse", "AFP"),
          Map.entry("pa", "PA"),
          Map.entry("pa media", "PA"),
          Map.entry("press association", "PA"),
          Map.entry("dpa", "dpa"),
          Map.entry("deutsche presse-agentur", "dpa"),
          Map.entry("upi", "UPI"),
          Map.entry("united press international", "UPI"),
          Map.entry("bloomberg", "Bloomberg"),
          Map.entry("aap", "AAP"),
          Map.entry("australian associated press", "AAP"),
          Map.entry("ansa", "ANSA"),
          Map.entry("efe", "EFE"),
          Map.entry("xinhua", "Xinhua"),
          Map.entry("kyodo", "Kyodo"),
          Map.entry("kyodo news", "Kyodo"),
          Map.entry("yonhap", "Yonhap"));

  /** A dateline: up to a few words (the place), the agency in brackets, then a dash or colon. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[^\\n(]{0,60}\\((AP|Reuters|AFP|PA|dpa|UPI|Bloomberg|AAP|ANSA|EFE|Xinhua|Kyodo|Yonhap)\\)"
              + "\\s*[-\u2013\u2014:]");

  private WireAgency() {}

  /** The agency credited by {@code text}'s dateline or by one of {@code authors}, or null. */
  public static String of(String text, List<String> authors) {
    if (text != null) {
      Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
      if (m.find()) {
        return NAMES.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (authors != null) {
      for (String author : authors) {
        if (author == null) {
          continue;
        }
        String name = author.strip().toLowerCase(java.util.Locale.ROOT);
        String agency = NAMES.get(name);
        if (agency == null && name.startsWith("by ")) {
          agency = NAMES.get(name.substring(3));
        }
        if (agency != null) {
          return agency;
        }
      }
    }
    return null;
  }
}
