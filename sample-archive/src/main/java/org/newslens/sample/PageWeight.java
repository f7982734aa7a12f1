package org.newslens.sample;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The weight real news pages carry around their story, for archives whose pages should be as large
 * as a crawl's (real article pages are 100-300 KB, most of it not the story): an inline style
 * sheet, a JSON application state and a tracking configuration in scripts, an SVG icon sprite, a
 * mega-menu of sections and subsections, and a footer of link lists: 70% of the added bytes are
 * script and style, the rest markup. Deterministic: drawn from the page's own seed, apart from the
 * stream that draws the story's page.
 */
final class PageWeight {
  private static final String[] SECTIONS = {
    "News", "UK", "World", "Business", "Politics", "Technology", "Science", "Health", "Education",
    "Climate", "Sport", "Culture", "Opinion", "Lifestyle", "Travel", "Money", "Property", "Motoring"
  };
  private static final String[] WORDS = {
    "live", "latest", "local", "analysis", "explained", "video", "podcasts", "newsletters",
    "weather", "puzzles", "crosswords", "obituaries", "letters", "archive", "photos", "events",
    "jobs", "offers", "reviews", "guides", "interviews", "features", "investigations", "data"
  };

  private final StringBuilder head = new StringBuilder();
  private final StringBuilder menu = new StringBuilder();
  private final StringBuilder foot = new StringBuilder();

  private PageWeight() {}

  /** Furniture adding about {@code bytes} bytes to a page of {@code o} with seed {@code seed}. */
  static PageWeight of(Outlet o, long seed, int bytes) {
    PageWeight w = new PageWeight();
    if (bytes <= 0) {
      return w;
    }
    SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
    // shares of the added bytes: style 20%, scripts 50%, sprite 8%, menu 12%, footer 10%; about
    // 10 tags per KB in all, the median of the extraction and date benchmarks' pages
    w.style(rng, bytes * 20 / 100);
    w.state(rng, o, bytes * 35 / 100);
    w.tracking(rng, bytes * 15 / 100);
    w.sprite(rng, bytes * 8 / 100);
    w.megaMenu(rng, bytes * 12 / 100);
    w.footerLinks(rng, o, bytes * 10 / 100);
    return w;
  }

  /** What goes at the end of {@code <head>}. */
  String head() {
    return head.toString();
  }

  /** What goes after the site header. */
  String menu() {
    return menu.toString();
  }

  /** What goes after the site footer. */
  String foot() {
    return foot.toString();
  }

  private static String word(SplittableRandom rng) {
    return WORDS[rng.nextInt(WORDS.length)];
  }

  private static String section(SplittableRandom rng) {
    return SECTIONS[rng.nextInt(SECTIONS.length)];
  }

  private void style(SplittableRandom rng, int bytes) {
    StringBuilder s = new StringBuilder("<style>");
    while (s.length() < bytes) {
      s.append(String.format(Locale.ROOT, ".c-%s__%s-%d", word(rng), word(rng), rng.nextInt(400)))
          .append(
              String.format(Locale.ROOT, "{margin:%dpx %dpx;", rng.nextInt(32), rng.nextInt(32)))
          .append(
              String.format(
                  Locale.ROOT,
                  "color:#%06x;font:%d %dpx/%.1f var(--font-%s)",
                  rng.nextInt(1 << 24),
                  100 * (1 + rng.nextInt(9)),
                  10 + rng.nextInt(30),
                  1 + rng.nextDouble(),
                  word(rng)))
          .append(rng.nextInt(3) == 0 ? ";display:flex;gap:8px}" : "}");
      if (rng.nextInt(12) == 0) {
        s.append(String.format(Locale.ROOT, "@media (min-width:%dpx){", 480 + 80 * rng.nextInt(12)))
            .append(".l-")
            .append(word(rng))
            .append("{grid-template-columns:repeat(")
            .append(2 + rng.nextInt(4))
            .append(",1fr)}}");
      }
    }
    head.append(s).append("</style>\n");
  }

  private void state(SplittableRandom rng, Outlet o, int bytes) {
    StringBuilder s = new StringBuilder("<script>window.__APP_STATE__={\"site\":\"");
    s.append(o.domain()).append("\",\"navigation\":[");
    boolean first = true;
    while (s.length() < bytes) {
      if (!first) {
        s.append(',');
      }
      first = false;
      String section = section(rng);
      s.append("{\"id\":\"")
          .append(Long.toHexString(rng.nextLong()))
          .append("\",\"title\":\"")
          .append(section)
          .append(' ')
          .append(word(rng))
          .append("\",\"href\":\"/")
          .append(section.toLowerCase(Locale.ROOT))
          .append('/')
          .append(word(rng))
          .append("\",\"promoted\":")
          .append(rng.nextBoolean())
          .append(",\"position\":")
          .append(rng.nextInt(90))
          .append(",\"experiments\":[\"")
          .append(word(rng))
          .append('-')
          .append(rng.nextInt(100))
          .append("\"]}");
    }
    head.append(s).append("],\"flags\":{\"paywall\":true,\"comments\":true}};</script>\n");
  }

  private void tracking(SplittableRandom rng, int bytes) {
    StringBuilder s =
        new StringBuilder("<script>(function(w,d){var q=w.dataLayer=w.dataLayer||[];");
    while (s.length() < bytes) {
      s.append("q.push({event:'")
          .append(word(rng))
          .append("',id:'")
          .append(Long.toHexString(rng.nextLong()))
          .append("',v:")
          .append(rng.nextInt(1000))
          .append("});if(d.cookie.indexOf('")
          .append(word(rng))
          .append("')<0){w.")
          .append(word(rng))
          .append("Ready=!0}");
    }
    head.append(s).append("})(window,document);</script>\n");
  }

  private void sprite(SplittableRandom rng, int bytes) {
    StringBuilder s =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">");
    while (s.length() < bytes) {
      s.append("<symbol id=\"icon-")
          .append(word(rng))
          .append('-')
          .append(rng.nextInt(100))
          .append("\" viewBox=\"0 0 24 24\"><path d=\"M");
      for (int i = 0; i < 12; i++) {
        s.append(rng.nextInt(24))
            .append('.')
            .append(rng.nextInt(10))
            .append(i % 2 == 0 ? ' ' : 'L');
      }
      s.append("Z\"/></symbol>");
    }
    menu.append(s).append("</svg>\n");
  }

  private void megaMenu(SplittableRandom rng, int bytes) {
    StringBuilder s =
        new StringBuilder("<nav class=\"mega-menu\" aria-label=\"All sections\"><ul>");
    while (s.length() < bytes) {
      String section = section(rng);
      String href = section.toLowerCase(Locale.ROOT);
      s.append("<li class=\"mega-menu__item\"><a class=\"mega-menu__link\" href=\"/")
          .append(href)
          .append("\">")
          .append(section)
          .append("</a><ul class=\"mega-menu__sub\">");
      int n = 4 + rng.nextInt(8);
      for (int i = 0; i < n; i++) {
        String w = word(rng);
        s.append("<li><a href=\"/")
            .append(href)
            .append('/')
            .append(w)
            .append("\" data-track=\"nav-")
            .append(rng.nextInt(500))
            .append("\">")
            .append(Character.toUpperCase(w.charAt(0)))
            .append(w.substring(1))
            .append("</a></li>");
      }
      s.append("</ul></li>");
    }
    menu.append(s).append("</ul></nav>\n");
  }

  private void footerLinks(SplittableRandom rng, Outlet o, int bytes) {
    StringBuilder s = new StringBuilder("<footer class=\"footer-links\">");
    while (s.length() < bytes) {
      s.append("<section class=\"footer-links__group\"><h3>")
          .append(section(rng))
          .append("</h3><ul>");
      int n = 5 + rng.nextInt(6);
      for (int i = 0; i < n; i++) {
        s.append("<li><a href=\"https://www.")
            .append(o.domain())
            .append('/')
            .append(word(rng))
            .append('/')
            .append(word(rng))
            .append("\">")
            .append(section(rng))
            .append(' ')
            .append(word(rng))
            .append("</a></li>");
      }
      s.append("</ul></section>");
    }
    foot.append(s).append("</footer>\n");
  }
}
