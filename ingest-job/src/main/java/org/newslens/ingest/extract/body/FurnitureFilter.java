package org.newslens.ingest.extract.body;

import static org.newslens.ingest.extract.body.FurnitureVocabulary.AD;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.CAPTION;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.CONSENT;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.CONSENT_WALL;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.CONSENT_WORDS;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.DURATION;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.NEWSLETTER;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.NEWSLETTER_WORDS;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.PAYWALL;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.PAYWALL_WORDS;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.SHARE;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.TEASER;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.VIDEO_NOTICE;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.VIDEO_NOTICE_WORDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newslens.ingest.extract.ArticleIds;

/**
 * Drops page-furniture lines from article text, whether it came from HTML or from a text or JSONL
 * dump: video-player notices, bare durations and the video titles that follow them, image captions
 * and photo credits, cookie and consent prompts (with the provider name above them), paywall and
 * newsletter prompts, share bars, related-link teasers, ads. Rules are generic (shapes of lines),
 * not lists of strings from any site; their words and phrases are {@link FurnitureVocabulary}'s.
 * Pure function.
 */
public final class FurnitureFilter {
  /** The kinds of furniture recognised, for tests and reports. */
  public enum Kind {
    VIDEO_NOTICE,
    DURATION,
    VIDEO_TITLE,
    CAPTION,
    CONSENT,
    PAYWALL,
    NEWSLETTER,
    SHARE,
    TEASER,
    AD
  }

  private static final Pattern WORDS = Pattern.compile("\\s+");

  /**
   * Article text before a paywall prompt that ends it: below this many words the page is a teaser
   * (its text stops where the paywall starts), not the article. A round figure set by hand, not
   * fitted to any data.
   */
  static final int MAX_TEASER_WORDS = 150;

  private FurnitureFilter() {}

  /**
   * The furniture kind of one line on its own, or null for a line of article text. Each rule with
   * an unanchored search runs only when the line holds a word (or character) that every one of its
   * alternatives needs, checked on the lower-cased line; the anchored rules are tried at the start
   * of the line only.
   */
  public static Kind classify(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (DURATION.matcher(s).matches()) {
      return Kind.DURATION;
    }
    if (AD.matcher(s).matches()) {
      return Kind.AD;
    }
    boolean shortLine = s.length() < 220;
    if (shortLine && SHARE.matcher(s).lookingAt()) {
      return Kind.SHARE;
    }
    if (!shortLine && s.length() >= 300) {
      return s.length() < 1000 && CONSENT_WALL.matcher(s).lookingAt() ? Kind.CONSENT : null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (shortLine && containsAny(lower, VIDEO_NOTICE_WORDS) && VIDEO_NOTICE.matcher(s).find()) {
      return Kind.VIDEO_NOTICE;
    }
    if ((containsAny(lower, CONSENT_WORDS) && CONSENT.matcher(s).find())
        || CONSENT_WALL.matcher(s).lookingAt()) {
      return Kind.CONSENT;
    }
    if (shortLine && containsAny(lower, PAYWALL_WORDS) && PAYWALL.matcher(s).find()) {
      return Kind.PAYWALL;
    }
    if (shortLine && containsAny(lower, NEWSLETTER_WORDS) && NEWSLETTER.matcher(s).find()) {
      return Kind.NEWSLETTER;
    }
    if (shortLine && mayBeCaption(s) && CAPTION.matcher(s).find()) {
      return Kind.CAPTION;
    }
    if (shortLine && TEASER.matcher(s).lookingAt()) {
      return Kind.TEASER;
    }
    return null;
  }

  private static boolean containsAny(String lower, String[] words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line can match {@link FurnitureVocabulary#CAPTION}: a label or credit needs a colon,
   * bar, slash or dash, a copyright line starts with a sign, bracket or the word, and a bare agency
   * name is short.
   */
  private static boolean mayBeCaption(String s) {
    char first = s.charAt(0);
    return s.length() <= 24
        || first == '©'
        || first == '('
        || first == 'c'
        || first == 'C'
        || s.indexOf(':') >= 0
        || s.indexOf('|') >= 0
        || s.indexOf('/') >= 0
        || s.indexOf('-') >= 0;
  }

  /**
   * The lines that are article text ({@link #kinds} null), stripped, in order; none when the text
   * is a teaser: it stops at a paywall prompt (no article line after it) with fewer than {@link
   * #MAX_TEASER_WORDS} words before it.
   */
  public static List<String> filter(List<String> lines) {
    Kind[] kinds = kinds(lines);
    if (isTeaser(lines, kinds)) {
      return List.of();
    }
    List<String> kept = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == null && !lines.get(i).isBlank()) {
        kept.add(lines.get(i).strip());
      }
    }
    return kept;
  }

  /**
   * The furniture kind of every line in its context (null for article text): {@link #classify} of
   * each line, plus the title line after a video duration and the short provider line above a
   * consent prompt.
   */
  public static Kind[] kinds(List<String> lines) {
    Kind[] kinds = new Kind[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      kinds[i] = classify(lines.get(i));
    }
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] != null) {
        continue;
      }
      if (i > 0 && kinds[i - 1] == Kind.DURATION && looksLikeTitle(lines.get(i))) {
        kinds[i] = Kind.VIDEO_TITLE;
      } else if (i + 1 < lines.size()
          && kinds[i + 1] == Kind.CONSENT
          && words(lines.get(i)) <= 3
          && !endsSentence(lines.get(i))) {
        kinds[i] = Kind.CONSENT;
      }
    }
    return kinds;
  }

  private static boolean isTeaser(List<String> lines, Kind[] kinds) {
    int paywall = -1;
    int lastText = -1;
    int words = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == Kind.PAYWALL && paywall < 0) {
        paywall = i;
      } else if (kinds[i] == null && !lines.get(i).isBlank()) {
        lastText = i;
        if (paywall < 0) {
          words += ArticleIds.wordCount(lines.get(i));
        }
      }
    }
    return paywall >= 0 && lastText < paywall && words < MAX_TEASER_WORDS;
  }

  private static boolean looksLikeTitle(String line) {
    String s = line.strip();
    return s.length() <= 120 && words(s) <= 16 && !s.endsWith(".");
  }

  private static boolean endsSentence(String line) {
    String s = line.strip();
    return s.endsWith(".")
        || s.endsWith("!")
        || s.endsWith("?")
        || s.endsWith("”")
        || s.endsWith("\"");
  }

  private static int words(String line) {
    String s = line.strip();
    return s.isEmpty() ? 0 : WORDS.split(s).length;
  }
}
