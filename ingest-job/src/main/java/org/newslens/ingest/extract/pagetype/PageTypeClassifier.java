package org.newslens.ingest.extract.pagetype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslens.common.schema.PageType;

/**
 * Decides whether a page is a news article, and if not what kind of page it is, from the page's own
 * evidence ({@link PageEvidence}). Pure Java, deterministic, no I/O.
 *
 * <p>Whether it is an article: a logistic score over {@link #FEATURES}, each a general signal in
 * [0, 1] (structured-data types, {@code og:type}, URL shape, the body's shape, a headline with a
 * byline or date), weighted by {@link #WEIGHTS}. The page is an article when the score is at least
 * {@link #THRESHOLD}; {@code page_type_score} is the score for an article and one minus it for any
 * other page. The weights were fitted by L2-regularised logistic regression on a labelled set of
 * pages and are checked leave-site-out (docs/evaluation.md); nothing here names a site or a page.
 *
 * <p>What a non-article is: one vote for each type per signal that speaks for it (structured data,
 * {@code og:type}, URL words, body shape); the type with most votes wins, ties in the order forum,
 * product, documentation, service, listing; no vote at all is {@code other}.
 */
public final class PageTypeClassifier {
  /** Words of a paragraph that counts as a long run of prose. */
  public static final int LONG_PARAGRAPH = 40;

  /** Words under which a paragraph counts as short (a caption, a card, a button's text). */
  public static final int SHORT_PARAGRAPH = 15;

  /** The score at or above which a page is an article. */
  public static final double THRESHOLD = 0.5;

  /** The names of the signals, in the order of {@link #features}. */
  public static final List<String> FEATURES =
      List.of(
          "ld_article",
          "ld_forum",
          "ld_product",
          "ld_listing",
          "ld_service",
          "ld_documentation",
          "og_article",
          "og_other",
          "published_meta",
          "url_dated",
          "url_slug",
          "url_root",
          "url_listing",
          "url_forum",
          "url_product",
          "url_documentation",
          "url_service",
          "body_words",
          "long_paragraphs",
          "link_density",
          "linked_headings",
          "article_blocks",
          "headline_byline",
          "page_date",
          "marked_date",
          "many_bylines",
          "mean_paragraph",
          "we_share",
          "you_share",
          "calls_to_action",
          "author",
          "share_widgets",
          "tag_links",
          "body_share",
          "heading_rate",
          "short_paragraphs",
          "few_times",
          "title_words",
          "title_offer",
          "title_story",
          "slug_words",
          "post_controls",
          "one_article_block",
          "many_times",
          "form_fields",
          "code_blocks",
          "prices",
          "cart");

  /**
   * Bias first, then one weight per feature: fitted with {@code bench/fit_page_types.py} (L2 1.0)
   * on the signals of the WCXB DEV pages (docs/evaluation.md).
   */
  static final double[] WEIGHTS = {
    -3.149, 1.990, -1.407, -2.140, -0.589, -0.735, -0.271, 0.750, -0.150, 1.041, 1.214, 0.431,
    -1.076, -0.914, -3.473, -1.987, -2.650, -1.101, 0.206, 1.198, -0.599, -0.117, 0.112, 0.099,
    0.922, -0.528, -1.098, 0.552, -1.497, -0.409, -0.502, 0.287, 0.167, 0.203, 1.310, -0.031, 0.219,
    0.576, 0.854, -0.928, 1.222, 1.573, -1.618, 1.075, -0.032, -0.470, -1.343, -0.530, -0.585
  };

  private static final Set<String> ARTICLE_TYPES =
      words(
          "article newsarticle blogposting liveblogposting report opinionnewsarticle analysisnewsarticle reportagenewsarticle reviewnewsarticle backgroundnewsarticle askpublicnewsarticle satiricalarticle scholarlyarticle review criticreview recipe howto");
  private static final Set<String> FORUM_TYPES =
      words("discussionforumposting qapage socialmediaposting comment question");
  private static final Set<String> PRODUCT_TYPES =
      words(
          "product productgroup individualproduct productmodel offer aggregateoffer offercatalog car vehicle");
  private static final Set<String> LISTING_TYPES =
      words("itemlist collectionpage searchresultspage profilepage blog");
  private static final Set<String> SERVICE_TYPES =
      words(
          "faqpage aboutpage contactpage service localbusiness professionalservice event jobposting softwareapplication webapplication");
  private static final Set<String> DOCUMENTATION_TYPES = words("techarticle apireference");

  private static final Set<String> LISTING_WORDS =
      words(
          "tag tags category categories topic topics section sections author authors search archive archives page collections index latest list lists all");
  private static final Set<String> FORUM_WORDS =
      words(
          "forum forums thread threads community discussion discussions board boards viewtopic showthread questions t r comments");
  private static final Set<String> PRODUCT_WORDS =
      words(
          "product products shop store item items itm dp buy catalog catalogue sku listing marketplace");
  private static final Set<String> DOCUMENTATION_WORDS =
      words(
          "docs doc documentation api reference manual manuals wiki kb knowledge-base knowledgebase help handbook man sdk spec");
  private static final Set<String> SERVICE_WORDS =
      words(
          "about about-us contact contact-us pricing prices services service login signin sign-in signup sign-up register account careers jobs privacy privacy-policy terms faq faqs team features solutions plans booking locations support download downloads");

  private static final Pattern DATED_PATH =
      Pattern.compile(
          "/(19|20)\\d\\d/[01]?\\d(/|$)|(19|20)\\d\\d-[01]\\d-[0-3]\\d|/(19|20)\\d\\d[01]\\d[0-3]\\d(/|$)");
  private static final Pattern EXTENSION = Pattern.compile("\\.(s?html?|php|aspx?|jsp)$");

  private PageTypeClassifier() {}

  /** The set of space-separated words. */
  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  /** A decision: the page's type and the confidence in it, and the evidence that counted most. */
  public record Decision(PageType type, double score, String evidence) {}

  /** The page's type and its score. */
  public static Decision classify(PageEvidence e) {
    double[] x = features(e);
    double z = WEIGHTS[0];
    for (int i = 0; i < x.length; i++) {
      z += WEIGHTS[i + 1] * x[i];
    }
    double p = 1 / (1 + Math.exp(-z));
    if (p >= THRESHOLD) {
      return new Decision(PageType.ARTICLE, round(p), strongest(x, true));
    }
    return new Decision(nonArticleType(x), round(1 - p), strongest(x, false));
  }

  /** The signals of a page in the order of {@link #FEATURES}, each in [0, 1]. */
  public static double[] features(PageEvidence e) {
    Structured s = Structured.of(e.structuredTypes());
    Url u = Url.of(e.url());
    PageShape shape = e.shape();
    Prose t = Prose.of(e.paragraphs());
    Title title = Title.of(e.title());
    String og = e.ogType() == null ? null : e.ogType().strip().toLowerCase(Locale.ROOT);
    boolean ogArticle = og != null && (og.equals("article") || og.startsWith("article"));
    return new double[] {
      bit(s.article),
      bit(s.forum),
      bit(s.product),
      bit(s.listing),
      bit(s.service),
      bit(s.documentation),
      bit(ogArticle),
      bit(og != null && !og.isEmpty() && !ogArticle),
      bit(e.publishedMeta()),
      bit(u.dated),
      bit(u.slug),
      bit(u.root),
      bit(u.listing),
      bit(u.forum),
      bit(u.product),
      bit(u.documentation),
      bit(u.service),
      Math.min(1, Math.log1p(t.words) / Math.log(2000)),
      Math.min(1, t.longParagraphs / 5.0),
      shape.linkDensity(),
      Math.min(1, shape.linkedHeadings() / 10.0),
      bit(shape.articleBlocks() >= 3),
      bit(e.headlines() == 1 && (e.bylines() > 0 || e.markedDate())),
      bit(e.pageDate()),
      bit(e.markedDate()),
      bit(e.bylines() >= 4),
      t.paragraphs == 0 ? 0 : Math.min(1, (double) t.words / t.paragraphs / 60),
      t.words == 0 ? 0 : Math.min(1, 20.0 * t.we / t.words),
      t.words == 0 ? 0 : Math.min(1, 20.0 * t.you / t.words),
      Math.min(1, t.callsToAction / 3.0),
      bit(e.bylines() > 0 || e.authorNamed()),
      bit(shape.shareWidgets() > 0),
      bit(shape.tagLinks() > 0),
      shape.textChars() == 0 ? 0 : Math.min(1, (double) t.chars / shape.textChars()),
      t.words == 0 ? 0 : Math.min(1, 100.0 * shape.headings() / t.words / 5),
      t.paragraphs == 0 ? 0 : (double) t.shortParagraphs / t.paragraphs,
      bit(e.bodyTimes() >= 1 && e.bodyTimes() < 5),
      Math.min(1, title.words / 12.0),
      bit(title.offer),
      bit(title.story),
      Math.min(1, u.slugWords / 8.0),
      Math.min(1, shape.postControls() / 6.0),
      bit(shape.articleBlocks() == 1),
      bit(e.bodyTimes() >= 5),
      Math.min(1, shape.formFields() / 5.0),
      Math.min(1, shape.codeBlocks() / 10.0),
      Math.min(1, shape.prices() / 3.0),
      bit(shape.cartWidgets() > 0)
    };
  }

  /** The non-article type with most votes (see the class comment). */
  static PageType nonArticleType(double[] x) {
    int[] votes = new int[5]; // forum, product, documentation, service, listing
    votes[0] +=
        vote(x, "ld_forum")
            + vote(x, "url_forum")
            + vote(x, "many_bylines")
            + vote(x, "post_controls");
    votes[1] +=
        vote(x, "ld_product")
            + vote(x, "url_product")
            + vote(x, "cart")
            + (x[index("prices")] >= 1 ? 1 : 0);
    votes[2] += vote(x, "ld_documentation") + vote(x, "url_documentation") + vote(x, "code_blocks");
    votes[3] +=
        vote(x, "ld_service")
            + vote(x, "url_service")
            + (x[index("form_fields")] >= 1 ? 1 : 0)
            + vote(x, "calls_to_action");
    votes[4] +=
        vote(x, "ld_listing")
            + vote(x, "url_listing")
            + vote(x, "url_root")
            + (x[index("linked_headings")] >= 0.5 ? 1 : 0)
            + vote(x, "article_blocks")
            + (x[index("link_density")] >= 0.5 ? 1 : 0)
            + vote(x, "many_times");
    PageType[] order = {
      PageType.FORUM, PageType.PRODUCT, PageType.DOCUMENTATION, PageType.SERVICE, PageType.LISTING
    };
    int best = -1;
    for (int i = 0; i < votes.length; i++) {
      if (votes[i] > 0 && (best < 0 || votes[i] > votes[best])) {
        best = i;
      }
    }
    return best < 0 ? PageType.OTHER : order[best];
  }

  private static int vote(double[] x, String feature) {
    return x[index(feature)] >= 1 ? 1 : 0;
  }

  private static int index(String feature) {
    return FEATURES.indexOf(feature);
  }

  /** The three signals present that pushed the score most towards the decision, by name. */
  private static String strongest(double[] x, boolean article) {
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      double push = WEIGHTS[i + 1] * x[i];
      if (article ? push > 0 : push < 0) {
        present.add(i);
      }
    }
    present.sort(
        (a, b) -> Double.compare(Math.abs(WEIGHTS[b + 1] * x[b]), Math.abs(WEIGHTS[a + 1] * x[a])));
    List<String> names = new ArrayList<>();
    for (int i : present.subList(0, Math.min(3, present.size()))) {
      names.add(FEATURES.get(i));
    }
    return names.isEmpty() ? "no signal either way" : String.join(", ", names);
  }

  private static double bit(boolean b) {
    return b ? 1 : 0;
  }

  private static double round(double p) {
    return Math.round(p * 1000) / 1000.0;
  }

  /** Title words of a page that offers something: a service, a product, a tool. */
  private static final Set<String> OFFER_WORDS =
      words(
          "services service solutions consulting consultants agency company pricing plans products shop store buy sale tools software platform hire experts expert calculator login contact careers forum forums community documentation docs reference");

  /** Title words of a story, a guide or a review. */
  private static final Set<String> STORY_WORDS =
      words(
          "how what why when who guide tips best vs review ways things says said after will is are was new");

  /** The words of a page's title. */
  private record Title(int words, boolean offer, boolean story) {
    static Title of(String title) {
      if (title == null) {
        return new Title(0, false, false);
      }
      int n = 0;
      boolean offer = false, story = false;
      for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.isEmpty()) {
          continue;
        }
        n++;
        offer |= OFFER_WORDS.contains(w);
        story |= STORY_WORDS.contains(w) || Character.isDigit(w.charAt(0));
      }
      return new Title(n, offer, story);
    }
  }

  /** Phrases that ask the reader to buy, book or get in touch. */
  private static final List<String> CALLS_TO_ACTION =
      List.of(
          "contact us",
          "get in touch",
          "request a",
          "book a",
          "schedule a",
          "free consultation",
          "get a quote",
          "get started",
          "sign up",
          "call us",
          "our team",
          "our services",
          "we offer",
          "learn more");

  /** Counts over the extracted body's words. */
  private record Prose(
      int words,
      int chars,
      int paragraphs,
      int longParagraphs,
      int shortParagraphs,
      int we,
      int you,
      int callsToAction) {
    static Prose of(List<String> paragraphs) {
      int words = 0, chars = 0, longParagraphs = 0, shortParagraphs = 0, we = 0, you = 0, calls = 0;
      for (String p : paragraphs) {
        chars += p.length();
        String lower = p.toLowerCase(Locale.ROOT);
        int n = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
          boolean inWord =
              i < lower.length()
                  && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\'');
          if (inWord && start < 0) {
            start = i;
          } else if (!inWord && start >= 0) {
            n++;
            // only words of two to six letters can be one of these pronouns
            if (i - start >= 2 && i - start <= 6) {
              switch (lower.substring(start, i)) {
                case "we", "our", "us", "ours", "we're", "we've" -> we++;
                case "you", "your", "yours", "you're", "you'll" -> you++;
                default -> {
                  // another word
                }
              }
            }
            start = -1;
          }
        }
        words += n;
        if (n >= LONG_PARAGRAPH) {
          longParagraphs++;
        } else if (n < SHORT_PARAGRAPH) {
          shortParagraphs++;
        }
        for (String phrase : CALLS_TO_ACTION) {
          for (int i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
            calls++;
          }
        }
      }
      return new Prose(
          words, chars, paragraphs.size(), longParagraphs, shortParagraphs, we, you, calls);
    }
  }

  /** Which families the page's structured-data types fall in. */
  private record Structured(
      boolean article,
      boolean forum,
      boolean product,
      boolean listing,
      boolean service,
      boolean documentation) {
    static Structured of(List<String> types) {
      boolean a = false, f = false, p = false, l = false, s = false, d = false;
      for (String raw : types) {
        String t = raw.strip().toLowerCase(Locale.ROOT);
        int colon = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        t = t.substring(colon + 1);
        a |= ARTICLE_TYPES.contains(t);
        f |= FORUM_TYPES.contains(t);
        p |= PRODUCT_TYPES.contains(t);
        l |= LISTING_TYPES.contains(t);
        s |= SERVICE_TYPES.contains(t);
        d |= DOCUMENTATION_TYPES.contains(t);
      }
      return new Structured(a, f, p, l, s, d);
    }
  }

  /** The shape of a URL's path. */
  private record Url(
      boolean dated,
      boolean slug,
      int slugWords,
      boolean root,
      boolean listing,
      boolean forum,
      boolean product,
      boolean documentation,
      boolean service) {
    static Url of(String url) {
      String path = path(url);
      List<String> words = new ArrayList<>(hostWords(url));
      boolean dated = DATED_PATH.matcher(path).find();
      List<String> segments = new ArrayList<>();
      for (String s : path.split("/")) {
        if (!s.isEmpty()) {
          segments.add(s);
        }
      }
      boolean listing = false, forum = false, product = false, docs = false, service = false;
      for (String s : segments) {
        words.add(EXTENSION.matcher(s).replaceFirst(""));
      }
      for (String w : words) {
        listing |= LISTING_WORDS.contains(w);
        forum |= FORUM_WORDS.contains(w);
        product |= PRODUCT_WORDS.contains(w);
        docs |= DOCUMENTATION_WORDS.contains(w);
        service |= SERVICE_WORDS.contains(w);
      }
      String last =
          segments.isEmpty()
              ? ""
              : EXTENSION.matcher(segments.get(segments.size() - 1)).replaceFirst("");
      return new Url(
          dated,
          isSlug(last),
          isSlug(last) ? last.split("[-_]+").length : 0,
          url != null && segments.isEmpty(),
          listing,
          forum,
          product,
          docs,
          service);
    }

    /**
     * The labels of a URL's host before its last two ({@code docs} of {@code docs.example.com}),
     * lower-cased, without {@code www}.
     */
    static List<String> hostWords(String url) {
      if (url == null) {
        return List.of();
      }
      int scheme = url.indexOf("://");
      if (scheme < 0) {
        return List.of();
      }
      int end = scheme + 3;
      while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
        end++;
      }
      String[] labels = url.substring(scheme + 3, end).toLowerCase(Locale.ROOT).split("\\.");
      List<String> words = new ArrayList<>();
      for (int i = 0; i < labels.length - 2; i++) {
        if (!labels[i].equals("www")) {
          words.add(labels[i]);
        }
      }
      return words;
    }

    /** The lower-cased path of a URL without scheme, host, query or fragment; "" for none. */
    static String path(String url) {
      if (url == null) {
        return "";
      }
      String u = url.strip();
      int scheme = u.indexOf("://");
      if (scheme >= 0) {
        int slash = u.indexOf('/', scheme + 3);
        u = slash < 0 ? "" : u.substring(slash);
      }
      int end = u.length();
      for (char c : new char[] {'?', '#'}) {
        int i = u.indexOf(c);
        if (i >= 0 && i < end) {
          end = i;
        }
      }
      return u.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** A segment of at least three words joined by hyphens or underscores, two of them words. */
    static boolean isSlug(String segment) {
      String[] words = segment.split("[-_]+");
      if (words.length < 3) {
        return false;
      }
      int alphabetic = 0;
      for (String w : words) {
        if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
          alphabetic++;
        }
      }
      return alphabetic >= 2;
    }
  }
}
