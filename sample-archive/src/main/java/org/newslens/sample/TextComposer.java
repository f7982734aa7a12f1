package org.newslens.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes news text from sentence templates. A template's slots ({@code {P}} a person, {@code {R}} a
 * role, {@code {G}} a group, {@code {J}} a project, {@code {I}} an institution, {@code {t}} one or
 * two topic terms, {@code {L}} a place, {@code {D}} a weekday, {@code {M}} a month, {@code {N}} a
 * count of people, {@code {PCT}} a percentage, {@code {SMALL}} a number of months, {@code
 * {GOOD}}/{@code {BAD}} a topic outcome, and {@code {H}} a headline noun) are filled from the
 * topic's vocabulary; the polarity lives in the template wording, which uses words a sentiment
 * lexicon scores the intended way, while neutral templates avoid scored words.
 */
public final class TextComposer {
  /** Intended sentiment of an article. */
  public enum Polarity {
    POSITIVE,
    NEGATIVE,
    NEUTRAL;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Who and where an article is about: the headline and lede name them, and later sentences return
   * to them, as reporting does.
   */
  public record Cast(String place, String noun, String group, String person, String role) {
    public static Cast draw(SplittableRandom rng, Topic topic) {
      return new Cast(
          pick(rng, Vocabulary.PLACES),
          pick(rng, topic.headlineNouns()),
          pick(rng, topic.groups()),
          TextComposer.person(rng),
          pick(rng, topic.roles()));
    }
  }

  private static final List<String> POSITIVE_LEDES =
      List.of(
          "{G} in {L} have welcomed the latest news on {H}, saying {GOOD}.",
          "There was relief in {L} on {D} as {P}, {R}, said {GOOD} and praised the work on {H}.",
          "{H} in {L} is improving, {R} has said, with {G} welcoming signs that {GOOD}.",
          "Hopes are growing in {L} after {P} said progress on {H} had been better than expected.");
  private static final List<String> NEGATIVE_LEDES =
      List.of(
          "There was anger in {L} on {D} over {H}, as {G} warned that {BAD}.",
          "{G} in {L} have condemned the handling of {H}, saying {BAD}.",
          "{H} in {L} is in crisis, {R} has warned, after figures showed {BAD}.",
          "Fears are growing in {L} after {P} admitted the problems with {H} were worse than feared.");
  private static final List<String> NEUTRAL_LEDES =
      List.of(
          "Councillors in {L} will consider {H} next month, {R} has said.",
          "{P}, {R}, has set out a timetable for decisions on {H} in {L}.",
          "{G} in {L} are being asked for their views on {H} before a decision in {M}.",
          "New figures on {H} in {L} will be published on {D}, {R} has confirmed.");

  private static final List<String> POSITIVE =
      List.of(
          "{P}, {R}, said the {J} had been a clear success and praised {G} for their work on {t}.",
          "{G} welcomed the figures, saying {t} in {L} had improved for the third month in a row.",
          "The {I} said the results were encouraging and that {GOOD}.",
          "“This is great news for {L},” said {P}. “We are confident that {t} and {t} will keep getting better.”",
          "Officials in {L} celebrated the progress, which they said would benefit families who rely on {t}.",
          "{P} said the changes would help {G} and described the outlook for {t} as excellent.",
          "Local groups praised the decision and said {GOOD}.",
          "The {J} has won backing from {G}, who said it offered real hope on {t}.",
          "Analysts were optimistic, noting that {t} had improved faster than expected.",
          "{P} said the news was a welcome relief for {G} and a boost for {t} across {L}.",
          "“We are thrilled with the progress on {t},” {R} said, adding that {GOOD}.",
          "Supporters of the {J} said it was the best result for {t} in {L} for a decade.",
          "The report praised {G} in {L}, saying their efforts on {t} had been a great success.",
          "{P} said {G} were proud of the results and confident the gains on {t} would last.",
          "{G} said the improvement in {t} was a real win for {L}.");

  private static final List<String> NEGATIVE =
      List.of(
          "{P}, {R}, warned that the {J} had failed and criticised ministers over their handling of {t}.",
          "{G} said the situation was a crisis, with {t} in {L} getting worse for the third month in a row.",
          "The {I} said the figures were disappointing and that {BAD}.",
          "“This is terrible news for {L},” said {P}. “People are angry and worried about {t} and {t}.”",
          "Residents in {L} protested against the decision, which they fear will hurt families who rely on {t}.",
          "{P} said the cuts would damage {t} and described the outlook as bleak.",
          "Critics condemned the decision and said {BAD}.",
          "The {J} has faced fierce criticism from {G}, who called it a threat to {t}.",
          "Analysts were pessimistic, warning that losses in {t} had been worse than feared.",
          "{R} admitted the problems with {t} were serious and apologised for the failures.",
          "“It is a disgrace that {t} has been allowed to collapse like this,” {R} said, adding that {BAD}.",
          "Opponents of the {J} said it was the worst result for {t} in {L} for a decade.",
          "The report blamed poor management in {L}, saying the failures on {t} had caused real harm.",
          "{P} said {G} were furious and feared the damage to {t} would last for years.",
          "{G} said the decline in {t} was a bitter blow for {L}.");

  private static final List<String> NEUTRAL =
      List.of(
          "{P}, {R}, said the {J} would be reviewed by the {I} later this year.",
          "The {I} published its latest figures on {t} on {D}.",
          "{G} are expected to meet on {D} to discuss {t} and {t}.",
          "The {J} covers {t} in {L} and several nearby districts.",
          "According to the {I}, {N} people in {L} were included in the latest survey of {t}.",
          "{P} told reporters that a decision on {t} would be made after the consultation closes.",
          "The plan was first announced in {M}, when {R} set out proposals on {t}.",
          "Figures from the {I} show that {t} accounted for {PCT} per cent of the total in {L}.",
          "{R} is due to give evidence to a committee on {t} next week.",
          "The {I} said it would publish a full report on {t} in the spring.",
          "{P} said: “We will look at the detail of the {J} and respond in due course.”",
          "A spokesperson for the {I} said the figures on {t} were in line with forecasts.",
          "The {J} was debated by councillors in {L} on {D} evening.",
          "{G} in {L} have been asked to submit evidence on {t} by the end of {M}.",
          "The latest data on {t} covers the three months to {M}.",
          "{P} said the {J} would be phased in over {SMALL} months, starting in {L}.",
          "Under the proposals, {t} in {L} would be managed by the {I} rather than by {G}.",
          "{R} is expected to set out more detail on {t} when parliament returns.",
          "The {I} has been asked by {R} to examine the case for changes to {t}.",
          "A consultation on {t} and {t} runs until the end of {M}.");

  private static final List<String> POSITIVE_HEADLINES =
      List.of(
          "{H} wins praise in {L}",
          "{L} celebrates {H} success",
          "Hope for {L} as {H} improves",
          "{G} in {L} welcome {H} boost",
          "{H} boost for {L} families",
          "Record success for {H} in {L}",
          "Praise for {L} after {H} progress",
          "{H} delivers welcome gains for {L}");
  private static final List<String> NEGATIVE_HEADLINES =
      List.of(
          "{H} crisis deepens in {L}",
          "Anger in {L} over {H}",
          "{H} failure leaves {G} in {L} furious",
          "Fears grow over {H} in {L}",
          "{H} in {L} hit by fresh problems",
          "{G} in {L} condemn {H} chaos",
          "{L} warned of {H} collapse",
          "Damning report on {H} in {L}");
  private static final List<String> NEUTRAL_HEADLINES =
      List.of(
          "{H} in {L} to be reviewed next month",
          "What the {H} plans mean for {L}",
          "{L} council to discuss {H}",
          "New figures on {H} in {L} published",
          "{H} in {L}: what happens next",
          "Consultation opens on {H} in {L}",
          "{R} sets out {H} timetable for {L}",
          "{L} {H} decision due in {M}");

  private static final List<String> CROSS_HEADS =
      List.of(
          "What happens next",
          "The background",
          "A long road",
          "Questions remain",
          "The view from {L}",
          "Looking ahead",
          "Local reaction",
          "The numbers");

  private TextComposer() {}

  /** A headline: 3-10 words, no terminal punctuation. */
  public static String headline(SplittableRandom rng, Topic topic, Polarity polarity) {
    return headline(rng, topic, polarity, null);
  }

  /** A headline naming the article's cast: always its place, with its subject, group or role. */
  public static String headline(SplittableRandom rng, Topic topic, Polarity polarity, Cast cast) {
    List<String> pool =
        switch (polarity) {
          case POSITIVE -> POSITIVE_HEADLINES;
          case NEGATIVE -> NEGATIVE_HEADLINES;
          case NEUTRAL -> NEUTRAL_HEADLINES;
        };
    return capitalise(fill(pick(rng, pool), rng, topic, topic, cast, 100));
  }

  /** A standfirst: one neutral sentence summarising the story. */
  public static String standfirst(SplittableRandom rng, Topic topic, Polarity polarity, Cast cast) {
    return capitalise(fill(pick(rng, pool(polarity)), rng, topic, topic, cast, 60));
  }

  /**
   * The paragraphs of one article: a lede in the intended polarity, then 5-11 paragraphs of 1-3
   * sentences, about {@code share} of them in the intended polarity and the rest neutral; a quarter
   * of sentences draw their terms from {@code second} when it differs from {@code topic}.
   * Cross-heads (short lines) are inserted when {@code crossHeads}.
   */
  public static List<String> paragraphs(
      SplittableRandom rng,
      Topic topic,
      Topic second,
      Polarity polarity,
      boolean crossHeads,
      Cast cast) {
    List<String> out = new ArrayList<>();
    List<String> ledes =
        switch (polarity) {
          case POSITIVE -> POSITIVE_LEDES;
          case NEGATIVE -> NEGATIVE_LEDES;
          case NEUTRAL -> NEUTRAL_LEDES;
        };
    out.add(
        capitalise(fill(pick(rng, ledes), rng, topic, topic, cast, 100))
            + " "
            + capitalise(fill(pick(rng, NEUTRAL), rng, topic, topic, cast, 50)));
    int count = 5 + rng.nextInt(7);
    int crossAt = crossHeads ? 3 + rng.nextInt(Math.max(1, count - 3)) : -1;
    for (int p = 0; p < count; p++) {
      if (p == crossAt) {
        out.add(capitalise(fill(pick(rng, CROSS_HEADS), rng, topic, topic, cast, 50)));
      }
      int sentences = 1 + rng.nextInt(3);
      StringBuilder para = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        Topic t = second != topic && rng.nextInt(4) == 0 ? second : topic;
        Polarity pol =
            polarity != Polarity.NEUTRAL && rng.nextInt(100) < 55 ? polarity : Polarity.NEUTRAL;
        if (para.length() > 0) {
          para.append(' ');
        }
        para.append(capitalise(fill(pick(rng, pool(pol)), rng, topic, t, cast, 35)));
      }
      out.add(para.toString());
    }
    return out;
  }

  /**
   * One sentence in the given polarity; roles and people come from {@code topic}, terms from {@code
   * terms}.
   */
  public static String sentence(SplittableRandom rng, Topic topic, Topic terms, Polarity polarity) {
    return capitalise(fill(pick(rng, pool(polarity)), rng, topic, terms));
  }

  private static List<String> pool(Polarity polarity) {
    return switch (polarity) {
      case POSITIVE -> POSITIVE;
      case NEGATIVE -> NEGATIVE;
      case NEUTRAL -> NEUTRAL;
    };
  }

  /** A short unrelated story title, as in related-story lists and teasers. */
  public static String otherHeadline(SplittableRandom rng) {
    Topic topic = pick(rng, Vocabulary.TOPICS);
    return headline(rng, topic, Polarity.values()[rng.nextInt(3)]);
  }

  /** A photo caption describing a scene of the topic, without the credit. */
  public static String caption(SplittableRandom rng, Topic topic) {
    return switch (rng.nextInt(4)) {
      case 0 -> capitalise(fill("{P}, {R}, speaking in {L} on {D}", rng, topic, topic));
      case 1 -> capitalise(fill("{G} gather outside the {I} offices in {L}", rng, topic, topic));
      case 2 ->
          capitalise(fill("A view of {L}, where the {J} has been debated", rng, topic, topic));
      default -> capitalise(fill("{P} visits {G} in {L} earlier this month", rng, topic, topic));
    };
  }

  /** A reader comment under a story. */
  public static String comment(SplittableRandom rng, Topic topic) {
    return switch (rng.nextInt(4)) {
      case 0 ->
          fill(
              "Another announcement about {t} and nothing changes here in {L}.", rng, topic, topic);
      case 1 ->
          fill(
              "I have lived in {L} for thirty years and I have never seen {t} like this.",
              rng,
              topic,
              topic);
      case 2 -> fill("Does anyone know when the {J} actually starts?", rng, topic, topic);
      default ->
          fill("Good piece, but what about {t}? Nobody ever asks about that.", rng, topic, topic);
    };
  }

  public static String person(SplittableRandom rng) {
    return pick(rng, Vocabulary.FIRST_NAMES) + " " + pick(rng, Vocabulary.SURNAMES);
  }

  static String fill(String template, SplittableRandom rng, Topic topic, Topic terms) {
    return fill(template, rng, topic, terms, null, 0);
  }

  /**
   * Fills slots; place, subject, group, person and role come from {@code cast} with {@code
   * castPercent} chance.
   */
  static String fill(
      String template, SplittableRandom rng, Topic topic, Topic terms, Cast cast, int castPercent) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String slot = template.substring(i + 1, close);
      out.append(
          switch (slot) {
            case "P" -> fromCast(rng, cast, castPercent) ? cast.person() : person(rng);
            case "R" -> fromCast(rng, cast, castPercent) ? cast.role() : pick(rng, topic.roles());
            case "G" -> fromCast(rng, cast, castPercent) ? cast.group() : pick(rng, topic.groups());
            case "J" -> pick(rng, topic.projects());
            case "I" -> pick(rng, topic.institutions());
            case "t" -> terms(rng, terms);
            case "L" ->
                fromCast(rng, cast, castPercent) ? cast.place() : pick(rng, Vocabulary.PLACES);
            case "D" -> pick(rng, Vocabulary.WEEKDAYS);
            case "M" -> pick(rng, Vocabulary.MONTHS);
            case "N" -> String.format(Locale.ROOT, "%,d", 100 + rng.nextInt(49_900));
            case "PCT" ->
                rng.nextBoolean()
                    ? Integer.toString(2 + rng.nextInt(60))
                    : String.format(Locale.ROOT, "%.1f", 1 + rng.nextInt(600) / 10.0);
            case "SMALL" -> Integer.toString(3 + rng.nextInt(22));
            case "GOOD" -> pick(rng, terms.good());
            case "BAD" -> pick(rng, terms.bad());
            case "H" ->
                fromCast(rng, cast, castPercent) ? cast.noun() : pick(rng, topic.headlineNouns());
            default ->
                throw new IllegalArgumentException("unknown slot {" + slot + "} in " + template);
          });
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * A topic-term slot: one term, or half the time two different terms ({@code wages and prices}),
   * so that articles carry many more topic words than polarity words and a topic model finds the
   * topics rather than the tone.
   */
  private static String terms(SplittableRandom rng, Topic topic) {
    String first = pick(rng, topic.terms());
    if (rng.nextBoolean()) {
      return first;
    }
    String second = pick(rng, topic.terms());
    return second.equals(first) ? first : first + " and " + second;
  }

  private static boolean fromCast(SplittableRandom rng, Cast cast, int percent) {
    return cast != null && (percent >= 100 || rng.nextInt(100) < percent);
  }

  static String capitalise(String s) {
    int i = 0;
    while (i < s.length() && !Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i >= s.length()
        ? s
        : s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
  }

  public static <T> T pick(SplittableRandom rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }
}
