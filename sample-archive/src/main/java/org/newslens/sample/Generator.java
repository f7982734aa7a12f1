package org.newslens.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.newslens.common.schema.PageType;
import org.newslens.common.schema.SourceFormat;
import org.newslens.sample.TextComposer.Polarity;

/**
 * Generates an archive: chooses outlets and planted signals from the seed, then writes article
 * after article, each drawn from its own split of the seed's random stream, so the archive is a
 * pure function of the options and memory stays flat however many articles are written.
 */
public final class Generator {
  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(-5)
  };

  private final GenerateOptions opts;
  private final List<Outlet> outlets;
  private final PlantedSignals signals;
  private final SplittableRandom rng;
  private final double outletTotal;
  // Realised counts of the planted signals, for planted.json.
  private long surgeWindowArticles;
  private long surgeWindowTopic;
  private long surgeOutsideArticles;
  private long surgeOutsideTopic;
  private final long[] driftBefore = new long[3];
  private final long[] driftAfter = new long[3];
  private long wireGroups;
  private long wireArticles;
  private long undated;

  public Generator(GenerateOptions opts) {
    this.opts = opts;
    this.rng = new SplittableRandom(opts.seed());
    this.outlets = Outlet.roster(opts.outlets(), rng.split());
    this.signals = PlantedSignals.choose(outlets, opts.start(), opts.days(), rng.split());
    double total = 0;
    for (Outlet o : outlets) {
      total += o.weight();
    }
    this.outletTotal = total;
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  public PlantedSignals signals() {
    return signals;
  }

  /**
   * Writes the archive into {@code opts.output()}; returns the contents of {@code planted.json}.
   */
  public Map<String, Object> run() throws IOException {
    Path root = opts.output();
    Map<String, Long> counts;
    List<Map<String, Object>> bad;
    List<Map<String, Object>> listings;
    try (ArchiveWriter out = new ArchiveWriter(root, opts.pageBytes())) {
      SplittableRandom badRng = rng.split();
      Outlet first = outlets.get(0);
      out.writeStandaloneBadRecords(
          first,
          article(
              -1,
              first,
              opts.start(),
              Vocabulary.TOPICS.get(0),
              Vocabulary.TOPICS.get(0),
              Polarity.NEUTRAL,
              false,
              null,
              badRng));
      out.writeUnreadable(first);
      // the listing pages' stories come from the bad records' own stream, so the articles stay
      // the same for a seed
      for (Outlet o : outlets) {
        SplittableRandom pageRng = badRng.split();
        Topic topic = Vocabulary.TOPICS.get(o.index() % Vocabulary.TOPICS.size());
        List<GeneratedArticle> stories = new ArrayList<>();
        for (int i = 0; i < LISTED_STORIES; i++) {
          stories.add(
              article(
                  -1,
                  o,
                  opts.start().plusDays(i % opts.days()),
                  topic,
                  topic,
                  Polarity.NEUTRAL,
                  false,
                  null,
                  pageRng));
        }
        out.writeListingPages(o, stories);
      }
      int written = 0;
      while (written < opts.articles()) {
        SplittableRandom r = rng.split();
        int left = opts.articles() - written;
        if (outlets.size() >= 2 && left >= 2 && r.nextDouble() < signals.wireRate()) {
          written +=
              wireStory(
                  out, written, Math.min(left, 2 + r.nextInt(Math.min(3, outlets.size() - 1))), r);
        } else {
          Outlet o = pickOutlet(r);
          LocalDate day = opts.start().plusDays(r.nextInt(opts.days()));
          Topic topic = Vocabulary.TOPICS.get(pickWeighted(signals.topicWeights(o, day), r));
          Topic second =
              r.nextInt(100) < 35
                  ? Vocabulary.TOPICS.get(r.nextInt(Vocabulary.TOPICS.size()))
                  : topic;
          Polarity pol = signals.polarity(o, topic, day, r);
          boolean isUndated = r.nextDouble() < signals.undatedRate();
          GeneratedArticle a = article(written, o, day, topic, second, pol, isUndated, null, r);
          SourceFormat format = pickFormat(r, opts.formats());
          out.write(a, format, r.nextDouble() < signals.duplicateRate(), r);
          tally(a);
          written++;
        }
      }
      counts = out.counts();
      bad = out.badRecords();
      listings = out.listingPages();
    }
    // read after close:
    // the writer adds the last text dumps and the planted invalid JSON line on close
    Map<String, Object> planted = planted(counts, bad, listings);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(root.resolve("planted.json").toFile(), planted);
    return planted;
  }

  /**
   * One wire story carried by {@code copies} outlets on the same day, each trimmed from the bottom
   * differently.
   */
  private int wireStory(ArchiveWriter out, int number, int copies, SplittableRandom r)
      throws IOException {
    String group = String.format("wire-%07d", number);
    LocalDate day = opts.start().plusDays(r.nextInt(opts.days()));
    Topic topic;
    do {
      topic = Vocabulary.TOPICS.get(r.nextInt(Vocabulary.TOPICS.size()));
    } while (topic == signals.surgeTopic() || topic == signals.driftTopic());
    Polarity pol = signals.polarity(outlets.get(0), topic, day, r);
    TextComposer.Cast cast = TextComposer.Cast.draw(r, topic);
    String title = TextComposer.headline(r, topic, pol, cast);
    String standfirst = TextComposer.standfirst(r, topic, pol, cast);
    List<String> paragraphs =
        new ArrayList<>(TextComposer.paragraphs(r, topic, topic, pol, false, cast));
    while (paragraphs.size() < copies + 4) {
      paragraphs.add(TextComposer.sentence(r, topic, topic, Polarity.NEUTRAL));
    }
    int firstOutlet = r.nextInt(outlets.size());
    for (int j = 0; j < copies; j++) {
      Outlet o = outlets.get((firstOutlet + j) % outlets.size());
      OffsetDateTime at = publishedAt(o, day, r);
      String id = String.format("a%07d", number + j);
      GeneratedArticle a =
          new GeneratedArticle(
              id,
              o,
              topic,
              topic,
              pol,
              day,
              at,
              title,
              standfirst,
              List.copyOf(paragraphs.subList(0, paragraphs.size() - j)),
              Vocabulary.WIRE_AGENCY + " reporters",
              url(o, id, title, day, false, topic),
              group,
              List.of("syndication"),
              r.nextLong());
      out.write(a, pickFormat(r, opts.formats()), false, r);
      tally(a);
    }
    wireGroups++;
    wireArticles += copies;
    return copies;
  }

  private GeneratedArticle article(
      int number,
      Outlet o,
      LocalDate day,
      Topic topic,
      Topic second,
      Polarity pol,
      boolean isUndated,
      String group,
      SplittableRandom r) {
    String id = number < 0 ? "a-bad" : String.format("a%07d", number);
    TextComposer.Cast cast = TextComposer.Cast.draw(r, topic);
    String title = TextComposer.headline(r, topic, pol, cast);
    String standfirst = TextComposer.standfirst(r, topic, pol, cast);
    boolean crossHeads =
        o.style() == HouseStyle.TIME_ELEMENT ? r.nextInt(3) > 0 : r.nextInt(6) == 0;
    List<String> paragraphs = TextComposer.paragraphs(r, topic, second, pol, crossHeads, cast);
    List<String> planted = new ArrayList<>(2);
    if (signals.inSurge(o, day) && topic == signals.surgeTopic()) {
      planted.add("topic_surge");
    }
    if (signals.inDrift(o, topic, day)) {
      planted.add("sentiment_drift");
    }
    if (isUndated) {
      planted.add("undated");
    }
    return new GeneratedArticle(
        id,
        o,
        topic,
        second,
        pol,
        day,
        isUndated ? null : publishedAt(o, day, r),
        title,
        standfirst,
        paragraphs,
        TextComposer.person(r),
        url(o, id, title, day, isUndated, topic),
        group,
        planted,
        r.nextLong());
  }

  /** Local time 06:00-18:59 at the outlet's offset, so the UTC date is the local date. */
  private static OffsetDateTime publishedAt(Outlet o, LocalDate day, SplittableRandom r) {
    return day.atTime(6 + r.nextInt(13), r.nextInt(60))
        .atOffset(OFFSETS[o.index() % OFFSETS.length]);
  }

  private static String url(
      Outlet o, String id, String title, LocalDate day, boolean isUndated, Topic topic) {
    String slug = HtmlRenderer.slug(title);
    String digits = id.substring(1);
    if (o.style() == HouseStyle.URL_DATE && !isUndated) {
      return String.format(
          "https://www.%s/news/%04d/%02d/%02d/%s-%s",
          o.domain(), day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug, digits);
    }
    return "https://www." + o.domain() + "/" + topic.section() + "/" + slug + "-" + digits;
  }

  private Outlet pickOutlet(SplittableRandom r) {
    double x = r.nextDouble() * outletTotal;
    for (Outlet o : outlets) {
      x -= o.weight();
      if (x < 0) {
        return o;
      }
    }
    return outlets.get(outlets.size() - 1);
  }

  private static int pickWeighted(double[] w, SplittableRandom r) {
    double total = 0;
    for (double x : w) {
      total += x;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      x -= w[i];
      if (x < 0) {
        return i;
      }
    }
    return w.length - 1;
  }

  /**
   * Shares of the formats, in percent, in {@link SourceFormat} order: HTML, WARC, JSONL, text
   * dumps.
   */
  /** Stories on each listing page (section front, tag page, author page). */
  static final int LISTED_STORIES = 10;

  private static final int[] FORMAT_SHARES = {35, 25, 25, 15};

  /**
   * A format drawn with {@link #FORMAT_SHARES} among {@code allowed}, from one draw of {@code r}
   * whatever is allowed (so that the rest of the archive does not depend on the choice).
   */
  static SourceFormat pickFormat(SplittableRandom r, List<SourceFormat> allowed) {
    int total = 0;
    for (SourceFormat f : allowed) {
      total += FORMAT_SHARES[f.ordinal()];
    }
    int x = r.nextInt(100) * total / 100;
    for (SourceFormat f : allowed) {
      x -= FORMAT_SHARES[f.ordinal()];
      if (x < 0) {
        return f;
      }
    }
    return allowed.get(allowed.size() - 1);
  }

  private void tally(GeneratedArticle a) {
    if (a.undated()) {
      undated++;
    }
    if (a.outlet().index() == signals.surgeOutlet().index()) {
      boolean inWindow = signals.inSurge(a.outlet(), a.day());
      boolean onTopic = a.topic() == signals.surgeTopic();
      if (inWindow) {
        surgeWindowArticles++;
        surgeWindowTopic += onTopic ? 1 : 0;
      } else {
        surgeOutsideArticles++;
        surgeOutsideTopic += onTopic ? 1 : 0;
      }
    }
    if (a.outlet().index() == signals.driftOutlet().index() && a.topic() == signals.driftTopic()) {
      long[] bucket = a.day().isBefore(signals.driftStart()) ? driftBefore : driftAfter;
      bucket[a.polarity().ordinal()]++;
    }
  }

  private Map<String, Object> planted(
      Map<String, Long> counts, List<Map<String, Object>> bad, List<Map<String, Object>> listings) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("articles", opts.articles());
    params.put("outlets", opts.outlets());
    params.put("days", opts.days());
    params.put("seed", opts.seed());
    params.put("start", opts.start().toString());
    params.put("end", opts.start().plusDays(opts.days() - 1L).toString());
    params.put("formats", opts.formats().stream().map(SourceFormat::code).toList());
    params.put("page_bytes", opts.pageBytes());
    m.put("parameters", params);
    List<Map<String, Object>> roster = new ArrayList<>();
    for (Outlet o : outlets) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", o.name());
      e.put("domain", o.domain());
      e.put("house_style", o.style().name().toLowerCase());
      e.put("date_source", o.style().dateSource().code());
      roster.add(e);
    }
    m.put("outlets", roster);

    Map<String, Object> surge = new LinkedHashMap<>();
    surge.put("outlet", signals.surgeOutlet().name());
    surge.put("topic", signals.surgeTopic().name());
    surge.put("start", signals.surgeStart().toString());
    surge.put("end", signals.surgeEnd().toString());
    surge.put("days", signals.surgeDays());
    surge.put("baseline_share", round(signals.baselineShare()));
    surge.put("factor", PlantedSignals.SURGE_FACTOR);
    surge.put("surge_share", round(PlantedSignals.SURGE_FACTOR * signals.baselineShare()));
    surge.put("realised_share_outside", round(share(surgeOutsideTopic, surgeOutsideArticles)));
    surge.put("realised_share_in_window", round(share(surgeWindowTopic, surgeWindowArticles)));
    surge.put("articles_in_window", surgeWindowArticles);
    m.put("topic_surge", surge);

    Map<String, Object> drift = new LinkedHashMap<>();
    drift.put("outlet", signals.driftOutlet().name());
    drift.put("topic", signals.driftTopic().name());
    drift.put("start", signals.driftStart().toString());
    drift.put("negative_share_before", PlantedSignals.BASELINE[1]);
    drift.put("negative_share_after", PlantedSignals.DRIFTED[1]);
    drift.put("realised_before", polarityCounts(driftBefore));
    drift.put("realised_after", polarityCounts(driftAfter));
    m.put("sentiment_drift", drift);

    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("agency", Vocabulary.WIRE_AGENCY);
    wire.put("rate", signals.wireRate());
    wire.put("groups", wireGroups);
    wire.put("articles", wireArticles);
    wire.put(
        "note",
        "copies share headline and date; each outlet's copy is cut from the bottom by a different "
            + "number of paragraphs, so copies are near-duplicates, not exact ones");
    m.put("syndication", wire);

    Map<String, Object> dups = new LinkedHashMap<>();
    dups.put("rate", signals.duplicateRate());
    dups.put("records", counts.getOrDefault("duplicates", 0L));
    dups.put(
        "note",
        "an identical second record of an article: the page saved twice, the page also in a WARC, a "
            + "re-crawl, or a repeated JSONL line; ground_truth.jsonl marks it with duplicate_of");
    m.put("exact_duplicates", dups);

    Map<String, Object> und = new LinkedHashMap<>();
    und.put("rate", signals.undatedRate());
    und.put("articles", undated);
    und.put("note", "no date in any metadata, URL or text (a WARC crawl date may still exist)");
    m.put("undated", und);

    m.put("bad_records", bad);
    m.put("listing_pages", listings);
    long articles = counts.getOrDefault("articles", 0L);
    long duplicates = counts.getOrDefault("duplicates", 0L);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("records_in", articles + duplicates + bad.size() + listings.size());
    expected.put("articles", articles);
    expected.put("duplicates", duplicates);
    expected.put("rejects", bad.size() + listings.size());
    expected.put("not_article_by_page_type", Map.of(PageType.LISTING.code(), listings.size()));
    m.put("expected_ingest_counts", expected);
    m.put("written", counts);
    return m;
  }

  private static Map<String, Long> polarityCounts(long[] c) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Polarity p : Polarity.values()) {
      m.put(p.code(), c[p.ordinal()]);
    }
    return m;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }
}
