package org.newslens.ingest.extract.pagetype;

import java.util.Locale;
import java.util.Set;
import java.util.StringTokenizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The shape of a page's body, counted in one pass over the parsed page before body extraction
 * changes it: how much of its text sits in links, how many headlines link elsewhere (cards), how
 * many {@code <article>} blocks, form fields, code blocks, prices and cart or basket widgets it
 * has.
 *
 * @param textChars characters of body text (script and style data excluded)
 * @param linkChars characters of that text inside links
 * @param links {@code a[href]} elements
 * @param headings {@code h2}–{@code h4} elements
 * @param linkedHeadings those holding or held by a link: the titles of link cards
 * @param articleBlocks {@code <article>} elements
 * @param formFields visible {@code input}, {@code select} and {@code textarea} elements
 * @param codeBlocks {@code pre}, {@code code} and {@code kbd} elements
 * @param prices currency signs followed by a digit in the text ({@code $ € £ ¥ ₹})
 * @param cartWidgets elements whose class, id or name speaks of a cart, basket or checkout
 * @param shareWidgets elements whose class, id or name speaks of sharing ({@code share}, {@code
 *     sharing})
 * @param tagLinks links to tag or category pages ({@code rel=tag}, or {@code /tag/}, {@code /tags/}
 *     or {@code /category/} in the link)
 * @param postControls short texts that go with the posts of a thread: reply, quote, report, joined,
 *     posts, member, replies, views, permalink
 */
public record PageShape(
    int textChars,
    int linkChars,
    int links,
    int headings,
    int linkedHeadings,
    int articleBlocks,
    int formFields,
    int codeBlocks,
    int prices,
    int cartWidgets,
    int shareWidgets,
    int tagLinks,
    int postControls) {

  /** The shape of the page's body; all zero when it has none. */
  public static PageShape of(Document page) {
    Element body = page.body();
    if (body == null) {
      return new PageShape(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    Counter c = new Counter();
    body.traverse(c);
    return new PageShape(
        c.textChars,
        c.linkChars,
        c.links,
        c.headings,
        c.linkedHeadings,
        c.articleBlocks,
        c.formFields,
        c.codeBlocks,
        c.prices,
        c.cartWidgets,
        c.shareWidgets,
        c.tagLinks,
        c.postControls);
  }

  /** Share of the body's text inside links, 0 for no text. */
  public double linkDensity() {
    return textChars == 0 ? 0 : (double) linkChars / textChars;
  }

  private static final class Counter implements NodeVisitor {
    int textChars;
    int linkChars;
    int links;
    int headings;
    int linkedHeadings;
    int articleBlocks;
    int formFields;
    int codeBlocks;
    int prices;
    int cartWidgets;
    int shareWidgets;
    int tagLinks;
    int postControls;

    /** Depth of open links and headings around the current node. */
    private int inLink;

    private int inHeading;

    /** Whether the innermost open heading has had a link counted. */
    private boolean headingLinked;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String text = t.getWholeText();
        int n = visibleLength(text);
        textChars += n;
        if (inLink > 0) {
          linkChars += n;
        }
        prices += prices(text);
        if (n <= 12 && n >= 4 && POST_CONTROLS.contains(text.strip().toLowerCase(Locale.ROOT))) {
          postControls++;
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      switch (e.normalName()) {
        case "a" -> {
          if (e.hasAttr("href")) {
            links++;
            if (isTagLink(e)) {
              tagLinks++;
            }
            inLink++;
            if (inHeading > 0 && !headingLinked) {
              linkedHeadings++;
              headingLinked = true;
            }
          }
        }
        case "h2", "h3", "h4" -> {
          headings++;
          inHeading++;
          headingLinked = inLink > 0;
          if (headingLinked) {
            linkedHeadings++;
          }
        }
        case "article" -> articleBlocks++;
        case "input" -> {
          if (!e.attr("type").equalsIgnoreCase("hidden")) {
            formFields++;
          }
        }
        case "select", "textarea" -> formFields++;
        case "pre", "code", "kbd" -> codeBlocks++;
        default -> {
          // counted below
        }
      }
      String cls = e.attr("class");
      String id = e.id();
      String name = e.attr("name");
      if (speaksOfCart(cls) || speaksOfCart(id) || speaksOfCart(name)) {
        cartWidgets++;
      }
      if (speaksOfSharing(cls) || speaksOfSharing(id) || speaksOfSharing(name)) {
        shareWidgets++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a") && e.hasAttr("href")) {
          inLink--;
        } else if (tag.equals("h2") || tag.equals("h3") || tag.equals("h4")) {
          inHeading--;
          headingLinked = false;
        }
      }
    }
  }

  private static final Set<String> POST_CONTROLS =
      Set.of(
          "reply",
          "replies",
          "quote",
          "report",
          "joined",
          "joined:",
          "posts",
          "posts:",
          "member",
          "views",
          "permalink",
          "#permalink",
          "replies:",
          "views:",
          "reply quote");

  /** Characters of a text other than white space runs (each run counts once). */
  static int visibleLength(String text) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
      if (!ws || !space) {
        n++;
      }
      space = ws;
    }
    return n;
  }

  /** Currency signs directly (or after one space) followed by a digit. */
  static int prices(String text) {
    int n = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') {
        int j = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        if (j < text.length() && Character.isDigit(text.charAt(j))) {
          n++;
        }
      }
    }
    return n;
  }

  /** A link to a tag or category page. */
  static boolean isTagLink(Element a) {
    String rel = a.attr("rel");
    for (StringTokenizer t = new StringTokenizer(rel); t.hasMoreTokens(); ) {
      if (t.nextToken().equalsIgnoreCase("tag")) {
        return true;
      }
    }
    String href = a.attr("href");
    return href.contains("/tag/") || href.contains("/tags/") || href.contains("/category/");
  }

  /**
   * Whether a class, id or name speaks of sharing: {@code share-buttons}, {@code social-sharing}.
   */
  static boolean speaksOfSharing(String value) {
    return indexIgnoringCase(value, "shar", 0) >= 0;
  }

  /**
   * Whether a class, id or name names a cart, basket or checkout, in any case: {@code add-to-cart},
   * {@code cart-button}, {@code basket}, {@code checkout} (not {@code cartoon}).
   */
  static boolean speaksOfCart(String v) {
    int i = indexIgnoringCase(v, "cart", 0);
    if (i >= 0 && (i + 4 == v.length() || !Character.isLetter(v.charAt(i + 4)))) {
      return true;
    }
    return indexIgnoringCase(v, "basket", 0) >= 0 || indexIgnoringCase(v, "checkout", 0) >= 0;
  }

  /**
   * Where a lower-case word first stands in {@code s} from {@code from}, ignoring case, or -1;
   * allocates nothing.
   */
  static int indexIgnoringCase(String s, String word, int from) {
    char lower = word.charAt(0);
    char upper = Character.toUpperCase(lower);
    for (int i = from, last = s.length() - word.length(); i <= last; i++) {
      char c = s.charAt(i);
      if ((c == lower || c == upper) && s.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }
}
