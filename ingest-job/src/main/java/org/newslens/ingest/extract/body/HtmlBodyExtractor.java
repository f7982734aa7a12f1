package org.newslens.ingest.extract.body;

import static org.newslens.ingest.extract.body.FurnitureVocabulary.NEGATIVE_HINT;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.POSITIVE_HINT;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.POSITIVE_TOKENS;
import static org.newslens.ingest.extract.body.FurnitureVocabulary.STRONG_NEGATIVE_HINT;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newslens.ingest.extract.ArticleIds;
import org.newslens.ingest.extract.BoundedMemo;

/**
 * The article body of an HTML page as paragraphs. Steps: remove non-content elements (scripts,
 * navigation, forms, hidden and furniture-classed blocks); find candidates by semantic markup
 * ({@code itemprop=articleBody}, {@code <article>}) and by DOM scoring (paragraph length and
 * commas, link density, class/id hints, propagated to ancestors, plus related siblings); keep the
 * candidate holding the most clean paragraph text, with JSON-LD {@code articleBody} and then the
 * whole body as fallbacks; emit its blocks (paragraphs, in-article headings, list items, quotes)
 * without link-dense blocks. Mutates the document it is given.
 */
public final class HtmlBodyExtractor {
  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "iframe",
          "svg",
          "button",
          "select",
          "input",
          "textarea",
          "nav",
          "aside",
          "footer",
          "figcaption",
          "template",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "picture",
          "img",
          "map",
          "dialog",
          "menu",
          "label",
          "option",
          "head",
          "link",
          "meta");

  /** Dropped tags that can wrap text of the page's own (every other dropped tag never does). */
  private static final Set<String> CONTAINER_DROP_TAGS =
      Set.of("nav", "aside", "footer", "dialog", "menu", "template");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "tbody",
          "thead",
          "figure",
          "br",
          "hr",
          "address",
          "center",
          "form",
          "fieldset",
          "body",
          "details",
          "summary");
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");

  /** Bit 1: a negative class/id hint; bit 2: a positive one; bit 4: a strong negative one. */
  private static final BoundedMemo<Integer> HINT_FLAGS =
      new BoundedMemo<>(HtmlBodyExtractor::hintFlags, 50_000);

  /**
   * Text and link-text lengths of an element's subtree, its clean paragraph text length, the commas
   * in its text and the length of its own (direct) text; then its score as a candidate.
   */
  private static final class Stats {
    int text;
    int link;
    int para;
    int commas;
    int ownText;
    double score;
    boolean candidate;
  }

  private HtmlBodyExtractor() {}

  /**
   * The body's paragraphs; {@code elements} is about the number of elements (sizes the per-element
   * statistics).
   */
  public static List<String> paragraphs(Document page, String jsonLdBody, int elements) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    Map<Element, Stats> stats = new IdentityHashMap<>(elements);
    List<Element> markers = new ArrayList<>();
    measure(body, stats, false, markers);
    List<Element> kept = clean(body, stats, markers);
    Element semantic = semanticCandidate(kept, stats);
    List<Element> scored = scoredCandidate(kept, stats);
    List<Element> roots;
    // an explicit articleBody is trusted over a longer unrelated block;
    // an <article> must hold most of the text
    double share =
        semantic == null || scored.isEmpty()
            ? 0
            : isArticleBody(semantic) ? 0.3 : related(semantic, scored.get(0)) ? 0.7 : 1.0;
    if (semantic != null
        && (scored.isEmpty() || para(semantic, stats) >= share * para(scored, stats))) {
      roots = List.of(semantic);
    } else if (!scored.isEmpty()) {
      roots = scored;
    } else {
      roots = List.of(body);
    }
    if (roots.size() == 1 && roots.get(0) != body) {
      roots = List.of(widened(roots.get(0), body, stats));
    }
    List<String> blocks = new ArrayList<>();
    for (Element root : roots) {
      blocks.addAll(blocks(root));
    }
    List<String> text = FurnitureFilter.filter(blocks);
    if (jsonLdBody != null && words(jsonLdBody) > 2 * words(text) + 20) {
      text = FurnitureFilter.filter(jsonLdParagraphs(jsonLdBody));
    }
    if (text.isEmpty() && roots.get(0) != body) {
      text = FurnitureFilter.filter(blocks(body));
    }
    return text;
  }

  /**
   * A chosen block holding a small part of the page's clean text (one section of a story that its
   * markup splits into many): the highest ancestor below the body with little of its text in links
   * that holds at least {@link #WIDEN_GAIN} times the block's paragraph text; the block itself when
   * it already holds {@link #TINY_SHARE} of the page's or no such ancestor exists.
   */
  private static Element widened(Element chosen, Element body, Map<Element, Stats> stats) {
    int own = para(chosen, stats);
    if (own >= TINY_SHARE * para(body, stats)) {
      return chosen;
    }
    Element best = chosen;
    for (Element a = chosen.parent(); a != null && a != body; a = a.parent()) {
      Stats as = stats.get(a);
      if (as == null || as.text == 0 || as.link > MAX_WIDE_LINK_DENSITY * as.text) {
        break;
      }
      if (as.para >= WIDEN_GAIN * Math.max(own, 1)) {
        best = a;
      }
    }
    return best;
  }

  /**
   * Below this share of the page's paragraph text, a chosen block is widened ({@link #widened}).
   */
  static final double TINY_SHARE = 0.3;

  /** How much more paragraph text an ancestor must hold to replace a tiny chosen block. */
  static final double WIDEN_GAIN = 2.0;

  /** The most link text an ancestor taken by {@link #widened} may hold, as a share of its text. */
  static final double MAX_WIDE_LINK_DENSITY = 0.25;

  /**
   * JSON-LD articleBody as paragraphs: plain text split at line breaks, or markup (some sites put
   * HTML there).
   */
  private static List<String> jsonLdParagraphs(String body) {
    if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
      Element fragment = org.jsoup.Jsoup.parseBodyFragment(body).body();
      fragment.select("script, style, img, figure, figcaption, iframe").remove();
      return blocks(fragment);
    }
    List<String> paragraphs = new ArrayList<>();
    for (String line : body.split("\\R+")) {
      String s =
          SPACES
              .matcher(org.jsoup.parser.Parser.unescapeEntities(line, false))
              .replaceAll(" ")
              .strip();
      if (!s.isEmpty()) {
        paragraphs.add(s);
      }
    }
    return paragraphs;
  }

  /**
   * Removes elements that never hold article text, keeping {@code stats} true for what stays;
   * {@code markers} are the headline and article markup, whose wrappers are never removed. Returns
   * the elements that stay, the body first, in document order (what {@code body.getAllElements()}
   * would return afterwards).
   */
  private static List<Element> clean(
      Element body, Map<Element, Stats> stats, List<Element> markers) {
    List<Element> remove = new ArrayList<>();
    List<Element> kept = new ArrayList<>(stats.size());
    int pageText = stats.get(body).text;
    Set<Element> protectedWrappers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marker : markers) {
      for (Element a = marker; a != null && protectedWrappers.add(a); a = a.parent()) {
        // every ancestor of the headline or article markup is kept
      }
    }
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return node.nodeName().equals("#comment")
                  ? FilterResult.REMOVE
                  : FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if ((DROP_TAGS.contains(tag)
                    || e.hasAttr("hidden")
                    || "true".equals(e.attr("aria-hidden"))
                    || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()))
                && !holdsThePage(e, stats.get(e), pageText)) {
              remove.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("body")
                || tag.equals("article")
                || tag.equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
              kept.add(e);
              return FilterResult.CONTINUE;
            }
            String hints = hints(e);
            int verdict = hints.isEmpty() ? 0 : furnitureVerdict(hints);
            if (verdict > 0 && !protectedWrappers.contains(e)) {
              Stats es = stats.get(e);
              int length = es == null ? 0 : es.text;
              boolean strong = verdict == 2;
              // a weak hint is evidence, not proof: a block that reads as the story's prose stays
              if ((length < 1500 && (strong || !readsAsProse(e, es)))
                  || (strong
                      && length < 0.5 * pageText
                      && (hints.contains("comment") || !hasProse(e)))) {
                remove.add(e);
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            kept.add(e);
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element e : remove) {
      subtract(e, stats);
      e.remove();
    }
    return kept;
  }

  /**
   * Takes a removed element's lengths out of its ancestors' stats, as measuring the page again
   * would.
   */
  private static void subtract(Element removed, Map<Element, Stats> stats) {
    Stats r = stats.get(removed);
    if (r == null) {
      return;
    }
    int paraDelta = -r.para;
    for (Element a = removed.parent(); a != null; a = a.parent()) {
      Stats s = stats.get(a);
      if (s == null) {
        return;
      }
      s.text -= r.text;
      s.link -= r.link;
      s.commas -= r.commas;
      if (PARAGRAPH_TAGS.contains(a.normalName())) {
        int para = Math.max(0, s.text - s.link);
        paraDelta = para - s.para;
        s.para = para;
      } else {
        s.para += paraDelta;
      }
    }
  }

  /**
   * 0: not furniture by its class and id; 1: furniture; 2: furniture that is dropped even when
   * large.
   */
  private static int furnitureVerdict(String hints) {
    int flags = HINT_FLAGS.get(hints);
    if ((flags & 1) == 0 || (flags & 2) != 0) {
      return 0;
    }
    return (flags & 4) != 0 ? 2 : 1;
  }

  private static int hintFlags(String hints) {
    boolean negative = NEGATIVE_HINT.foundIn(hints);
    return (negative ? 1 : 0)
        | (positive(hints) ? 2 : 0)
        | (negative && STRONG_NEGATIVE_HINT.foundIn(hints) ? 4 : 0);
  }

  /**
   * Whether a block that its tag or a hidden flag would drop holds the page's story anyway: a
   * container tag (not a script, style or media element) with most of the page's text, little of it
   * in links, in several long paragraphs. Pages that wrap the whole story in an {@code <aside>}, or
   * stream it into a hidden element that a script reveals, keep it.
   */
  private static boolean holdsThePage(Element e, Stats s, int pageText) {
    if (s == null
        || !CONTAINER_DROP_TAGS.contains(e.normalName()) && DROP_TAGS.contains(e.normalName())) {
      return false;
    }
    return s.text >= 0.5 * pageText && s.link < 0.3 * s.text && hasProse(e);
  }

  /**
   * Whether a block reads as running text: little of it in links and most of it ({@link
   * #PROSE_SHARE}) in paragraphs of {@link #PROSE_RUN} characters or more that hold a sentence end.
   * Page builders class the story's own text blocks "widget", "meta" or "embed"; captions, credits
   * and link lists are short or link-dense.
   */
  private static boolean readsAsProse(Element e, Stats s) {
    if (s == null || s.text < PROSE_RUN || s.link > 0.2 * s.text) {
      return false;
    }
    int prose = 0;
    for (Element p : e.getElementsByTag("p")) {
      String t = p.text();
      if (t.length() >= PROSE_RUN && SENTENCE_END.matcher(t).find()) {
        prose += visibleLength(t);
      }
    }
    return prose >= PROSE_SHARE * s.text;
  }

  /** The share of a weakly hinted block's text that must be in such paragraphs. */
  static final double PROSE_SHARE = 0.6;

  /**
   * Length of a paragraph that makes a weakly hinted block read as prose ({@link #readsAsProse}).
   */
  static final int PROSE_RUN = 150;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”’)]?(\\s|$)");

  /**
   * Whether a block holds several long paragraphs (article text wrapped by badly nested markup).
   */
  private static boolean hasProse(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= 120 && ++n >= 3) {
        return true;
      }
    }
    return false;
  }

  private static String hints(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    if (!id.isEmpty() && SLUG.matcher(id).matches()) {
      id = "";
    }
    return (cls + " " + id).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * An id made of five or more words joined by hyphens or underscores: a slug of the text the block
   * holds (a heading's anchor, a title), which says nothing of its role.
   */
  private static final Pattern SLUG = Pattern.compile("[^\\s_-]+(?:[-_][^\\s_-]+){4,}");

  private static boolean positive(String hints) {
    if (POSITIVE_HINT.foundIn(hints)) {
      return true;
    }
    int start = 0;
    for (int i = 0; i <= hints.length(); i++) {
      if (i == hints.length() || separatesWords(hints.charAt(i))) {
        if (i > start && POSITIVE_TOKENS.contains(hints.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** The whitespace that separates class words: space, tab, line breaks, form feed. */
  private static boolean separatesWords(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * Fills text, link and paragraph lengths bottom-up in one pass and collects the headline and
   * article markup below the root ({@code h1}, {@code article}, {@code main}, {@code
   * itemprop=articleBody}); returns the element's stats.
   */
  private static Stats measure(
      Element e, Map<Element, Stats> stats, boolean inLink, List<Element> markers) {
    Stats s = new Stats();
    boolean link = inLink || e.normalName().equals("a");
    boolean paragraph = PARAGRAPH_TAGS.contains(e.normalName());
    int directText = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        String whole = t.getWholeText();
        int n = visibleLength(whole);
        s.commas += commas(whole);
        s.text += n;
        directText += n;
        if (link) {
          s.link += n;
        }
      } else if (child instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("h1")
            || tag.equals("article")
            || tag.equals("main")
            || c.attr("itemprop").equalsIgnoreCase("articleBody")) {
          markers.add(c);
        }
        Stats cs = measure(c, stats, link, markers);
        s.text += cs.text;
        s.link += cs.link;
        s.para += cs.para;
        s.commas += cs.commas;
      }
    }
    s.ownText = directText;
    if (paragraph) {
      s.para = Math.max(0, s.text - s.link);
    } else if (directText > 0 && !link) {
      s.para += directText;
    }
    stats.put(e, s);
    return s;
  }

  /** Characters that are not whitespace: a cheap measure of text length. */
  private static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c > ' ' && c < 0x7f) || (!Character.isWhitespace(c) && c != '\u00a0')) {
        n++;
      }
    }
    return n;
  }

  private static int para(Element e, Map<Element, Stats> stats) {
    Stats s = stats.get(e);
    return s == null ? 0 : s.para;
  }

  private static int para(List<Element> es, Map<Element, Stats> stats) {
    int sum = 0;
    for (Element e : es) {
      sum += para(e, stats);
    }
    return sum;
  }

  /**
   * The {@code itemprop=articleBody} or {@code <article>} element with the most paragraph text, if
   * it has enough.
   */
  private static Element semanticCandidate(List<Element> elements, Map<Element, Stats> stats) {
    Element best = null;
    Element h1 = null;
    List<Element> articles = new ArrayList<>();
    for (Element e : elements) {
      String tag = e.normalName();
      if (h1 == null && tag.equals("h1")) {
        h1 = e;
      } else if (tag.equals("article")) {
        articles.add(e);
      }
      if (isArticleBody(e) && (best == null || para(e, stats) > para(best, stats))) {
        best = e;
      }
    }
    if (best == null || para(best, stats) < 200) {
      Element withHeadline = null;
      for (Element e : articles) {
        if (best == null || para(e, stats) > para(best, stats)) {
          best = e;
        }
        if (withHeadline == null && h1 != null && h1.closest("article") == e) {
          withHeadline = e;
        }
      }
      // among several articles (a story followed by teasers of others),
      // the one holding the headline
      if (withHeadline != null && para(withHeadline, stats) >= 200) {
        best = withHeadline;
      }
    }
    return best != null && para(best, stats) >= 200 ? best : null;
  }

  private static boolean isArticleBody(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** Whether one element contains the other. */
  private static boolean related(Element a, Element b) {
    return contains(a, b) || contains(b, a);
  }

  private static boolean contains(Element ancestor, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Readability-style scoring: the best-scored element and the siblings that belong with it. */
  private static List<Element> scoredCandidate(List<Element> elements, Map<Element, Stats> stats) {
    List<Element> candidates = new ArrayList<>();
    for (Element p : elements) {
      String tag = p.normalName();
      Stats ps = stats.get(p);
      if (ps == null) {
        continue;
      }
      int len;
      int commas;
      if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
        len = ps.text - ps.link;
        commas = ps.commas;
      } else if ((tag.equals("div") || tag.equals("section")) && ps.para > 0 && ps.ownText > 0) {
        // text written straight into a container (runs split by <br>) counts as paragraphs of it
        String text = ownText(p);
        len = text.length();
        commas = commas(text);
      } else {
        continue;
      }
      if (len < 25) {
        continue;
      }
      double score = 1 + commas + Math.min(len / 100.0, 3);
      Element ancestor = p.parent();
      for (int level = 0; level < 3 && ancestor != null; level++) {
        Stats as = stats.get(ancestor);
        if (as == null) {
          break;
        }
        if (!as.candidate) {
          as.candidate = true;
          as.score = initialScore(ancestor);
          candidates.add(ancestor);
        }
        as.score += score / (level == 0 ? 1 : level == 1 ? 2 : 3 * level);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    for (Element c : candidates) {
      Stats cs = stats.get(c);
      double density = cs.text == 0 ? 0 : (double) cs.link / cs.text;
      cs.score *= 1 - density;
      if (top == null || cs.score > topScore) {
        top = c;
        topScore = cs.score;
      }
    }
    if (top == null) {
      return List.of();
    }
    List<Element> result = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        result.add(sibling);
        continue;
      }
      Stats ss = stats.get(sibling);
      if (ss == null || ss.text == 0) {
        continue;
      }
      double density = (double) ss.link / ss.text;
      boolean keep = ss.candidate && ss.score >= threshold;
      if (!keep && sibling.normalName().equals("p")) {
        String t = sibling.text();
        keep =
            (t.length() > 80 && density < 0.25)
                || (t.length() > 0 && density == 0 && t.matches(".*\\.( |$).*"));
      }
      if (keep) {
        result.add(sibling);
      }
    }
    return result;
  }

  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (TextNode t : e.textNodes()) {
      sb.append(t.text());
    }
    return sb.toString().strip();
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String hints = hints(e);
    if (!hints.isEmpty()) {
      int flags = HINT_FLAGS.get(hints);
      score += ((flags & 2) != 0 ? 25.0 : 0.0) - ((flags & 1) != 0 ? 25.0 : 0.0);
    }
    if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 10;
    }
    return score;
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  /** The text blocks of a subtree in document order, without headlines and link-dense blocks. */
  static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              current.append(s);
              if (linkDepth[0] > 0) {
                linkChars[0] += s.strip().length();
              }
            } else if (node instanceof Element e) {
              if (BLOCK_TAGS.contains(e.normalName())) {
                flush(current, linkChars, out);
              }
              if (e.normalName().equals("a")) {
                linkDepth[0]++;
              }
              if (e.normalName().equals("h1")) {
                // the headline is metadata, not body
                current.setLength(0);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("a")) {
                linkDepth[0]--;
              }
              if (e.normalName().equals("h1")) {
                current.setLength(0);
                linkChars[0] = 0;
              } else if (BLOCK_TAGS.contains(e.normalName())) {
                flush(current, linkChars, out);
              }
            }
          }
        },
        root);
    flush(current, linkChars, out);
    return out;
  }

  private static void flush(StringBuilder current, int[] linkChars, List<String> out) {
    if (current.length() > 0) {
      String s = ArticleIds.collapseSpaces(current);
      int len = s.length();
      boolean linkDense = len > 0 && linkChars[0] > 0.5 * len;
      if (len > 0 && !linkDense) {
        out.add(s);
      }
      current.setLength(0);
    }
    linkChars[0] = 0;
  }

  private static int words(String text) {
    return ArticleIds.wordCount(text);
  }

  private static int words(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      n += ArticleIds.wordCount(l);
    }
    return n;
  }
}
