package org.newslens.ingest.evaluate.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The furniture lines scraped article text carries, as {@link SplitDumps} puts them into built
 * dumps: a video block (a player notice, a duration, the video's title), a photo caption with its
 * credit, an embed's consent notice, and a teaser for another story.
 */
final class Furniture {
  private static final List<String> PLAYER_NOTICES =
      List.of(
          "Your browser does not support this video player",
          "Please switch to a different browser to play this video",
          "To watch this video please enable JavaScript",
          "This video can not be played in your browser");
  private static final List<String> AGENCIES =
      List.of("PA", "Reuters", "AP", "Getty Images", "AFP");
  private static final List<String> PROVIDERS = List.of("Podwave", "Clipcast", "Soundrail");

  private Furniture() {}

  /** One furniture block placed between two paragraphs of {@code article}. */
  static List<String> block(Random rng, SplitDumps.Source article, String otherTitle) {
    List<String> out = new ArrayList<>();
    switch (rng.nextInt(3)) {
      case 0 -> {
        out.add(PLAYER_NOTICES.get(rng.nextInt(PLAYER_NOTICES.size())));
        out.add(String.format(Locale.ROOT, "%d:%02d", 1 + rng.nextInt(14), rng.nextInt(60)));
        out.add(otherTitle != null ? otherTitle : "Watch the latest report");
      }
      case 1 -> {
        String p = article.paragraphs().get(rng.nextInt(article.paragraphs().size()));
        String[] words = p.replaceAll("[.!?\"“”]+$", "").split(" ");
        int n = Math.min(words.length, 6 + rng.nextInt(6));
        out.add(
            "Image: "
                + String.join(" ", List.of(words).subList(0, n))
                + ". Pic: "
                + AGENCIES.get(rng.nextInt(AGENCIES.size())));
      }
      default -> {
        String provider = PROVIDERS.get(rng.nextInt(PROVIDERS.size()));
        out.add(provider);
        out.add(
            "This content is provided by "
                + provider
                + ", which may be using cookies and other"
                + " technologies.");
        out.add("To show you this content, we need your permission to use cookies.");
        out.add("You can change your settings at any time via the Privacy Options.");
      }
    }
    return out;
  }

  /**
   * A teaser for another story as the last line of a dump: its headline, half the time as a
   * sentence glued to a count, as link texts are scraped.
   */
  static String teaser(Random rng, String title) {
    return rng.nextBoolean() ? title : title.replaceAll("[.!?]$", "") + "." + (1 + rng.nextInt(99));
  }
}
