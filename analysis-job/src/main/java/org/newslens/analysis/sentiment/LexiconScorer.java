package org.newslens.analysis.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule-based sentence sentiment: VADER's published rules, reimplemented, plus the news adjustments
 * of {@link NewsAdjustments}. {@link #score} returns VADER's compound score in [-1, 1]. Thread-safe
 * and pure; one shared instance per JVM ({@link #get}).
 *
 * <p>The rules: lexicon valence per token; "no" before a lexicon word negates it; a word in ALL
 * CAPS among mixed-case words gains {@code 0.733}; boosters and dampeners up to three words before
 * add {@code ±0.293} (scaled 1, 0.95, 0.9 by distance); a negation up to three words before
 * multiplies by {@code -0.74} ("never so" boosts by 1.25, "without doubt" is not negated); "least"
 * before a word negates it unless "at least"/"very least"; special phrases and idioms replace a
 * word's valence; after "but" valences weigh 1.5, before it 0.5; "!" (up to 4) adds 0.292 each and
 * "?" (2–3) 0.18 each, away from zero; the sum is normalised by {@code x / sqrt(x² + 15)}.
 * Differences from the Python implementation: phrase idioms are matched wherever they occur (Python
 * never applied them), the "but" weights follow token positions (Python's reweighting by value
 * could hit the wrong token), and "so"/"this" boost only after "never".
 */
public final class LexiconScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String MODEL_ID = "newslens-vader-news";
  public static final String MODEL_VERSION = "1.0";

  private static final class Holder {
    static final LexiconScorer INSTANCE = new LexiconScorer(NewsAdjustments.load());
  }

  private final transient Lexicon lexicon;
  private final NewsAdjustments news;

  /**
   * What the rules need to know of a lower-case word by itself, looked up once per distinct word
   * instead of in six tables at every occurrence; bounded, after which words are looked up afresh.
   */
  private final transient Map<String, WordFacts> facts = new ConcurrentHashMap<>();

  static final int MAX_REMEMBERED_WORDS = 500_000;

  /**
   * @param phraseEnd a special phrase, idiom or news phrase may end with it
   * @param excess a word of the news {@code [excess]} list ("too")
   * @param neutral a news-neutral word wherever it stands
   * @param verbOnly neutral unless a subject comes just before
   * @param booster a VADER booster or dampener
   * @param valence its lexicon valence, after the morphological back-off; null for none
   */
  private record WordFacts(
      boolean phraseEnd,
      boolean excess,
      boolean neutral,
      boolean verbOnly,
      boolean booster,
      Double valence) {}

  private WordFacts facts(String lower) {
    WordFacts f = facts.get(lower);
    if (f == null) {
      Double valence = lexicon.valence(lower);
      if (valence == null && news.morphologicalBackoff()) {
        valence = backoff(lower);
      }
      f =
          new WordFacts(
              VaderRules.PHRASE_ENDS.contains(lower) || news.endsPhrase(lower),
              news.isExcessWord(lower),
              news.isNeutralWord(lower),
              news.isVerbOnlyWord(lower),
              VaderRules.BOOSTERS.containsKey(lower),
              valence);
      if (facts.size() < MAX_REMEMBERED_WORDS) {
        facts.put(lower, f);
      }
    }
    return f;
  }

  /** A token as the rules read it: as written, in lower case, its facts, whether it is upper. */
  private record Token(String word, String lower, WordFacts facts, boolean upper) {}

  /** Each thread's {@link TokenMemo}. */
  private final transient ThreadLocal<TokenMemo> memo = ThreadLocal.withInitial(TokenMemo::new);

  /** Tokens a thread remembers before it starts afresh. */
  static final int MAX_REMEMBERED_TOKENS = 1 << 18;

  /**
   * One thread's tokens by their exact characters: a token seen before is found from the sentence's
   * characters, without cutting it out, lower-casing it or hashing a new string (open addressing,
   * linear probing).
   */
  private final class TokenMemo {
    private String[] keys = new String[1 << 12];
    private Token[] values = new Token[keys.length];
    private int size;

    Token get(String text, int from, int to) {
      int length = to - from;
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + text.charAt(k);
      }
      int mask = keys.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      for (String key = keys[slot]; key != null; key = keys[slot]) {
        if (key.length() == length && text.regionMatches(from, key, 0, length)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      String word = text.substring(from, to);
      String lowerWord = word.toLowerCase(Locale.ROOT);
      Token token = new Token(word, lowerWord, facts(lowerWord), isUpper(word));
      if (2 * (size + 1) > keys.length) {
        resize(size >= MAX_REMEMBERED_TOKENS ? keys.length : 2 * keys.length);
        return put(token);
      }
      keys[slot] = word;
      values[slot] = token;
      size++;
      return token;
    }

    /** Stores {@code token}, which is not in the table. */
    private Token put(Token token) {
      int h = token.word().hashCode();
      int mask = keys.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = token.word();
      values[slot] = token;
      size++;
      return token;
    }

    /**
     * A table of {@code capacity} slots holding the current tokens, or none of them when the memo
     * is full.
     */
    private void resize(int capacity) {
      String[] oldKeys = keys;
      Token[] oldValues = values;
      keys = new String[capacity];
      values = new Token[capacity];
      boolean keep = size < MAX_REMEMBERED_TOKENS;
      size = 0;
      if (!keep) {
        return;
      }
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          put(oldValues[k]);
        }
      }
    }
  }

  public LexiconScorer(NewsAdjustments news) {
    this.news = news;
    this.lexicon = Lexicon.vader();
  }

  /** The shared scorer with the project's news adjustments. */
  public static LexiconScorer get() {
    return Holder.INSTANCE;
  }

  private Object readResolve() {
    return new LexiconScorer(news);
  }

  /** Compound score of one sentence in [-1, 1]; 0 for null, blank or sentiment-free text. */
  public double score(String sentence) {
    return normalize(read(sentence).sum());
  }

  /** VADER's normalisation of a valence sum into [-1, 1]. */
  public static double normalize(double sum) {
    double x = sum / Math.sqrt(sum * sum + VaderRules.ALPHA);
    return Math.max(-1.0, Math.min(1.0, x));
  }

  /**
   * The sum of token valences after every rule, with punctuation emphasis, before normalisation.
   */
  double valenceSum(String text) {
    return read(text).sum();
  }

  /**
   * The rules' reading of a sentence, token by token, kept apart so that a trained model can
   * reweight single words ({@link SentimentFeatures}).
   *
   * @param words lower-case tokens
   * @param valences each token's valence after every rule, "but" weighting included (0 for no
   *     sentiment)
   * @param emphasis the punctuation emphasis ("!", "??") added to the sum away from zero
   */
  public record Reading(String[] words, double[] valences, double emphasis) {
    static final Reading NONE = new Reading(new String[0], new double[0], 0.0);

    /** The valence sum with punctuation emphasis, before normalisation. */
    public double sum() {
      double sum = 0;
      for (double v : valences) {
        sum += v;
      }
      return sum > 0 ? sum + emphasis : sum < 0 ? sum - emphasis : sum;
    }
  }

  /** The token-by-token reading of one sentence; {@link Reading#NONE} for null or empty text. */
  public Reading read(String text) {
    if (text == null || text.isEmpty()) {
      return Reading.NONE;
    }
    java.util.BitSet clauseEnd = new java.util.BitSet();
    int[] spans = new int[text.length() + 1];
    int n = spans(text, spans, clauseEnd);
    if (n == 0) {
      return Reading.NONE;
    }
    TokenMemo tokens = memo.get();
    String[] words = new String[n];
    String[] lower = new String[n];
    WordFacts[] known = new WordFacts[n];
    boolean[] upper = new boolean[n];
    int capitals = 0;
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(text, spans[2 * i], spans[2 * i + 1]);
      words[i] = token.word();
      lower[i] = token.lower();
      known[i] = token.facts();
      upper[i] = token.upper();
      if (upper[i]) {
        capitals++;
      }
    }
    boolean capDiff = capitals > 0 && capitals < n;
    double[] valences = new double[n];
    boolean[] idiom = new boolean[n];
    markIdioms(lower, known, valences, idiom);

    int but = -1;
    for (int i = 0; i < n; i++) {
      if (but < 0 && lower[i].equals("but")) {
        but = i;
      }
      if (idiom[i]) {
        continue;
      }
      String item = lower[i];
      WordFacts word = known[i];
      // news.isExcess and news.isNeutral, from the word's facts
      if (word.excess() && !clauseEnd.get(i) && i + 1 < n) {
        valences[i] = news.adjust(news.excessValence());
        continue;
      }
      // a word without valence scores 0 whatever the checks below say; most words have none
      if (word.valence() == null) {
        continue;
      }
      if (word.neutral()
          || (word.verbOnly() && !news.followsSubject(lower, i))
          || (news.namesAreNeutral() && isNamePart(words, i))) {
        continue;
      }
      if (word.booster()) {
        continue;
      }
      if (item.equals("kind") && i + 1 < n && lower[i + 1].equals("of")) {
        continue;
      }
      double base = word.valence();
      double valence = base;
      if (item.equals("no") && i + 1 < n && lexicon.contains(lower[i + 1])) {
        valence = 0.0;
      }
      if ((i > 0 && lower[i - 1].equals("no"))
          || (i > 1 && lower[i - 2].equals("no"))
          || (i > 2
              && lower[i - 3].equals("no")
              && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
        valence = base * news.negationScalar(base);
      }
      if (upper[i] && capDiff) {
        valence += valence > 0 ? VaderRules.CAPS_INCREMENT : -VaderRules.CAPS_INCREMENT;
      }
      for (int k = 0; k < 3; k++) {
        int j = i - (k + 1);
        if (j < 0 || lexicon.contains(lower[j])) {
          continue;
        }
        double s = boost(lower[j], upper[j], valence, capDiff);
        if (k == 1) {
          s *= 0.95;
        } else if (k == 2) {
          s *= 0.9;
        }
        valence += s;
        valence = negationCheck(valence, lower, k, i);
        if (k == 2) {
          valence = phraseBoosters(valence, lower, i);
        }
      }
      valence = news.adjust(leastCheck(valence, lower, i));
      valences[i] = valence;
    }
    if (but >= 0) {
      for (int i = 0; i < n; i++) {
        if (i < but) {
          valences[i] *= 0.5;
        } else if (i > but) {
          valences[i] *= 1.5;
        }
      }
    }
    return new Reading(lower, valences, punctuationEmphasis(text));
  }

  /**
   * The valence of the word without a regular inflection, or null: "-s", "-es", "-ies", "-ed",
   * "-ing", "-ly".
   */
  Double backoff(String w) {
    int n = w.length();
    if (n < 5) {
      return null;
    }
    String[] candidates;
    if (w.endsWith("ies")) {
      candidates = new String[] {w.substring(0, n - 3) + "y"};
    } else if (w.endsWith("ing")) {
      candidates = new String[] {w.substring(0, n - 3), w.substring(0, n - 3) + "e"};
    } else if (w.endsWith("ed")) {
      candidates =
          new String[] {w.substring(0, n - 2), w.substring(0, n - 1), w.substring(0, n - 2) + "e"};
    } else if (w.endsWith("ly")) {
      candidates = new String[] {w.substring(0, n - 2)};
    } else if (w.endsWith("es")) {
      candidates = new String[] {w.substring(0, n - 2), w.substring(0, n - 1)};
    } else if (w.endsWith("s") && !w.endsWith("ss")) {
      candidates = new String[] {w.substring(0, n - 1)};
    } else {
      return null;
    }
    for (String c : candidates) {
      Double v = lexicon.valence(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static double boost(String lowerWord, boolean upper, double valence, boolean capDiff) {
    Double b = VaderRules.BOOSTERS.get(lowerWord);
    if (b == null) {
      return 0.0;
    }
    double scalar = valence < 0 ? -b : b;
    if (upper && capDiff) {
      scalar += valence > 0 ? VaderRules.CAPS_INCREMENT : -VaderRules.CAPS_INCREMENT;
    }
    return scalar;
  }

  private double negationCheck(double valence, String[] w, int k, int i) {
    if (k == 0) {
      return news.isNegation(w[i - 1]) ? valence * news.negationScalar(valence) : valence;
    }
    if (k == 1) {
      if (w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
        return valence * 1.25;
      }
      if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
        return valence;
      }
      return news.isNegation(w[i - 2]) ? valence * news.negationScalar(valence) : valence;
    }
    if (w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this"))) {
      return valence * 1.25;
    }
    if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
      return valence;
    }
    return news.isNegation(w[i - 3]) ? valence * news.negationScalar(valence) : valence;
  }

  /** Two- and three-word dampeners such as "sort of" or "kind of" before the word. */
  private static double phraseBoosters(double valence, String[] w, int i) {
    String twoOne = w[i - 2] + " " + w[i - 1];
    String threeTwo = w[i - 3] + " " + w[i - 2];
    String threeTwoOne = w[i - 3] + " " + twoOne;
    for (String gram : new String[] {threeTwoOne, threeTwo, twoOne}) {
      Double b = VaderRules.BOOSTERS.get(gram);
      if (b != null) {
        valence += b;
      }
    }
    return valence;
  }

  private double leastCheck(double valence, String[] w, int i) {
    if (i > 1 && w[i - 1].equals("least") && !lexicon.contains("least")) {
      if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
        return valence * VaderRules.NEGATION_SCALAR;
      }
    } else if (i > 0 && w[i - 1].equals("least") && !lexicon.contains("least")) {
      return valence * VaderRules.NEGATION_SCALAR;
    }
    return valence;
  }

  /**
   * Sets the valence of special phrases and idioms on their last word and masks their other words;
   * news terms ({@link NewsAdjustments#phraseValence}, up to four words) are matched the same way.
   */
  private void markIdioms(String[] w, WordFacts[] known, double[] valences, boolean[] idiom) {
    for (int i = 1; i < w.length; i++) {
      if (!known[i].phraseEnd()) {
        continue;
      }
      String two = w[i - 1] + " " + w[i];
      String three = i > 1 ? w[i - 2] + " " + two : null;
      String four = i > 2 ? w[i - 3] + " " + three : null;
      Double v = null;
      int len = 0;
      for (int k = 4; k >= 2 && v == null; k--) {
        String phrase = k == 4 ? four : k == 3 ? three : two;
        if (phrase == null) {
          continue;
        }
        v = news.phraseValence(phrase);
        if (v == null) {
          v = VaderRules.SPECIAL_CASES.get(phrase);
        }
        len = k;
      }
      if (v != null) {
        for (int j = i - len + 1; j <= i; j++) {
          idiom[j] = true;
          valences[j] = 0.0;
        }
        valences[i] = v;
      }
    }
  }

  /**
   * A capitalised word inside a sentence ("Justice Department", "United Nations", "Human Rights
   * Watch"): part of a name, not an evaluation. The first word of a sentence counts only when the
   * next word is capitalised too.
   */
  static boolean isNamePart(String[] words, int i) {
    String w = words[i];
    if (!isTitleCase(w)) {
      return false;
    }
    if (i > 0) {
      return true;
    }
    return words.length > 1 && isTitleCase(words[1]);
  }

  private static boolean isTitleCase(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Python's {@code str.isupper()}: some cased letter, and no lower-case letter. */
  static boolean isUpper(String w) {
    boolean cased = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        cased = true;
      }
    }
    return cased;
  }

  static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double amplifier = Math.min(exclamations, 4) * 0.292;
    if (questions > 1) {
      amplifier += questions <= 3 ? questions * 0.18 : 0.96;
    }
    return amplifier;
  }

  /** VADER's tokens (see {@link #spans}). */
  static List<String> tokens(String text) {
    int[] spans = new int[text.length() + 1];
    int n = spans(text, spans, new java.util.BitSet());
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(text.substring(spans[2 * k], spans[2 * k + 1]));
    }
    return out;
  }

  /**
   * VADER's tokens: whitespace-separated, with leading and trailing punctuation stripped unless
   * fewer than three characters would remain (so emoticons such as ":)" survive). Writes token k's
   * characters as {@code [spans[2k], spans[2k + 1])} ({@code spans} holds at least {@code
   * text.length() + 1} values) and returns the number of tokens. Marks in {@code clauseEnd} the
   * tokens followed by clause punctuation (, ; : . ! ?), which the stripping hides.
   */
  static int spans(String text, int[] spans, java.util.BitSet clauseEnd) {
    int n = text.length();
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        int a = start;
        int b = i;
        while (a < b && isPunctuation(text.charAt(a))) {
          a++;
        }
        while (b > a && isPunctuation(text.charAt(b - 1))) {
          b--;
        }
        for (int k = b; k < i; k++) {
          char c = text.charAt(k);
          if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
            clauseEnd.set(count);
          }
        }
        boolean whole = b - a <= 2;
        spans[2 * count] = whole ? start : a;
        spans[2 * count + 1] = whole ? i : b;
        count++;
      }
    }
    return count;
  }

  /** Python's {@code string.punctuation} plus typographic quotes and dashes. */
  private static boolean isPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~')
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '—'
        || c == '–'
        || c == '…';
  }

  public NewsAdjustments adjustments() {
    return news;
  }
}
