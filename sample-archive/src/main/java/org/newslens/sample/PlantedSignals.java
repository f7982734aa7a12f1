package org.newslens.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.newslens.sample.TextComposer.Polarity;

/**
 * The trends planted in an archive, chosen from the seed before any article is written.
 *
 * @param surgeOutlet the outlet whose share of {@code surgeTopic} triples ({@link #SURGE_FACTOR})
 * @param surgeTopic the topic that surges
 * @param surgeStart first day of the surge
 * @param surgeDays length of the surge in days (14, or the archive's length if shorter)
 * @param driftOutlet the outlet that turns negative on {@code driftTopic}
 * @param driftTopic the topic it turns negative on: the one it covers most, the surge topic aside
 * @param driftStart first day of the negative coverage
 * @param driftNegative the share of negative articles on that topic at that outlet from {@code
 *     driftStart}
 * @param wireRate chance that a story slot is a wire story carried by several outlets
 * @param duplicateRate chance that a page or record is saved a second time
 * @param undatedRate chance that an article carries no date at all
 */
public record PlantedSignals(
    Outlet surgeOutlet,
    Topic surgeTopic,
    LocalDate surgeStart,
    int surgeDays,
    Outlet driftOutlet,
    Topic driftTopic,
    LocalDate driftStart,
    double driftNegative,
    double wireRate,
    double duplicateRate,
    double undatedRate) {

  /** Baseline sentiment mix: positive, negative, neutral. */
  static final double[] BASELINE = {0.3, 0.3, 0.4};

  /**
   * Sentiment mix of the drifting outlet's coverage of the drift topic after the drift starts:
   * nearly all negative.
   */
  static final double[] DRIFTED = {0.02, 0.93, 0.05};

  /**
   * How many times the surge topic's share at the surge outlet is multiplied inside the window.
   * Tripled rather than doubled, so that a 2,000-article demo archive (about 20 articles an outlet
   * a week) shows it in weekly shares.
   */
  public static final double SURGE_FACTOR = 3;

  public static PlantedSignals choose(
      List<Outlet> outlets, LocalDate start, int days, SplittableRandom rng) {
    int topics = Vocabulary.TOPICS.size();
    Outlet surgeOutlet = outlets.get(rng.nextInt(outlets.size()));
    Topic surgeTopic = Vocabulary.TOPICS.get(rng.nextInt(topics));
    int surgeDays = Math.min(14, days);
    int surgeFrom =
        days <= surgeDays ? 0 : days / 3 + rng.nextInt(Math.max(1, days / 2 - days / 3));
    surgeFrom = Math.min(surgeFrom, days - surgeDays);
    Outlet driftOutlet =
        outlets.size() == 1
            ? surgeOutlet
            : outlets.get(
                (surgeOutlet.index() + 1 + rng.nextInt(outlets.size() - 1)) % outlets.size());
    Topic driftTopic = mostCovered(driftOutlet, surgeTopic);
    int driftFrom = days / 2 + rng.nextInt(Math.max(1, days / 6));
    return new PlantedSignals(
        surgeOutlet,
        surgeTopic,
        start.plusDays(surgeFrom),
        surgeDays,
        driftOutlet,
        driftTopic,
        start.plusDays(driftFrom),
        DRIFTED[1],
        0.02,
        0.015,
        0.015);
  }

  /**
   * The topic {@code outlet} weights most, other than {@code except}: the drift then touches the
   * most articles.
   */
  private static Topic mostCovered(Outlet outlet, Topic except) {
    double[] w = outlet.topicWeights();
    int best = -1;
    for (int t = 0; t < w.length; t++) {
      if (Vocabulary.TOPICS.get(t) != except && (best < 0 || w[t] > w[best])) {
        best = t;
      }
    }
    return Vocabulary.TOPICS.get(best);
  }

  public LocalDate surgeEnd() {
    return surgeStart.plusDays(surgeDays - 1);
  }

  public boolean inSurge(Outlet outlet, LocalDate day) {
    return outlet.index() == surgeOutlet.index()
        && !day.isBefore(surgeStart)
        && !day.isAfter(surgeEnd());
  }

  public boolean inDrift(Outlet outlet, Topic topic, LocalDate day) {
    return outlet.index() == driftOutlet.index()
        && topic == driftTopic
        && !day.isBefore(driftStart);
  }

  /** The outlet's baseline share of the surge topic. */
  public double baselineShare() {
    double[] w = surgeOutlet.topicWeights();
    double total = 0;
    for (double x : w) {
      total += x;
    }
    return w[Vocabulary.TOPICS.indexOf(surgeTopic)] / total;
  }

  /**
   * Topic weights for an article of {@code outlet} on {@code day}: the outlet's focus, with the
   * surge topic's share multiplied by m = {@link #SURGE_FACTOR} inside the surge window. With share
   * p = w/S, the weight factor k = m(S - w)/(S - mw) gives kw/(kw + S - w) = mp (outlet weights
   * keep p below 1/m).
   */
  public double[] topicWeights(Outlet outlet, LocalDate day) {
    double[] w = outlet.topicWeights().clone();
    if (inSurge(outlet, day)) {
      int t = Vocabulary.TOPICS.indexOf(surgeTopic);
      double total = 0;
      for (double x : w) {
        total += x;
      }
      w[t] *= SURGE_FACTOR * (total - w[t]) / (total - SURGE_FACTOR * w[t]);
    }
    return w;
  }

  public Polarity polarity(Outlet outlet, Topic topic, LocalDate day, SplittableRandom rng) {
    double[] mix = inDrift(outlet, topic, day) ? DRIFTED : BASELINE;
    double r = rng.nextDouble();
    return r < mix[0]
        ? Polarity.POSITIVE
        : r < mix[0] + mix[1] ? Polarity.NEGATIVE : Polarity.NEUTRAL;
  }
}
