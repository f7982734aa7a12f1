package org.newslens.ingest.source;

import java.nio.charset.Charset;
import java.util.List;

/** News paragraphs in the legacy charsets archives hold, and pages that carry them. */
public final class ForeignPages {
  /** A charset, a headline and two paragraphs written in a language it is used for. */
  public record Sample(String charset, String headline, String first, String second) {
    public String text() {
      return first + "\n\n" + second;
    }
  }

  public static final Sample LATIN_1 =
      new Sample(
          "ISO-8859-1",
          "Le conseil municipal adopte le budget",
          "Le conseil municipal a approuvé mercredi le nouveau budget de la ville, après un débat"
              + " qui a duré plus de quatre heures devant une salle comble.",
          "Les élus ont prévu des crédits pour la rénovation des écoles, la création de deux"
              + " bibliothèques et l'entretien des pistes cyclables à Genève et à Zürich.");

  public static final Sample WINDOWS_1252 =
      new Sample(
          "windows-1252",
          "Stadtrat beschließt den Haushalt",
          "Der Stadtrat hat am Mittwoch den Haushalt für das kommende Jahr beschlossen. Für die"
              + " Sanierung der Grundschulen sind zwölf Millionen € vorgesehen.",
          "„Wir investieren in die Zukunft unserer Kinder“, sagte die Bürgermeisterin nach der"
              + " Abstimmung. Die Opposition kritisierte die Ausgaben für Straßen und Brücken.");

  public static final Sample WINDOWS_1251 =
      new Sample(
          "windows-1251",
          "Городской совет утвердил бюджет",
          "Городской совет в среду утвердил бюджет на следующий год после долгого обсуждения."
              + " Депутаты выделили средства на ремонт школ и строительство двух библиотек.",
          "По словам мэра, работы начнутся весной и завершатся до конца года. Оппозиция назвала"
              + " расходы слишком высокими, но решение было принято большинством голосов.");

  public static final Sample SHIFT_JIS =
      new Sample(
          "Shift_JIS",
          "市議会、来年度予算案を可決",
          "市議会は水曜日、来年度の予算案を賛成多数で可決した。予算には小学校の改修や二つの図書館の建設、自転車道の整備などが盛り込まれている。",
          "市長は記者団に対し、工事は春に始まり年内に完了する見通しだと述べた。野党は支出が多すぎると批判したが、採決では反対が少数にとどまった。");

  public static final Sample GB2312 =
      new Sample(
          "GB2312",
          "市议会通过明年预算",
          "市议会周三以多数票通过了明年的财政预算。预算包括翻修小学、新建两座图书馆以及维护自行车道等项目。",
          "市长对记者表示，工程将于春季开始，预计年底前完工。反对派批评支出过高，但在表决中只获得少数支持。");

  public static final List<Sample> ALL =
      List.of(LATIN_1, WINDOWS_1252, WINDOWS_1251, SHIFT_JIS, GB2312);

  private ForeignPages() {}

  /** An article page in the sample's charset, declaring it in a meta tag or not. */
  public static byte[] page(Sample s, boolean declared) {
    String html =
        "<!doctype html><html><head>"
            + (declared ? "<meta charset=\"" + s.charset() + "\">" : "")
            + "<title>"
            + s.headline()
            + "</title></head><body><article><h1>"
            + s.headline()
            + "</h1><p>"
            + s.first()
            + "</p><p>"
            + s.second()
            + "</p></article></body></html>";
    return html.getBytes(Charset.forName(s.charset()));
  }

  /** The text in a Unicode charset (UTF-8, UTF-16LE or UTF-16BE) after its byte-order mark. */
  public static byte[] withBom(String text, Charset charset) {
    byte[] mark =
        charset.equals(java.nio.charset.StandardCharsets.UTF_8)
            ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
            : charset.equals(java.nio.charset.StandardCharsets.UTF_16LE)
                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
    return WarcFixtures.concat(mark, text.getBytes(charset));
  }
}
