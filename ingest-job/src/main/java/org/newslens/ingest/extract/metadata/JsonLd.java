package org.newslens.ingest.extract.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page ({@code script type=application/ld+json}), flattened over arrays
 * and {@code @graph}, article-like objects first. Malformed scripts are parsed leniently; when that
 * fails, dates are still read with a pattern.
 */
public final class JsonLd {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES,
              JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile(
          "(?i).*(article|posting|report|blogposting|newsarticle|liveblog|review|opinion|analysis).*");
  private static final Pattern RAW_FIELD =
      Pattern.compile(
          "\"(datePublished|dateCreated|dateModified|uploadDate)\"\\s*:\\s*\"([^\"]{6,40})\"");

  final List<JsonNode> articles = new ArrayList<>();
  final List<JsonNode> others = new ArrayList<>();

  /** Field → value pairs read by pattern from scripts that did not parse. */
  private final List<String[]> rawDates = new ArrayList<>();

  public static JsonLd of(PageIndex index) {
    JsonLd ld = new JsonLd();
    for (Element script : index.jsonLdScripts()) {
      String data = script.data().trim();
      if (data.isEmpty()) {
        continue;
      }
      try (JsonParser parser = JSON.createParser(data)) {
        JsonNode node;
        while ((node = parser.readValueAsTree()) != null) {
          ld.add(node, 0);
        }
      } catch (Exception e) {
        Matcher m = RAW_FIELD.matcher(data);
        while (m.find()) {
          ld.rawDates.add(new String[] {m.group(1), m.group(2)});
        }
      }
    }
    return ld;
  }

  private void add(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> add(n, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("@graph")) {
      add(node.get("@graph"), depth + 1);
    }
    if (isArticle(node)) {
      articles.add(node);
    } else if (node.has("@type")) {
      others.add(node);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        add(main, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPE.matcher(t.asText()).matches()) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPE.matcher(type.asText()).matches();
  }

  /**
   * The {@code @type} values of every object read (article-like ones first), as written: an object
   * with several types gives each.
   */
  public List<String> types() {
    List<String> types = new ArrayList<>();
    for (List<JsonNode> objects : List.of(articles, others)) {
      for (JsonNode n : objects) {
        JsonNode type = n.get("@type");
        if (type == null) {
          continue;
        }
        if (type.isArray()) {
          type.forEach(t -> types.add(t.asText()));
        } else {
          types.add(type.asText());
        }
      }
    }
    return types;
  }

  /** Field → value pairs read by pattern from scripts that did not parse. */
  public List<String[]> rawDates() {
    return rawDates;
  }

  /**
   * A text field of the first article object that has it, else of any object when {@code anyType}.
   */
  public String text(String field, boolean anyType) {
    for (JsonNode n : articles) {
      String v = textOf(n.get(field));
      if (v != null) {
        return v;
      }
    }
    if (anyType) {
      for (JsonNode n : others) {
        String v = textOf(n.get(field));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** Names of the article's authors (strings or objects with a name). */
  List<String> authors() {
    List<String> names = new ArrayList<>();
    for (JsonNode n : articles) {
      JsonNode a = n.get("author");
      if (a == null) {
        a = n.get("creator");
      }
      collectNames(a, names);
      if (!names.isEmpty()) {
        break;
      }
    }
    return names;
  }

  /**
   * The publisher's name, from an article's publisher or a standalone
   * NewsMediaOrganization/Organization object.
   */
  String publisher() {
    for (JsonNode n : articles) {
      JsonNode p = n.get("publisher");
      if (p != null && p.isArray() && !p.isEmpty()) {
        p = p.get(0);
      }
      String name = p == null ? null : p.isObject() ? textOf(p.get("name")) : textOf(p);
      if (name != null) {
        return name;
      }
    }
    for (JsonNode n : others) {
      String type = n.path("@type").asText("");
      if (type.endsWith("Organization") || type.equals("WebSite")) {
        String name = textOf(n.get("name"));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static void collectNames(JsonNode a, List<String> names) {
    if (a == null) {
      return;
    }
    if (a.isArray()) {
      a.forEach(x -> collectNames(x, names));
    } else if (a.isObject()) {
      String name = textOf(a.get("name"));
      if (name != null) {
        names.add(name);
      }
    } else if (a.isTextual() && !a.asText().isBlank() && !a.asText().startsWith("http")) {
      names.add(a.asText().trim());
    }
  }

  private static String textOf(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : textOf(v.get(0));
    }
    if (v.isObject()) {
      return textOf(v.has("name") ? v.get("name") : v.get("@value"));
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }
}
