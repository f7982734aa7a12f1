package org.newslens.analysis.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The constants and word lists of VADER's published rules (Hutto and Gilbert, ICWSM 2014;
 * cjhutto/vaderSentiment, MIT licence): booster and dampener increments, the negation list, the
 * capitals increment, special-case phrases and idioms.
 */
final class VaderRules {
  static final double BOOSTER_INCREMENT = 0.293;
  static final double DAMPENER_INCREMENT = -0.293;
  static final double CAPS_INCREMENT = 0.733;
  static final double NEGATION_SCALAR = -0.74;

  /** compound = sum / sqrt(sum² + ALPHA), VADER's normalisation. */
  static final double ALPHA = 15.0;

  static final Set<String> NEGATIONS =
      Set.of(
          "aint",
          "arent",
          "cannot",
          "cant",
          "couldnt",
          "darent",
          "didnt",
          "doesnt",
          "ain't",
          "aren't",
          "can't",
          "couldn't",
          "daren't",
          "didn't",
          "doesn't",
          "dont",
          "hadnt",
          "hasnt",
          "havent",
          "isnt",
          "mightnt",
          "mustnt",
          "neither",
          "don't",
          "hadn't",
          "hasn't",
          "haven't",
          "isn't",
          "mightn't",
          "mustn't",
          "neednt",
          "needn't",
          "never",
          "none",
          "nope",
          "nor",
          "not",
          "nothing",
          "nowhere",
          "oughtnt",
          "shant",
          "shouldnt",
          "uhuh",
          "wasnt",
          "werent",
          "oughtn't",
          "shan't",
          "shouldn't",
          "uh-uh",
          "wasn't",
          "weren't",
          "without",
          "wont",
          "wouldnt",
          "won't",
          "wouldn't",
          "rarely",
          "seldom",
          "despite");

  static final Map<String, Double> BOOSTERS = new HashMap<>();

  static {
    for (String w :
        new String[] {
          "absolutely",
          "amazingly",
          "awfully",
          "completely",
          "considerable",
          "considerably",
          "decidedly",
          "deeply",
          "effing",
          "enormous",
          "enormously",
          "entirely",
          "especially",
          "exceptional",
          "exceptionally",
          "extreme",
          "extremely",
          "fabulously",
          "flipping",
          "flippin",
          "frackin",
          "fracking",
          "fricking",
          "frickin",
          "frigging",
          "friggin",
          "fully",
          "fuckin",
          "fucking",
          "fuggin",
          "fugging",
          "greatly",
          "hella",
          "highly",
          "hugely",
          "incredible",
          "incredibly",
          "intensely",
          "major",
          "majorly",
          "more",
          "most",
          "particularly",
          "purely",
          "quite",
          "really",
          "remarkably",
          "so",
          "substantially",
          "thoroughly",
          "total",
          "totally",
          "tremendous",
          "tremendously",
          "uber",
          "unbelievably",
          "unusually",
          "utter",
          "utterly",
          "very"
        }) {
      BOOSTERS.put(w, BOOSTER_INCREMENT);
    }
    for (String w :
        new String[] {
          "almost",
          "barely",
          "hardly",
          "just enough",
          "kind of",
          "kinda",
          "kindof",
          "kind-of",
          "less",
          "little",
          "marginal",
          "marginally",
          "occasional",
          "occasionally",
          "partly",
          "scarce",
          "scarcely",
          "slight",
          "slightly",
          "somewhat",
          "sort of",
          "sorta",
          "sortof",
          "sort-of"
        }) {
      BOOSTERS.put(w, DAMPENER_INCREMENT);
    }
  }

  /**
   * Phrases whose valence replaces the word's (VADER's special cases plus its sentiment-laden
   * idioms).
   */
  static final Map<String, Double> SPECIAL_CASES =
      Map.ofEntries(
          Map.entry("the shit", 3.0),
          Map.entry("the bomb", 3.0),
          Map.entry("bad ass", 1.5),
          Map.entry("badass", 1.5),
          Map.entry("bus stop", 0.0),
          Map.entry("yeah right", -2.0),
          Map.entry("kiss of death", -1.5),
          Map.entry("to die for", 3.0),
          Map.entry("beating heart", 3.1),
          Map.entry("broken heart", -2.9),
          Map.entry("cut the mustard", 2.0),
          Map.entry("hand to mouth", -2.0),
          Map.entry("back handed", -2.0),
          Map.entry("blow smoke", -2.0),
          Map.entry("blowing smoke", -2.0),
          Map.entry("upper hand", 1.0),
          Map.entry("break a leg", 2.0),
          Map.entry("cooking with gas", 2.0),
          Map.entry("in the black", 2.0),
          Map.entry("in the red", -2.0),
          Map.entry("on the ball", 2.0),
          Map.entry("under the weather", -2.0));

  /** Last words of the special phrases, so that phrases are only assembled where one can end. */
  static final Set<String> PHRASE_ENDS = lastWords(SPECIAL_CASES.keySet());

  static Set<String> lastWords(Set<String> phrases) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : phrases) {
      out.add(p.substring(p.lastIndexOf(' ') + 1));
    }
    return Set.copyOf(out);
  }

  private VaderRules() {}
}
