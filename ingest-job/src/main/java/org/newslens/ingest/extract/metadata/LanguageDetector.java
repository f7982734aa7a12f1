package org.newslens.ingest.extract.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language of a page: the declared one (a {@code lang} attribute, a content-language or locale
 * meta) normalised to ISO 639-1, else a small stop-word detector over the body text. Pure
 * functions.
 */
public final class LanguageDetector {
  private static final Map<String, String> STOP_WORDS = new HashMap<>();
  private static final String[] LANGS = {
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "pl"
  };
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+");
  private static final Pattern CODE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$");

  static {
    String[] lists = {
      "the of and to in is that for it was on with as he be at by this had not are but from have they his she which"
          + " you were her an has been their would will there we who what said",
      "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat"
          + " dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur"
          + " bis mehr durch man",
      "le la les de des et un une du en est que qui dans pour pas au sur ne se plus par ce il elle sont avec aux ont"
          + " été cette mais ou leur nous vous",
      "el la los las de del y en que un una es por con para se no al lo como más pero sus su le ya fue este ha sido"
          + " entre cuando muy sin sobre también",
      "il lo la gli le di del della e è un una che per non con sono ma nel nella come anche più dei delle alla al si"
          + " ha questo essere",
      "o a os as de do da dos das e em um uma que para com não por mais se na no como mas foi ao ele ela são pelo"
          + " pela também",
      "de het een en van in is dat op te zijn met voor niet aan er maar om ook als dan bij nog uit door wordt werd"
          + " naar heeft",
      "och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan",
      "og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi",
      "i w na z się nie do to że jest o jak po co tak za od ale przez jego być już tylko"
    };
    for (int i = 0; i < lists.length; i++) {
      for (String w : lists[i].split(" ")) {
        STOP_WORDS.merge(w, LANGS[i], (a, b) -> a); // first list wins for words shared by languages
      }
    }
  }

  private LanguageDetector() {}

  /**
   * ISO 639-1 code of a declared language value such as {@code de-DE}, {@code en_GB} or {@code fr};
   * else null.
   */
  public static String normalise(String declared) {
    if (declared == null) {
      return null;
    }
    String v = declared.trim();
    int comma = v.indexOf(',');
    if (comma > 0) {
      v = v.substring(0, comma).trim();
    }
    Matcher m = CODE.matcher(v);
    if (!m.matches()) {
      return null;
    }
    String code = m.group(1).toLowerCase(Locale.ROOT);
    return switch (code) {
      case "deu", "ger" -> "de";
      case "eng" -> "en";
      case "fra", "fre" -> "fr";
      case "spa" -> "es";
      case "ita" -> "it";
      case "por" -> "pt";
      case "nld", "dut" -> "nl";
      default -> code.length() == 2 ? code : null;
    };
  }

  /**
   * The language whose stop words are most frequent in the text's first 2,000 words; null if none
   * stands out.
   */
  public static String detect(String text) {
    if (text == null) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = TOKEN.matcher(text);
    int words = 0;
    while (m.find() && words < 2000) {
      words++;
      String lang = STOP_WORDS.get(m.group().toLowerCase(Locale.ROOT));
      if (lang != null) {
        counts.merge(lang, 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= 3 && bestCount * 10 >= words ? best : null;
  }
}
