package org.newslens.ingest.extract.body;

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
 * not lists of strings from any site. Pure function.
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

  private static final Pattern VIDEO_NOTICE =
      Pattern.compile(
          "(?i)(use|switch to|upgrade|try) (a |the |another )?"
              + "(\\w+ )?(browser|player)\\b.*\\b(video|media|player|playback)|\\b(video|media) (player|playback)\\b.*"
              + "(not supported|unsupported|unavailable|browser|javascript)|your (browser|device) (does not|doesn't|cannot)"
              + " (support|play)|(enable|turn on|activate) javascript|this (video|media|content) (is|can)( not|n't| no longer)"
              + " (available|be played|be displayed)|^(watch|play|replay) (video|now)\\b|^video (ad|advertisement)\\b");
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)^(\\(?((video|audio|duration|dauer|durée|duración|length)\\s*:?\\s*)?\\d{1,2}:\\d{2}(:\\d{2})?\\)?"
              + "(\\s*(min|mins|minutes|minuten)\\.?)?|\\d{1,3}\\s*(min|mins|sec)\\.?( \\d{1,2} ?(s|sec)\\.?)?)$");
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?iu)^(image|images|photo|photos|picture|pic|pics|foto|"
              + "fotos|bild|bildquelle|quelle|photograph|illustration|credit|credits|crédit|crédito|source|caption|"
              + "video|graphic|grafik|file photo)\\s*(:|\\||-\\s)|\\b(pic|photo|picture|image|foto|bild|credit|photograph|"
              + "copyright)\\s*:\\s*[\\p{L}\\p{N} ./&,'’-]{1,60}\\)?\\.?$|^\\(?(©|\\(c\\)|copyright)\\s|^\\(?(getty|afp|ap|"
              + "reuters|dpa|epa|pa|shutterstock|imago|alamy|istock)( images| photo| wire)?(\\s*/\\s*[\\p{L} ]{1,40})?\\)?$|"
              + "\\s(/|\\|)\\s*(getty images|afp|reuters|dpa|epa|pa wire|shutterstock|imago|ap photo|picture alliance)"
              + "[\\p{L} /]*\\)?$");
  private static final Pattern CONSENT =
      Pattern.compile(
          "(?i)\\bcookies?\\b.*\\b(consent|permission|settings|"
              + "privacy|accept|agree|enable|technologies|preferences)\\b|\\b(consent|permission|agree|accept|preferences|"
              + "enable|allow|settings)\\b.*\\bcookies?\\b"
              + "|(change|manage|update) (your )?(cookie |privacy )?(settings|preferences|choices)( at any time)?|"
              + "privacy options|(verify|confirm) (if|that|whether) you have consented|"
              + "this content is (provided|hosted) by|to (show|display|view) (you )?this content|"
              + "we need your (permission|consent)|(akzeptieren|zustimmen|einwilligung).*(cookies?|inhalt|datenschutz)|"
              + "^(accept|reject|allow)( all)?( cookies)?$");

  /**
   * The long first paragraph of a consent wall (the wording consent platforms share), which a line
   * of article text does not start like; tried on lines too long for the other rules.
   */
  private static final Pattern CONSENT_WALL =
      Pattern.compile(
          "(?i)^(we|we and our (\\d+ )?(partners|vendors)) (store|use|process)\\b.{0,40}\\b(information|"
              + "cookies|personal data)\\b.{0,20}\\bon (a|your) device\\b");

  private static final Pattern PAYWALL =
      Pattern.compile(
          "(?i)\\b(subscribe|subscription|log ?in|sign ?in|register|create a (free )?account)\\b.{0,40}\\bto"
              + " (continue|keep|start) reading\\b|\\bto (continue|keep) reading\\b.{0,40}\\b(subscribe|subscription|"
              + "log ?in|sign ?in|register)|\\b(this|the) (article|story|content|piece) is (only )?(for|available (only )?to|"
              + "reserved for|exclusive(ly)? (for|to)) (paying |our |digital )?(subscribers|members)\\b|^(for )?"
              + "(subscribers|members) only\\W*$|\\balready (a )?(subscriber|member)\\?|\\byou('ve| have) (reached|used"
              + "( up)?) (your|all (of )?your) (\\w+ )?(free )?(articles|stories|limit)\\b|\\bsubscribe (now )?(to|for) "
              + "(read|unlock|get) (the full|this|unlimited)\\b|\\bget unlimited (digital )?access\\b");
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "(?i)(sign up|signup|subscribe|register|join)\\b.{0,40}"
              + "\\b(newsletter|briefing|bulletin|email|inbox|updates|alerts)|\\b(newsletter|inbox)\\b.{0,60}\\b(sign up|"
              + "subscribe|delivered|straight to|every (day|morning|week))|^(newsletter|subscribe|abonnieren|sign up)$|"
              + "newsletter (abonnieren|bestellen)|^(get|receive) (our|the) (latest|best|top)\\b.{0,60}\\b(inbox|email)");
  private static final Pattern SHARE =
      Pattern.compile(
          "(?i)^(share|share this( article| story| page)?|share on|"
              + "share via|teilen|partager|compartir|tweet|email|e-mail|print|drucken|copy link|copy|link kopieren|facebook|"
              + "twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|xing|mail|comments?|kommentare|"
              + "[0-9]+ comments?|save|bookmark|follow|like)(\\s*[,|/·•]?\\s*(share|tweet|email|e-mail|print|facebook|twitter|x|"
              + "whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|xing|mail|copy link|save))*\\s*:?$|"
              + "^follow (us|@\\w+) on\\b|^(click|tap) (here )?to (share|tweet|email|print)");
  private static final Pattern TEASER =
      Pattern.compile(
          "(?iu)^(read more|read also|also read|read next|see also|"
              + "related|related articles?|related stories|related content|more on this( story)?|more from|more:|"
              + "recommended( for you)?|most read|most popular|trending|lesen sie auch|lesen sie mehr|mehr zum thema|"
              + "auch interessant|weiterlesen|weitere artikel|das könnte sie auch interessieren|lire aussi|à lire aussi|"
              + "voir aussi|lee también|leer más|te puede interesar|watch|listen|watch now|listen now|top stories|"
              + "you may also like|you might also like|don'?t miss|editor'?s picks?|in other news|click here|continue reading"
              + "|keep reading|sponsored content|from our partners)\\b\\s*[:»›>|-]|^(read more|related|more on this|"
              + "weiterlesen|lesen sie auch|mehr zum thema|continue reading|keep reading|recommended|most read|"
              + "top stories)\\s*[.…»›>]*$");
  private static final Pattern AD =
      Pattern.compile(
          "(?i)^(advertisement|advertising|advert|ad|ads|sponsored|"
              + "anzeige|werbung|publicité|publicidad|pubblicità|reklame|story continues below( advertisement)?|"
              + "article continues below( advertisement)?|continue reading (the main story|below)|"
              + "skip (advertisement|ad))\\s*[-:.]?$");
  private static final Pattern WORDS = Pattern.compile("\\s+");

  /**
   * Words one of which each alternative of a rule needs (lower case), so that most lines skip the
   * rule's search.
   */
  private static final String[] VIDEO_NOTICE_WORDS = {
    "browser", "play", "video", "media", "device", "javascript", "content", "watch"
  };

  private static final String[] CONSENT_WORDS = {
    "cookie",
    "settings",
    "preferences",
    "choices",
    "privacy options",
    "consented",
    "this content",
    "we need your",
    "akzeptieren",
    "zustimmen",
    "einwilligung",
    "accept",
    "reject",
    "allow"
  };
  private static final String[] PAYWALL_WORDS = {
    "subscri", "reading", "members", "free articles", "limit", "unlimited"
  };

  /**
   * Article text before a paywall prompt that ends it: below this many words the page is a teaser
   * (its text stops where the paywall starts), not the article. A round figure set by hand, not
   * fitted to any data.
   */
  public static final int MAX_TEASER_WORDS = 150;

  private static final String[] NEWSLETTER_WORDS = {
    "newsletter",
    "briefing",
    "bulletin",
    "email",
    "inbox",
    "updates",
    "alerts",
    "subscribe",
    "abonnieren",
    "sign up"
  };

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
   * Whether a line can match {@link #CAPTION}: a label or credit needs a colon, bar, slash or dash,
   * a copyright line starts with a sign, bracket or the word, and a bare agency name is short.
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
