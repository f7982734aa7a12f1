package org.newslens.ingest.extract.body;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What page furniture looks like, in one place: the class and id words that mark furniture blocks
 * and article blocks of a page, the tags and class words of the page regions whose dates are read
 * last, and the words and phrases of furniture lines (video notices, durations, captions and
 * credits, consent, paywall and newsletter prompts, share bars, teasers, ads) in article text from
 * HTML, JSONL or text dumps. The rules that use them are {@link HtmlBodyExtractor}, {@link
 * FurnitureFilter}, date extraction and the text-dump splitter. Class and id hints are matched
 * against the lower-cased {@code class} and {@code id} attributes.
 */
public final class FurnitureVocabulary {
  private FurnitureVocabulary() {}

  // Class and id hints of the body extractor (lower-cased class and id)

  /** Marks a block as furniture. */
  static final HintWords NEGATIVE_HINT =
      HintWords.of(
          "comment",
          "share",
          "sharing",
          "social",
          "related",
          "recommend",
          "newsletter",
          "subscri",
          "promo",
          "sponsor",
          "advert",
          "|ads?|",
          "|ad-",
          "|ad_",
          "banner",
          "sidebar",
          "widget",
          "popup",
          "modal",
          "cookie",
          "consent",
          "breadcrumb",
          "|nav",
          "menu",
          "masthead",
          "skip",
          "|tags?|",
          "tagcloud",
          "byline",
          "author",
          "outbrain",
          "taboola",
          "teaser",
          "more-?stories",
          "trending",
          "popular",
          "signup",
          "paywall",
          "caption",
          "credit",
          "|hidden",
          "print",
          "toolbar",
          "pagination",
          "pager",
          "footer",
          "|meta|",
          "rating",
          "login",
          "disclaimer",
          "copyright",
          "dateline",
          "timestamp",
          "read-?more",
          "recirc",
          "most-?read",
          "embed",
          "gallery",
          "slideshow",
          "video",
          "player",
          "|tools?|",
          "sr-only",
          "visually-?hidden",
          "screen-?reader",
          "offscreen",
          "infobox",
          "topics",
          "keywords",
          "follow",
          "bio|");

  /** Marks a block as furniture that is dropped even when it is large. */
  static final HintWords STRONG_NEGATIVE_HINT =
      HintWords.of(
          "comment",
          "share",
          "sharing",
          "social",
          "related",
          "recommend",
          "newsletter",
          "cookie",
          "consent",
          "|nav",
          "menu",
          "outbrain",
          "taboola",
          "trending",
          "most-?read",
          "popular",
          "breadcrumb",
          "sidebar",
          "footer",
          "sr-only",
          "visually-?hidden",
          "screen-?reader",
          "recirc",
          "paywall",
          "signup",
          "subscri",
          "promo",
          "advert");

  /** Marks a block as the article (it outweighs a furniture hint). */
  static final HintWords POSITIVE_HINT =
      HintWords.of(
          "article-?body",
          "articlebody",
          "story-?body",
          "post-?body",
          "entry-?content",
          "post-?content",
          "article-?content",
          "main-?content",
          "body-?text",
          "article-?text",
          "story-?content",
          "content-?body",
          "article__body",
          "story__body",
          "rich-?text",
          "richtext",
          "post-?entry",
          "hentry",
          "text-?content",
          "article-?main",
          "page-?content",
          "field-?body");

  /** Whole class or id words (between spaces) that mark a block as the article. */
  static final Set<String> POSITIVE_TOKENS =
      Set.of("article", "content", "main", "post", "story", "entry", "body", "text", "blog");

  // Page regions whose dates are read only when the rest of the page has none

  /**
   * Furniture: parts of a page whose dates are read only when the rest of the page has none (block
   * quotes hold embedded posts and quotations, dated by their own authors).
   */
  public static final Set<String> FURNITURE_REGION_TAGS =
      Set.of("nav", "footer", "aside", "menu", "blockquote");

  public static final Pattern FURNITURE_REGION_HINT =
      Pattern.compile(
          "(?i)(?<![a-z])(nav|navbar|navigation|menu|"
              + "breadcrumbs?|sidebar|footer|copyright|revisions?|history|versions|diff)(?![a-z])|main-?nav|subnav|topnav");

  public static final Pattern COMMENTS_REGION_HINT =
      Pattern.compile("(?i)comment|kommentar|replies|discussion");

  // Furniture lines: the rules of FurnitureFilter.classify

  static final Pattern VIDEO_NOTICE =
      Pattern.compile(
          "(?i)(use|switch to|upgrade|try) (a |the |another )?"
              + "(\\w+ )?(browser|player)\\b.*\\b(video|media|player|playback)|\\b(video|media) (player|playback)\\b.*"
              + "(not supported|unsupported|unavailable|browser|javascript)|your (browser|device) (does not|doesn't|cannot)"
              + " (support|play)|(enable|turn on|activate) javascript|this (video|media|content) (is|can)( not|n't| no longer)"
              + " (available|be played|be displayed)|^(watch|play|replay) (video|now)\\b|^video (ad|advertisement)\\b");

  static final Pattern DURATION =
      Pattern.compile(
          "(?i)^(\\(?((video|audio|duration|dauer|durée|duración|length)\\s*:?\\s*)?\\d{1,2}:\\d{2}(:\\d{2})?\\)?"
              + "(\\s*(min|mins|minutes|minuten)\\.?)?|\\d{1,3}\\s*(min|mins|sec)\\.?( \\d{1,2} ?(s|sec)\\.?)?)$");

  static final Pattern CAPTION =
      Pattern.compile(
          "(?iu)^(image|images|photo|photos|picture|pic|pics|foto|"
              + "fotos|bild|bildquelle|quelle|photograph|illustration|credit|credits|crédit|crédito|source|caption|"
              + "video|graphic|grafik|file photo)\\s*(:|\\||-\\s)|\\b(pic|photo|picture|image|foto|bild|credit|photograph|"
              + "copyright)\\s*:\\s*[\\p{L}\\p{N} ./&,'’-]{1,60}\\)?\\.?$|^\\(?(©|\\(c\\)|copyright)\\s|^\\(?(getty|afp|ap|"
              + "reuters|dpa|epa|pa|shutterstock|imago|alamy|istock)( images| photo| wire)?(\\s*/\\s*[\\p{L} ]{1,40})?\\)?$|"
              + "\\s(/|\\|)\\s*(getty images|afp|reuters|dpa|epa|pa wire|shutterstock|imago|ap photo|picture alliance)"
              + "[\\p{L} /]*\\)?$");

  static final Pattern CONSENT =
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
  static final Pattern CONSENT_WALL =
      Pattern.compile(
          "(?i)^(we|we and our (\\d+ )?(partners|vendors)) (store|use|process)\\b.{0,40}\\b(information|"
              + "cookies|personal data)\\b.{0,20}\\bon (a|your) device\\b");

  static final Pattern PAYWALL =
      Pattern.compile(
          "(?i)\\b(subscribe|subscription|log ?in|sign ?in|register|create a (free )?account)\\b.{0,40}\\bto"
              + " (continue|keep|start) reading\\b|\\bto (continue|keep) reading\\b.{0,40}\\b(subscribe|subscription|"
              + "log ?in|sign ?in|register)|\\b(this|the) (article|story|content|piece) is (only )?(for|available (only )?to|"
              + "reserved for|exclusive(ly)? (for|to)) (paying |our |digital )?(subscribers|members)\\b|^(for )?"
              + "(subscribers|members) only\\W*$|\\balready (a )?(subscriber|member)\\?|\\byou('ve| have) (reached|used"
              + "( up)?) (your|all (of )?your) (\\w+ )?(free )?(articles|stories|limit)\\b|\\bsubscribe (now )?(to|for) "
              + "(read|unlock|get) (the full|this|unlimited)\\b|\\bget unlimited (digital )?access\\b");

  static final Pattern NEWSLETTER =
      Pattern.compile(
          "(?i)(sign up|signup|subscribe|register|join)\\b.{0,40}"
              + "\\b(newsletter|briefing|bulletin|email|inbox|updates|alerts)|\\b(newsletter|inbox)\\b.{0,60}\\b(sign up|"
              + "subscribe|delivered|straight to|every (day|morning|week))|^(newsletter|subscribe|abonnieren|sign up)$|"
              + "newsletter (abonnieren|bestellen)|^(get|receive) (our|the) (latest|best|top)\\b.{0,60}\\b(inbox|email)");

  /** The networks (and mail) a share bar names, as an alternation. */
  private static final String SHARE_NETWORKS =
      "facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|xing|mail";

  static final Pattern SHARE =
      Pattern.compile(
          "(?i)^(share|share this( article| story| page)?|share on|share via|teilen|partager|compartir|"
              + "tweet|email|e-mail|print|drucken|copy link|copy|link kopieren|"
              + SHARE_NETWORKS
              + "|comments?|kommentare|[0-9]+ comments?|save|bookmark|follow|like)"
              + "(\\s*[,|/·•]?\\s*(share|tweet|email|e-mail|print|"
              + SHARE_NETWORKS
              + "|copy link|save))*\\s*:?$|"
              + "^follow (us|@\\w+) on\\b|^(click|tap) (here )?to (share|tweet|email|print)");

  static final Pattern TEASER =
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

  static final Pattern AD =
      Pattern.compile(
          "(?i)^(advertisement|advertising|advert|ad|ads|sponsored|"
              + "anzeige|werbung|publicité|publicidad|pubblicità|reklame|story continues below( advertisement)?|"
              + "article continues below( advertisement)?|continue reading (the main story|below)|"
              + "skip (advertisement|ad))\\s*[-:.]?$");

  /**
   * Words one of which each alternative of a rule needs (lower case), so that most lines skip the
   * rule's search.
   */
  static final String[] VIDEO_NOTICE_WORDS = {
    "browser", "play", "video", "media", "device", "javascript", "content", "watch"
  };

  static final String[] CONSENT_WORDS = {
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

  static final String[] PAYWALL_WORDS = {
    "subscri", "reading", "members", "free articles", "limit", "unlimited"
  };

  static final String[] NEWSLETTER_WORDS = {
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

  // The narrower line shapes the text-dump splitter steps over next to a headline

  public static final Pattern DUMP_DURATION = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?$");

  public static final Pattern DUMP_CAPTION =
      Pattern.compile(
          "^(image|images|photo|photos|picture|pic|video|watch|listen|graphic)s?\\s*:.*",
          Pattern.CASE_INSENSITIVE);

  public static final Pattern DUMP_VIDEO_NOTICE =
      Pattern.compile(
          ".*\\b(video|player|javascript|browser)\\b.*\\b(video|player|javascript|browser)\\b.*",
          Pattern.CASE_INSENSITIVE);
}
