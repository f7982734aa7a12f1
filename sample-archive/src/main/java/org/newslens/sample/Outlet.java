package org.newslens.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A fictional outlet.
 *
 * @param index position in the roster
 * @param name the name its pages carry ({@code og:site_name}, JSON-LD publisher, page title suffix)
 * @param slug folder name for its files
 * @param domain host of its URLs, without {@code www.}
 * @param style where its pages put metadata
 * @param weight relative number of articles it publishes
 * @param topicWeights its editorial focus: relative share of each topic in {@link
 *     Vocabulary#TOPICS} order
 */
public record Outlet(
    int index,
    String name,
    String slug,
    String domain,
    HouseStyle style,
    double weight,
    double[] topicWeights) {

  /** The roster for {@code count} outlets, drawn from {@code rng}. */
  public static List<Outlet> roster(int count, SplittableRandom rng) {
    List<Outlet> out = new ArrayList<>();
    HouseStyle[] styles = HouseStyle.values();
    for (int i = 0; i < count; i++) {
      String base = Vocabulary.OUTLET_NAMES.get(i % Vocabulary.OUTLET_NAMES.size());
      int edition = i / Vocabulary.OUTLET_NAMES.size();
      String name =
          edition == 0
              ? base
              : base
                  + " "
                  + Vocabulary.PLACES.get(edition % Vocabulary.PLACES.size())
                  + (edition >= Vocabulary.PLACES.size() ? " " + edition : "");
      String slug =
          name.toLowerCase(Locale.ROOT)
              .replaceFirst("^the ", "")
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("(^-|-$)", "");
      String domain =
          slug.replace("-", "") + (i % 3 == 0 ? ".co.uk" : i % 3 == 1 ? ".com" : ".news");
      double[] focus = new double[Vocabulary.TOPICS.size()];
      for (int t = 0; t < focus.length; t++) {
        focus[t] = 0.6 + 0.8 * rng.nextDouble();
      }
      out.add(
          new Outlet(
              i,
              name,
              slug,
              domain,
              styles[i % styles.length],
              0.6 + 0.8 * rng.nextDouble(),
              focus));
    }
    return out;
  }

  public String homeUrl() {
    return "https://www." + domain + "/";
  }
}
