package org.newslens.sample;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Renders an article as its outlet's web page. Each {@link HouseStyle} has its own markup and
 * metadata placement, and every page carries the furniture real news pages have: cookie banner,
 * navigation, lead photo with caption and credit, an embedded video with title and duration, a
 * related-stories box and a newsletter prompt inside the story, share tools, a paywall teaser on
 * some pages, reader comments, a most-read list and a footer. Furniture is drawn from the article's
 * {@code pageSeed}, so rendering is a pure function of the article.
 */
public final class HtmlRenderer {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter HUMAN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter HUMAN_TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final List<String> NAV =
      List.of(
          "News",
          "Politics",
          "Business",
          "Health",
          "Environment",
          "Technology",
          "Sport",
          "Culture",
          "Education",
          "Opinion");

  private HtmlRenderer() {}

  /** The full page, {@code <!DOCTYPE html>} to {@code </html>}. */
  public static String render(GeneratedArticle a) {
    return render(a, 0);
  }

  /**
   * The full page with about {@code weightBytes} bytes of the furniture real pages carry ({@link
   * PageWeight}); 0 gives the plain page.
   */
  public static String render(GeneratedArticle a, int weightBytes) {
    PageWeight weight = PageWeight.of(a.outlet(), a.pageSeed(), weightBytes);
    SplittableRandom rng = new SplittableRandom(a.pageSeed());
    Outlet o = a.outlet();
    HouseStyle style = o.style();
    StringBuilder h = new StringBuilder(16_384);
    String sep = style.ordinal() % 2 == 0 ? " | " : " - ";
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(a.title()))
        .append(sep)
        .append(esc(o.name()))
        .append("</title>\n")
        .append("<link rel=\"canonical\" href=\"")
        .append(esc(a.url()))
        .append("\">\n")
        .append("<meta name=\"description\" content=\"")
        .append(esc(a.standfirst()))
        .append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"")
        .append(esc(o.name()))
        .append("\">\n")
        .append("<meta property=\"og:type\" content=\"article\">\n");
    if (style == HouseStyle.OPEN_GRAPH || style == HouseStyle.JSON_LD) {
      h.append("<meta property=\"og:title\" content=\"")
          .append(esc(a.title()))
          .append("\">\n")
          .append("<meta property=\"og:url\" content=\"")
          .append(esc(a.url()))
          .append("\">\n")
          .append("<meta property=\"og:description\" content=\"")
          .append(esc(a.standfirst()))
          .append("\">\n")
          .append("<meta property=\"og:image\" content=\"")
          .append(imageUrl(a, 1))
          .append("\">\n");
    }
    OffsetDateTime modified =
        a.publishedAt() == null
            ? null
            : rng.nextInt(3) == 0 ? a.publishedAt().plusHours(2 + rng.nextInt(70)) : null;
    if (style == HouseStyle.OPEN_GRAPH) {
      if (a.publishedAt() != null) {
        h.append("<meta property=\"article:published_time\" content=\"")
            .append(ISO.format(a.publishedAt()))
            .append("\">\n");
      }
      if (modified != null) {
        h.append("<meta property=\"article:modified_time\" content=\"")
            .append(ISO.format(modified))
            .append("\">\n");
      }
      h.append("<meta property=\"article:section\" content=\"")
          .append(esc(a.topic().section()))
          .append("\">\n")
          .append("<meta property=\"article:author\" content=\"")
          .append(esc(a.author()))
          .append("\">\n");
    }
    if (style == HouseStyle.JSON_LD) {
      h.append("<script type=\"application/ld+json\">")
          .append(jsonLd(a, modified))
          .append("</script>\n");
    }
    h.append("<link rel=\"stylesheet\" href=\"/static/css/site.")
        .append(Long.toHexString(a.pageSeed() & 0xffff))
        .append(
            ".css\">\n<script async src=\"https://ads.example-adserver.net/tag.js\"></script>\n")
        .append(weight.head())
        .append("</head>\n")
        .append("<body class=\"article-page ")
        .append(style.name().toLowerCase(Locale.ROOT))
        .append("\">\n");
    cookieBanner(h, o);
    siteHeader(h, o);
    h.append(weight.menu());
    switch (style) {
      case JSON_LD ->
          body(
              h,
              a,
              rng,
              "<main id=\"main-content\">\n<article class=\"story\">\n",
              "</article>\n",
              "div class=\"story-body\" itemprop=\"articleBody\"",
              "div");
      case OPEN_GRAPH ->
          body(
              h,
              a,
              rng,
              "<main>\n<article class=\"article\">\n",
              "</article>\n",
              "div class=\"article__content\"",
              "div");
      case TIME_ELEMENT ->
          body(
              h,
              a,
              rng,
              "<div id=\"page\" class=\"site\">\n<main id=\"primary\" class=\"site-main\">\n"
                  + "<article id=\"post-"
                  + a.id().substring(1)
                  + "\" class=\"post type-post status-publish\">\n",
              "</article>\n",
              "div class=\"entry-content\"",
              "div");
      case URL_DATE ->
          body(
              h,
              a,
              rng,
              "<div id=\"wrapper\">\n<div class=\"col-main\">\n",
              "",
              "div id=\"story-text\"",
              "div");
      case BYLINE_TEXT ->
          body(
              h,
              a,
              rng,
              "<main class=\"content\">\n<div class=\"article-wrap\">\n",
              "</div>\n",
              "section class=\"article-body\"",
              "section");
    }
    comments(h, a, rng);
    mostRead(h, rng);
    h.append(
        switch (style) {
          case TIME_ELEMENT -> "</main>\n</div>\n";
          case URL_DATE -> "</div>\n</div>\n";
          default -> "</main>\n";
        });
    footer(h, o);
    h.append(weight.foot());
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void body(
      StringBuilder h,
      GeneratedArticle a,
      SplittableRandom rng,
      String open,
      String close,
      String bodyTag,
      String bodyEnd) {
    HouseStyle style = a.outlet().style();
    h.append(open);
    h.append(
            style == HouseStyle.TIME_ELEMENT
                ? "<header class=\"entry-header\">\n"
                : "<header class=\"story-header\">\n")
        .append("<a class=\"kicker\" href=\"/")
        .append(a.topic().section())
        .append("\">")
        .append(capitalise(a.topic().section()))
        .append("</a>\n")
        .append("<h1 class=\"headline\">")
        .append(esc(a.title()))
        .append("</h1>\n");
    if (style != HouseStyle.TIME_ELEMENT) {
      h.append("<p class=\"standfirst\">").append(esc(a.standfirst())).append("</p>\n");
    }
    byline(h, a);
    h.append(
            "<div class=\"share-tools\"><span>Share</span> <a href=\"#\">Facebook</a> <a href=\"#\">X</a> ")
        .append("<a href=\"#\">WhatsApp</a> <a href=\"#\">Email</a></div>\n</header>\n");
    figure(h, a, rng, 1);
    h.append('<').append(bodyTag).append(">\n");
    List<String> paras = a.paragraphs();
    int video = rng.nextInt(3) == 0 ? -1 : Math.min(paras.size() - 1, 2 + rng.nextInt(3));
    int related = Math.min(paras.size() - 1, 4 + rng.nextInt(3));
    int newsletter = rng.nextInt(2) == 0 ? -1 : Math.min(paras.size() - 1, 6 + rng.nextInt(3));
    int readMore =
        style == HouseStyle.TIME_ELEMENT ? 1 + rng.nextInt(Math.max(1, paras.size() - 2)) : -1;
    int secondFigure = rng.nextInt(3) == 0 ? Math.min(paras.size() - 1, 3 + rng.nextInt(4)) : -1;
    boolean paywall = style == HouseStyle.OPEN_GRAPH && rng.nextInt(3) == 0;
    for (int i = 0; i < paras.size(); i++) {
      String p = paras.get(i);
      if (isCrossHead(p)) {
        h.append("<h2>").append(esc(p)).append("</h2>\n");
      } else {
        h.append("<p>").append(esc(p)).append("</p>\n");
      }
      if (i == video) {
        video(h, a, rng);
      }
      if (i == secondFigure && i != video) {
        figure(h, a, rng, 2);
      }
      if (i == related) {
        h.append("<aside class=\"related-stories\">\n<h3>Related stories</h3>\n<ul>\n");
        for (int r = 0; r < 3; r++) {
          h.append("<li><a href=\"/news/related-")
              .append(rng.nextInt(1_000_000))
              .append("\">")
              .append(esc(TextComposer.otherHeadline(rng)))
              .append("</a></li>\n");
        }
        h.append("</ul>\n</aside>\n");
      }
      if (i == readMore) {
        h.append("<p class=\"read-more\"><strong>Read more:</strong> <a href=\"/news/more-")
            .append(rng.nextInt(1_000_000))
            .append("\">")
            .append(esc(TextComposer.otherHeadline(rng)))
            .append("</a></p>\n");
      }
      if (i == newsletter) {
        h.append("<div class=\"newsletter-signup\">\n<h3>The Morning Briefing</h3>\n")
            .append("<p>Get the day's top stories from ")
            .append(esc(a.outlet().name()))
            .append(
                " in your inbox every morning.</p>\n<form><input type=\"email\" placeholder=\"Your email\">")
            .append("<button>Sign up</button></form>\n</div>\n");
      }
      if (paywall && i == paras.size() - 3) {
        h.append(
                "<div class=\"paywall-teaser\">\n<p>You have read 3 of your 5 free articles this month.</p>\n")
            .append(
                "<p>Subscribe from £1 a week for unlimited access to our journalism. Already a subscriber? ")
            .append("<a href=\"/login\">Log in</a></p>\n</div>\n");
      }
    }
    h.append("</").append(bodyEnd).append(">\n");
    h.append("<div class=\"tags\"><span>Topics:</span> <a href=\"/topic/")
        .append(a.topic().name())
        .append("\">")
        .append(capitalise(a.topic().name()))
        .append("</a></div>\n");
    h.append(close);
  }

  private static void byline(StringBuilder h, GeneratedArticle a) {
    OffsetDateTime at = a.publishedAt();
    String by =
        "By <a rel=\"author\" href=\"/profile/"
            + slug(a.author())
            + "\">"
            + esc(a.author())
            + "</a>";
    switch (a.outlet().style()) {
      case TIME_ELEMENT -> {
        h.append("<div class=\"entry-meta\"><span class=\"byline\">").append(by).append("</span>");
        if (at != null) {
          h.append(" <span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"")
              .append(ISO.format(at))
              .append("\">")
              .append(HUMAN_DATE.format(at))
              .append("</time></span>");
        }
        h.append("</div>\n");
      }
      case BYLINE_TEXT -> {
        h.append("<div class=\"byline\">").append(by);
        if (at != null) {
          h.append(" <span class=\"dateline\">Published ")
              .append(HUMAN_DATE.format(at))
              .append(", ")
              .append(HUMAN_TIME.format(at))
              .append(' ')
              .append(zoneName(at.getOffset()))
              .append("</span>");
        }
        h.append("</div>\n");
      }
      default -> h.append("<div class=\"byline\">").append(by).append("</div>\n");
    }
  }

  private static void figure(StringBuilder h, GeneratedArticle a, SplittableRandom rng, int n) {
    String agency = TextComposer.pick(rng, Vocabulary.AGENCIES);
    String photographer = TextComposer.person(rng);
    h.append("<figure class=\"image\">\n<img src=\"")
        .append(imageUrl(a, n))
        .append("\" alt=\"\" loading=\"lazy\">\n")
        .append("<figcaption><span class=\"caption\">")
        .append(esc(TextComposer.caption(rng, a.topic())))
        .append("</span> <span class=\"credit\">Photograph: ")
        .append(esc(photographer))
        .append('/')
        .append(esc(agency))
        .append("</span></figcaption>\n</figure>\n");
  }

  private static void video(StringBuilder h, GeneratedArticle a, SplittableRandom rng) {
    h.append("<div class=\"video-player\" data-video-id=\"v")
        .append(rng.nextInt(10_000_000))
        .append("\">\n")
        .append(
            "<p class=\"video-unsupported\">Your browser does not support this video player.</p>\n")
        .append("<span class=\"video-duration\">")
        .append(1 + rng.nextInt(12))
        .append(':')
        .append(String.format(Locale.ROOT, "%02d", rng.nextInt(60)))
        .append("</span>\n")
        .append("<p class=\"video-title\">")
        .append(esc(TextComposer.headline(rng, a.topic(), TextComposer.Polarity.NEUTRAL)))
        .append("</p>\n</div>\n");
  }

  private static void cookieBanner(StringBuilder h, Outlet o) {
    h.append(
            "<div id=\"cookie-consent\" class=\"consent-banner\" role=\"dialog\" aria-label=\"Cookie consent\">\n")
        .append("<p>")
        .append(esc(o.name()))
        .append(" and our partners use cookies to store and access ")
        .append(
            "information on your device, to personalise ads and content and to measure audiences.</p>\n")
        .append(
            "<button class=\"accept\">Accept all</button> <button class=\"manage\">Manage preferences</button>\n")
        .append("</div>\n");
  }

  private static void siteHeader(StringBuilder h, Outlet o) {
    h.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
        .append(esc(o.name()))
        .append("</a>\n")
        .append("<nav class=\"main-nav\" aria-label=\"Sections\">\n<ul>\n");
    for (String s : NAV) {
      h.append("<li><a href=\"/")
          .append(s.toLowerCase(Locale.ROOT))
          .append("\">")
          .append(s)
          .append("</a></li>\n");
    }
    h.append(
            "</ul>\n</nav>\n<a class=\"subscribe\" href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Sign in</a>\n")
        .append("</header>\n<div class=\"ad-slot\" aria-hidden=\"true\">Advertisement</div>\n");
  }

  private static void comments(StringBuilder h, GeneratedArticle a, SplittableRandom rng) {
    int n = rng.nextInt(4);
    if (n == 0) {
      return;
    }
    h.append("<section id=\"comments\" class=\"comments\">\n<h2>Comments (")
        .append(n + rng.nextInt(40))
        .append(")</h2>\n<ol class=\"comment-list\">\n");
    for (int i = 0; i < n; i++) {
      h.append("<li class=\"comment\"><span class=\"comment-author\">")
          .append(TextComposer.pick(rng, Vocabulary.FIRST_NAMES).toLowerCase(Locale.ROOT))
          .append(rng.nextInt(100))
          .append("</span>\n<p>")
          .append(esc(TextComposer.comment(rng, a.topic())))
          .append("</p>\n<a class=\"reply\" href=\"#\">Reply</a>")
          .append("</li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  private static void mostRead(StringBuilder h, SplittableRandom rng) {
    h.append("<aside class=\"most-read\">\n<h2>Most read</h2>\n<ol>\n");
    for (int i = 0; i < 5; i++) {
      h.append("<li><a href=\"/news/story-")
          .append(rng.nextInt(1_000_000))
          .append("\">")
          .append(esc(TextComposer.otherHeadline(rng)))
          .append("</a></li>\n");
    }
    h.append("</ol>\n</aside>\n");
  }

  private static void footer(StringBuilder h, Outlet o) {
    h.append(
            "<footer class=\"site-footer\">\n<nav><a href=\"/about\">About us</a> <a href=\"/contact\">Contact</a> ")
        .append("<a href=\"/privacy\">Privacy policy</a> <a href=\"/cookies\">Cookie settings</a> ")
        .append("<a href=\"/terms\">Terms</a></nav>\n<p>© ")
        .append(esc(o.name()))
        .append(". All rights reserved.</p>\n</footer>\n");
  }

  /** The kinds of listing page an outlet has besides its stories. */
  public enum Listing {
    /** A section front: the latest stories of one section. */
    SECTION,
    /** A tag page: the stories filed under one subject. */
    TAG,
    /** An author page: a short biography, then the author's stories. */
    AUTHOR
  }

  /**
   * A listing page of the outlet at {@code url}, named {@code name} (the section, the tag or the
   * author): a card per story (its linked headline, standfirst, byline and date; no byline on an
   * author's page) and a link to the next page, marked as a collection (a profile for an author) in
   * the outlets whose house style is JSON-LD.
   */
  public static String listingPage(
      Outlet o, Listing kind, String name, String url, List<GeneratedArticle> stories) {
    StringBuilder h = new StringBuilder(16_384);
    String heading =
        switch (kind) {
          case SECTION -> name;
          case TAG -> "Stories tagged " + name;
          case AUTHOR -> name;
        };
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(heading))
        .append(" | ")
        .append(esc(o.name()))
        .append("</title>\n<link rel=\"canonical\" href=\"")
        .append(esc(url))
        .append("\">\n<meta property=\"og:site_name\" content=\"")
        .append(esc(o.name()))
        .append("\">\n<meta property=\"og:type\" content=\"")
        .append(kind == Listing.AUTHOR ? "profile" : "website")
        .append("\">\n");
    if (o.style() == HouseStyle.JSON_LD) {
      h.append(
              "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"")
          .append(kind == Listing.AUTHOR ? "ProfilePage" : "CollectionPage")
          .append("\",\"name\":\"")
          .append(json(heading))
          .append("\",\"url\":\"")
          .append(json(url))
          .append("\"}</script>\n");
    }
    h.append("</head>\n<body class=\"listing-page\">\n");
    cookieBanner(h, o);
    siteHeader(h, o);
    h.append("<main>\n<h1>").append(esc(heading)).append("</h1>\n");
    if (kind == Listing.AUTHOR) {
      h.append("<p class=\"author-bio\">")
          .append(esc(name))
          .append(" writes for ")
          .append(esc(o.name()))
          .append(" and can be reached through the newsroom.</p>\n");
    }
    h.append("<div class=\"story-list\">\n");
    for (GeneratedArticle a : stories) {
      h.append("<div class=\"card\">\n<h2 class=\"card-title\"><a href=\"")
          .append(esc(a.url()))
          .append("\">")
          .append(esc(a.title()))
          .append("</a></h2>\n<p class=\"card-summary\">")
          .append(esc(a.standfirst()))
          .append("</p>\n<p class=\"card-meta\">");
      if (kind != Listing.AUTHOR) {
        // on an author page every card is the author's
        h.append("By <a href=\"/author/")
            .append(slug(a.author()))
            .append("/\">")
            .append(esc(a.author()))
            .append("</a>");
      }
      if (a.publishedAt() != null) {
        h.append(" <time datetime=\"")
            .append(ISO.format(a.publishedAt()))
            .append("\">")
            .append(a.day())
            .append("</time>");
      }
      h.append("</p>\n</div>\n");
    }
    h.append("</div>\n<nav class=\"pagination\"><a href=\"")
        .append(esc(url))
        .append("page/2/\">Next page</a></nav>\n</main>\n");
    footer(h, o);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** A page with navigation and furniture only: the site's "page not found" page. */
  public static String pageWithoutStory(Outlet o) {
    StringBuilder h = new StringBuilder(4096);
    h.append(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Page not found | ")
        .append(esc(o.name()))
        .append("</title>\n</head>\n<body>\n");
    cookieBanner(h, o);
    siteHeader(h, o);
    h.append("<main>\n<h1>Page not found</h1>\n<p>Sorry, we could not find that page.</p>\n")
        .append("<p><a href=\"/\">Go to the home page</a></p>\n</main>\n");
    footer(h, o);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static String jsonLd(GeneratedArticle a, OffsetDateTime modified) {
    StringBuilder j = new StringBuilder(512);
    j.append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":")
        .append(json(a.title()))
        .append(",\"description\":")
        .append(json(a.standfirst()))
        .append(",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":")
        .append(json(a.url()))
        .append('}')
        .append(",\"image\":[")
        .append(json(imageUrl(a, 1)))
        .append(']');
    if (a.publishedAt() != null) {
      j.append(",\"datePublished\":").append(json(ISO.format(a.publishedAt())));
      j.append(",\"dateModified\":")
          .append(json(ISO.format(modified != null ? modified : a.publishedAt())));
    }
    j.append(",\"author\":[{\"@type\":\"Person\",\"name\":")
        .append(json(a.author()))
        .append("}]")
        .append(",\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":")
        .append(json(a.outlet().name()))
        .append(",\"logo\":{\"@type\":\"ImageObject\",\"url\":")
        .append(json(a.outlet().homeUrl() + "logo.png"))
        .append("}},\"articleSection\":")
        .append(json(capitalise(a.topic().section())))
        .append('}');
    return j.toString();
  }

  private static String imageUrl(GeneratedArticle a, int n) {
    return "https://images." + a.outlet().domain() + "/" + a.id() + "-" + n + ".jpg";
  }

  /** True for a body line that is a cross-head rather than a paragraph: no terminal punctuation. */
  public static boolean isCrossHead(String paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return last != '.' && last != '”' && last != '?' && last != '!' && last != '"';
  }

  private static String zoneName(ZoneOffset offset) {
    int hours = offset.getTotalSeconds() / 3600;
    return switch (hours) {
      case 0 -> "GMT";
      case 1 -> "BST";
      case -5 -> "EST";
      default -> "UTC" + offset.getId();
    };
  }

  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("(^-+|-+$)", "");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A JSON string literal. */
  static String json(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\u003c");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
