package org.newslens.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.newslens.ingest.extract.ArticleIds;

/**
 * Guesses the legacy charset of page bytes that declare none and are not UTF-8, among the ones news
 * archives hold most: windows-1252 (Latin-1), windows-1251 (Cyrillic), GBK (GB2312, Chinese),
 * Shift_JIS and EUC-JP (Japanese). Each candidate that decodes the first {@link #SAMPLE} bytes
 * without an error is scored by how plausible the non-ASCII characters it gives are as text of its
 * script: letters of one script per word (a Latin word with a Cyrillic letter in it, or a kanji
 * glued to ASCII letters, is what a wrong guess produces), whole words of accented letters only are
 * Cyrillic read as Latin, Chinese outside GB2312 or half-width katakana are Japanese or Chinese
 * read in the wrong charset, and Japanese without kana is Chinese. The best score wins;
 * windows-1252 when none is convincing. Pure function.
 */
final class CharsetGuess {
  static final int SAMPLE = 64 << 10;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset GBK = Charset.forName("GBK");
  static final Charset SHIFT_JIS = Charset.forName("windows-31j");
  static final Charset EUC_JP = Charset.forName("EUC-JP");
  private static final Charset GB2312 = Charset.forName("GB2312");

  /** Candidates in the order that wins a tie. */
  private static final Charset[] CANDIDATES = {WINDOWS_1252, WINDOWS_1251, GBK, SHIFT_JIS, EUC_JP};

  /** The Russian words of one letter; any other lone Cyrillic letter is a misread byte. */
  private static final String SHORT_WORDS = "аАвВиИкКоОсСуУяЯ";

  /** Plausible characters a candidate needs before its score counts. */
  private static final int MIN_EVIDENCE = 3;

  /** A score below this is not convincing. */
  private static final double MIN_SCORE = 0.6;

  private CharsetGuess() {}

  static Charset guess(byte[] bytes) {
    ByteBuffer sample = ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, SAMPLE));
    Charset best = WINDOWS_1252;
    double bestScore = MIN_SCORE;
    for (Charset candidate : CANDIDATES) {
      String text = decodeStrictly(sample.duplicate(), candidate);
      if (text == null) {
        continue;
      }
      double score = score(text, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The text, or null if a byte sequence is invalid (a sequence cut at the sample's end is not).
   */
  private static String decodeStrictly(ByteBuffer bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.remaining() + 16);
    CoderResult result = decoder.decode(bytes, out, false);
    if (result.isError() || bytes.remaining() > 4) {
      return null;
    }
    out.flip();
    return out.toString();
  }

  /**
   * The share of plausible non-ASCII characters, good / (good + bad), halved for a Japanese
   * candidate whose Chinese characters come with hardly any kana and for GBK when they come with
   * many.
   */
  static double score(String text, Charset charset) {
    CharsetEncoder gb2312 = charset.equals(GBK) ? GB2312.newEncoder() : null;
    int good = 0;
    int bad = 0;
    int kana = 0;
    int cjk = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80) {
        i++;
      } else if (ArticleIds.isChineseOrJapanese(c)) {
        boolean glued = isAsciiLetter(text, i - 1) || isAsciiLetter(text, i + 1);
        if (glued || (gb2312 != null && !gb2312.canEncode(c))) {
          bad++;
        } else {
          good++;
        }
        cjk++;
        kana += c >= 0x3040 && c <= 0x30FF ? 1 : 0;
        i++;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < n
            && Character.isLetter(text.charAt(end))
            && !ArticleIds.isChineseOrJapanese(text.charAt(end))) {
          end++;
        }
        int start = i;
        while (start > 0 && isAsciiLetter(text, start - 1)) {
          start--;
        }
        int[] verdict = word(text, start, end);
        good += verdict[0];
        bad += verdict[1];
        i = end;
      } else {
        // punctuation and symbols say little, unless they are junk or sit inside a word
        boolean junk =
            c <= 0x9f
                || c == '\uFFFD'
                || (c >= 0xE000 && c <= 0xF8FF)
                || (c >= 0xFF61 && c <= 0xFF65);
        boolean insideWord =
            c != '\u2019'
                && c != '\u00B7'
                && c != '\u00AD'
                && isLetter(text, i - 1)
                && isLetter(text, i + 1);
        if (junk || insideWord) {
          bad++;
        }
        i++;
      }
    }
    if (good < MIN_EVIDENCE) {
      return 0; // too few letters to tell
    }
    double score = (double) good / (good + bad);
    boolean manyKana = kana * 20 > cjk;
    if ((charset.equals(SHIFT_JIS) || charset.equals(EUC_JP)) ? !manyKana : manyKana && cjk > 0) {
      score /= 2;
    }
    return score;
  }

  /**
   * {good, bad} for the non-ASCII letters of the alphabetic word {@code text[start, end)}: bad when
   * the word mixes Latin and Cyrillic, has ASCII letters beside Cyrillic ones, is three or more
   * accented Latin letters with no plain one, is glued to a digit, has only Cyrillic letters from
   * outside the Russian alphabet (the letters a wrong guess makes of Western punctuation and
   * symbols) or is a lone Cyrillic letter that is no Russian word, or holds letters of other
   * scripts.
   */
  private static int[] word(String text, int start, int end) {
    int ascii = 0;
    int latin = 0;
    int accented = 0;
    int cyrillic = 0;
    int russian = 0;
    int other = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        ascii++;
      } else {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.LATIN) {
          latin++;
          accented += c <= 0x24F ? 1 : 0;
        } else if (script == Character.UnicodeScript.CYRILLIC) {
          cyrillic++;
          russian += (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451 ? 1 : 0;
        } else {
          other++;
        }
      }
    }
    boolean wrong =
        (latin > 0 && cyrillic > 0)
            || (ascii > 0 && cyrillic > 0)
            || (accented >= 3 && ascii == 0)
            || (cyrillic > 0 && russian == 0)
            || (cyrillic == 1 && ascii == 0 && SHORT_WORDS.indexOf(text.charAt(start)) < 0)
            || isDigit(text, start - 1)
            || isDigit(text, end);
    return wrong ? new int[] {0, latin + cyrillic + other} : new int[] {latin + cyrillic, other};
  }

  private static boolean isDigit(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  private static boolean isLetter(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
  }

  private static boolean isAsciiLetter(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
