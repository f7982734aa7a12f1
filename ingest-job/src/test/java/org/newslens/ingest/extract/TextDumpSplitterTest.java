package org.newslens.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.common.testing.SharedData;
import org.newslens.sample.GenerateOptions;
import org.newslens.sample.Generator;

class TextDumpSplitterTest {
  private static final String FERRY =
      String.join(
          "\n",
          "Island ferry timetable cut as harbour repairs overrun",
          "Ferry crossings to Saltmere island will run twice a day instead of six times until the harbour repairs are"
              + " finished, the operator announced on Monday.",
          "The harbour wall was damaged in a storm in February and the repairs were meant to end in April.",
          "Islanders said the reduced ferry timetable would make it hard to reach the hospital on the mainland.",
          "The operator said it was sorry for the disruption and would add crossings in the summer.");

  private static final String LIBRARY =
      String.join(
          "\n",
          "Millbeck library reopens after two-year roof restoration",
          "Millbeck's central library has reopened its doors after a restoration of its Victorian roof that took two"
              + " years and cost more than four million pounds.",
          "Readers queued outside the library before the doors opened at nine.",
          "The council said the library would now open on Sundays for the first time.");

  @Test
  void aDumpWithoutHeadlineLinesStaysOneArticle() {
    String text =
        "The council met on Tuesday to discuss the bus timetable for the coming winter months.\n"
            + "Members agreed to keep the evening services but to cut the Sunday route to the coast.\n"
            + "A final decision is expected next month.";
    assertEquals(List.of(text), TextDumpSplitter.split(text));
  }

  @Test
  void splitsAtAHeadlineFollowedByALedeAndKeepsTheHeadlineFirst() {
    List<String> parts = TextDumpSplitter.split(FERRY + "\n" + LIBRARY);
    assertEquals(List.of(FERRY, LIBRARY), parts);
    assertTrue(
        parts.get(1).startsWith("Millbeck library reopens after two-year roof restoration\n"));
  }

  @Test
  void aCrossHeadInsideAnArticleDoesNotStartANewOne() {
    String text =
        FERRY
            + "\n"
            + "What islanders say about the ferry cuts\n"
            + "Several islanders told us the ferry cuts meant they would miss hospital appointments on the mainland"
            + " and that the harbour repairs should have been planned for the winter.\n"
            + "The operator has promised to review the ferry timetable every month.";
    assertEquals(1, TextDumpSplitter.split(text).size());
  }

  @Test
  void aVideoTitleAfterItsDurationIsNotAHeadline() {
    String text =
        FERRY
            + "\n"
            + "Your browser does not support this video player\n"
            + "2:41\n"
            + "Storm damage at the Millbeck library roof in pictures\n"
            + "Readers of the Millbeck library have followed the restoration of its roof closely since the storm and"
            + " many have offered to help move the library books back.\n"
            + "The work is expected to finish this week.";
    assertEquals(1, TextDumpSplitter.split(text).size());
  }

  @Test
  void captionsBetweenHeadlineAndLedeDoNotHideTheBoundary() {
    String library =
        LIBRARY.replaceFirst(
            "\n", "\nImage: The library roof under scaffolding. Pic: Harbour Images\n");
    assertEquals(List.of(FERRY, library), TextDumpSplitter.split(FERRY + "\n" + library));
  }

  @Test
  void aShortFirstArticleIsNotCutOffItsOwnText() {
    String shortStory =
        "Roadworks begin on the coast road this week\n"
            + "Roadworks on the coast road between Saltmere and Millbeck begin on Monday and will last three weeks.";
    String text = shortStory + "\n" + LIBRARY;
    assertEquals(
        1, TextDumpSplitter.split(text).size(), "fewer than MIN_WORDS words before the candidate");
  }

  @Test
  void blankLinesAndCarriageReturnsAreTolerated() {
    String text = (FERRY + "\n\n" + LIBRARY).replace("\n", "\r\n");
    assertEquals(List.of(FERRY, LIBRARY), TextDumpSplitter.split(text));
  }

  @Test
  void headlineLinesAreShortUnpunctuatedAndNotFurniture() {
    assertTrue(
        TextDumpSplitter.isHeadline("Island ferry timetable cut as harbour repairs overrun"));
    assertFalse(
        TextDumpSplitter.isHeadline("The ferry will run twice a day until the repairs end."));
    assertFalse(TextDumpSplitter.isHeadline("Looking ahead"));
    assertFalse(
        TextDumpSplitter.isHeadline(
            "Image: The library roof under scaffolding. Pic: Harbour Images"));
    assertFalse(TextDumpSplitter.isHeadline("4:05"));
    assertFalse(
        TextDumpSplitter.isHeadline("and then the council agreed to keep the service running"));
  }

  @Test
  void theHeadlineOfAnArticleIsItsFirstLineWhenItLooksLikeOne() {
    assertEquals(
        "Island ferry timetable cut as harbour repairs overrun", TextDumpSplitter.headline(FERRY));
    assertEquals(null, TextDumpSplitter.headline(FERRY.substring(FERRY.indexOf('\n') + 1)));
    assertEquals(
        null, TextDumpSplitter.headline("Island ferry timetable cut as harbour repairs overrun"));
  }

  /**
   * Boundaries in the generator's dumps: every split must be at a true headline, and few may be
   * missed.
   */
  @Test
  void splitsGeneratedDumpsAtTheirHeadlines(@TempDir Path dir) throws Exception {
    Path archive = dir.resolve("a");
    new Generator(new GenerateOptions(archive, 2000, 4, 60, 5, LocalDate.of(2025, 1, 6), false))
        .run();
    Map<String, Set<String>> titles = new HashMap<>();
    Map<String, Integer> articles = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(archive.resolve("ground_truth.jsonl"))) {
      JsonNode r = json.readTree(line);
      if (r.get("format").asText().equals("text")) {
        titles
            .computeIfAbsent(r.get("file").asText(), k -> new HashSet<>())
            .add(r.get("title").asText());
        articles.merge(r.get("file").asText(), 1, Integer::sum);
      }
    }
    int truth = 0;
    int right = 0;
    int wrong = 0;
    for (Map.Entry<String, Integer> e : articles.entrySet()) {
      List<String> parts = TextDumpSplitter.split(Files.readString(archive.resolve(e.getKey())));
      truth += e.getValue() - 1;
      for (String part : parts.subList(1, parts.size())) {
        if (titles.get(e.getKey()).contains(part.lines().findFirst().orElse(""))) {
          right++;
        } else {
          wrong++;
        }
      }
    }
    assertTrue(truth > 150, "boundaries: " + truth);
    assertTrue(
        wrong <= truth / 200, "splits not at a headline: " + wrong + " of " + (right + wrong));
    assertTrue(right >= 0.95 * truth, "boundaries found: " + right + " of " + truth);
  }

  /**
   * The user's sample dump has no headline lines. It holds three reports, whose first lines are its
   * 1st, 42nd and 79th non-blank lines (read by hand: asylum return hubs, a political column, a
   * visit to Syria). They are split where the vocabulary changes: the second boundary may come up
   * to three lines early. No line is lost.
   */
  @Test
  void theSeedDumpIsSplitIntoItsThreeReportsAndLosesNoLine() throws Exception {
    Path dump = SharedData.require("seed", "000_b053db553f314cb7.txt");
    String text = Files.readString(dump);
    List<String> parts = TextDumpSplitter.split(text);
    List<Long> sizes =
        parts.stream().map(p -> p.lines().filter(l -> !l.isBlank()).count()).toList();
    assertEquals(
        text.lines().filter(l -> !l.isBlank()).count(), sizes.stream().mapToLong(n -> n).sum());
    assertEquals(3, parts.size(), "parts of " + sizes);
    assertEquals(41, sizes.get(0), "the second report starts at line 42");
    long secondBoundary = sizes.get(0) + sizes.get(1);
    assertTrue(
        secondBoundary >= 75 && secondBoundary <= 78,
        "the third report starts at line 79; the split is after line " + secondBoundary);
  }
}
