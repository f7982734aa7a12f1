package org.newslens.ingest.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newslens.common.testing.SharedData;

class CohesionSegmenterTest {
  static final List<String> HARBOUR =
      List.of(
          "Repairs to the Saltmere harbour wall will take until the autumn, the port authority said on Monday.",
          "The wall was breached during the February storm, when waves flooded the fish market and the lifeboat station.",
          "Engineers found that the granite blocks at the foot of the harbour wall had been undermined by the tide.",
          "The port authority has closed the outer quay, and the fishing fleet now lands its catch at Millbeck instead.",
          "Fishermen say the longer trip to Millbeck costs each boat two hours and a tank of diesel every day.",
          "The harbour master said the repairs could not start until the spring tides had passed.",
          "A temporary breakwater of rock armour will protect the fish market while the granite wall is rebuilt.",
          "The lifeboat crew has moved to a portable station at the end of the inner quay.",
          "The port authority expects the fishing fleet to return to Saltmere harbour by October.");

  static final List<String> ORCHESTRA =
      List.of(
          "The city youth orchestra will play its first concert in the restored Victoria concert hall next month.",
          "The hall has been closed for three years while its organ, balcony and stage were restored.",
          "Conductor Amelia Hart said the young musicians had rehearsed the programme of Elgar and Sibelius since spring.",
          "Tickets for the concert went on sale on Friday, and most of the seats in the stalls were sold within a day.",
          "The orchestra was founded by a music teacher in 1962 and now has ninety players aged twelve to twenty.",
          "Its violinists and cellists rehearse every Saturday morning in the school of music.",
          "Amelia Hart said the acoustics of the restored hall would let the audience hear every violin clearly.",
          "The concert will also be broadcast by the regional radio station on the following Sunday evening.",
          "The orchestra hopes to tour the symphony programme to three other concert halls in the summer.");

  @Test
  void twoStoriesRunTogetherAreSplitWhereTheVocabularyChanges() {
    List<String> lines = new ArrayList<>(HARBOUR);
    lines.addAll(ORCHESTRA);
    assertEquals(List.of(HARBOUR.size()), CohesionSegmenter.boundaries(lines));
  }

  @Test
  void oneStoryIsNotSplit() {
    assertEquals(List.of(), CohesionSegmenter.boundaries(HARBOUR));
    assertEquals(List.of(), CohesionSegmenter.boundaries(ORCHESTRA));
  }

  @Test
  void aBoundaryLeavesEnoughWordsOnBothSides() {
    List<String> lines = new ArrayList<>(HARBOUR);
    lines.addAll(ORCHESTRA.subList(0, 2));
    assertEquals(
        List.of(), CohesionSegmenter.boundaries(lines), "two lines are too short to be an article");
  }

  @Test
  void depthIsTheRiseToTheHighestOfTheTwoGapsOnEachSide() {
    double[] s = {0, 0.6, 0.3, 0.4, 0.1, 0.5}; // index 0 unused: gaps are numbered from 1
    assertEquals(0.3 + 0.1, CohesionSegmenter.depth(s, 2), 1e-9);
    assertEquals(0.3 + 0.4, CohesionSegmenter.depth(s, 4), 1e-9);
    assertEquals(-0.2, CohesionSegmenter.depth(s, 1), 1e-9, "no gap on the left: no rise there");
  }

  @Test
  void namesInsideASentenceCountTwice() {
    var counts =
        CohesionSegmenter.termCounts(
            "Conductor Amelia Hart said the orchestra's violins were ready.");
    assertEquals(2, counts.get("hart"));
    assertEquals(1, counts.get("conductor"), "a capital at the start of a sentence is not a name");
    assertEquals(1, counts.get("orchestra"));
    assertEquals(1, counts.get("violin"));
  }

  /**
   * Boundaries in dumps built from the topics benchmark's articles (titles dropped, one paragraph
   * per line; one to five articles, half of the dumps from a single category), in two halves of the
   * articles by position. A split must be at the exact line where an article starts.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void findsArticleBoundariesInNewsDumpsWithoutHeadlines(int half) throws Exception {
    Path file = SharedData.require("benchmarks", "topics", "bbc_news_2225.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> articles = new ArrayList<>();
    List<String> all = Files.readAllLines(file);
    for (int i = half; i < all.size(); i += 2) {
      articles.add(json.readTree(all.get(i)));
    }
    Random rng = new Random(7);
    int right = 0;
    int wrong = 0;
    int truth = 0;
    int singleSplits = 0;
    int singles = 0;
    for (int d = 0; d < 300; d++) {
      int n = 1 + rng.nextInt(5);
      List<JsonNode> pool = articles;
      if (rng.nextBoolean()) {
        String category = articles.get(rng.nextInt(articles.size())).get("category").asText();
        pool = articles.stream().filter(a -> a.get("category").asText().equals(category)).toList();
      }
      List<String> lines = new ArrayList<>();
      Set<Integer> starts = new HashSet<>();
      Set<Integer> used = new HashSet<>();
      while (used.size() < n) {
        int pick = rng.nextInt(pool.size());
        if (used.add(pick)) {
          if (!lines.isEmpty()) {
            starts.add(lines.size());
          }
          Stream.of(pool.get(pick).get("text").asText().split("\n"))
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .forEach(lines::add);
        }
      }
      List<Integer> found = CohesionSegmenter.boundaries(lines);
      truth += starts.size();
      for (int b : found) {
        if (starts.contains(b)) {
          right++;
        } else {
          wrong++;
        }
      }
      if (n == 1) {
        singles++;
        singleSplits += found.size();
      }
    }
    double precision = right / (double) (right + wrong);
    double recall = right / (double) truth;
    System.out.printf(
        "dump segmentation, half %d: precision %.3f recall %.3f (%d boundaries), "
            + "splits in %d single-article dumps: %d%n",
        half, precision, recall, truth, singles, singleSplits);
    assertTrue(precision >= 0.90, "precision " + precision);
    assertTrue(recall >= 0.70, "recall " + recall);
    assertTrue(
        singleSplits <= singles / 10,
        "splits of single articles: " + singleSplits + " in " + singles);
  }
}
