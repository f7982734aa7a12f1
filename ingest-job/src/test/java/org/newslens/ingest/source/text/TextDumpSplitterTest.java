package org.newslens.ingest.source.text;

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

  /** The articles of a text under {@code --split auto}, each as its text. */
  private static List<String> split(String content) {
    return TextDumpSplitter.segments(content, TextSplit.AUTO).stream()
        .map(TextDumpSplitter.Segment::text)
        .toList();
  }

  @Test
  void aDumpWithoutHeadlineLinesStaysOneArticle() {
    String text =
        "The council met on Tuesday to discuss the bus timetable for the coming winter months.\n"
            + "Members agreed to keep the evening services but to cut the Sunday route to the coast.\n"
            + "A final decision is expected next month.";
    assertEquals(List.of(text), split(text));
  }

  @Test
  void splitsAtAHeadlineFollowedByALedeAndKeepsTheHeadlineFirst() {
    List<String> parts = split(FERRY + "\n" + LIBRARY);
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
    assertEquals(1, split(text).size());
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
    assertEquals(1, split(text).size());
  }

  @Test
  void captionsBetweenHeadlineAndLedeDoNotHideTheBoundary() {
    String library =
        LIBRARY.replaceFirst(
            "\n", "\nImage: The library roof under scaffolding. Pic: Harbour Images\n");
    assertEquals(List.of(FERRY, library), split(FERRY + "\n" + library));
  }

  @Test
  void aShortFirstArticleIsNotCutOffItsOwnText() {
    String shortStory =
        "Roadworks begin on the coast road this week\n"
            + "Roadworks on the coast road between Saltmere and Millbeck begin on Monday and will last three weeks.";
    String text = shortStory + "\n" + LIBRARY;
    assertEquals(1, split(text).size(), "fewer than MIN_WORDS words before the candidate");
  }

  @Test
  void blankLinesAndCarriageReturnsAreTolerated() {
    String text = (FERRY + "\n\n" + LIBRARY).replace("\n", "\r\n");
    assertEquals(List.of(FERRY, LIBRARY), split(text));
  }

  @Test
  void headlineLinesAreShortUnpunctuatedAndNotFurniture() {
    assertTrue(
        TextDumpSplitter.isTitleShaped("Island ferry timetable cut as harbour repairs overrun"));
    assertTrue(TextDumpSplitter.isTitleShaped("Savvy searchers fail to spot ads"));
    assertFalse(
        TextDumpSplitter.isTitleShaped("The ferry will run twice a day until the repairs end."));
    assertFalse(TextDumpSplitter.isTitleShaped("Ahead"));
    assertFalse(
        TextDumpSplitter.isTitleShaped(
            "Image: The library roof under scaffolding. Pic: Harbour Images"));
    assertFalse(TextDumpSplitter.isTitleShaped("4:05"));
    assertFalse(TextDumpSplitter.isTitleShaped("2.1. Architecture overview"));
    assertFalse(
        TextDumpSplitter.isTitleShaped("and then the council agreed to keep the service running"));
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
      List<String> parts = split(Files.readString(archive.resolve(e.getKey())));
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
    // 223 of 237 (0.941) at the last run: the headline rule looks 100 words back for the headline's
    // words, which keeps cross-heads such as the seed sample's whole but misses some same-topic
    // neighbours
    assertTrue(right >= 0.93 * truth, "boundaries found: " + right + " of " + truth);
  }

  /**
   * The user's sample dump has no headline lines. It holds three reports, whose first lines are its
   * 1st, 42nd and 79th lines (read by hand: asylum return hubs, a political column, a visit to
   * Syria), and ends with a teaser for an unrelated story (line 95), which is left out.
   */
  @Test
  void theSeedDumpIsSplitIntoItsThreeReportsAndItsTeaserDropped() throws Exception {
    Path dump = SharedData.require("seed", "000_b053db553f314cb7.txt");
    List<TextDumpSplitter.Segment> parts =
        TextDumpSplitter.segments(Files.readString(dump), TextSplit.AUTO);
    assertEquals(
        List.of("1-41", "42-78", "79-94"),
        parts.stream().map(p -> p.firstLine() + "-" + p.lastLine()).toList());
  }

  @Test
  void aTrailingTeaserGluedToACountIsDropped() {
    String text = FERRY + "\n" + "Ministers unveil plans for a new coastal railway line.42";
    List<TextDumpSplitter.Segment> parts = TextDumpSplitter.segments(text, TextSplit.AUTO);
    assertEquals(1, parts.size());
    assertEquals(FERRY, parts.get(0).text());
    assertEquals(5, parts.get(0).lastLine());
  }

  @Test
  void aClosingLineOnTheArticlesSubjectIsKept() {
    String text = FERRY + "\n" + "The ferry operator will publish the new timetable on Friday.";
    assertEquals(6, TextDumpSplitter.segments(text, TextSplit.AUTO).get(0).lastLine());
  }

  @Test
  void noneKeepsTheFileWholeWithItsLineRange() {
    String text = "\n" + FERRY + "\n" + LIBRARY + "\n\n";
    List<TextDumpSplitter.Segment> parts = TextDumpSplitter.segments(text, TextSplit.parse("none"));
    assertEquals(1, parts.size());
    assertEquals(2, parts.get(0).firstLine());
    assertEquals(10, parts.get(0).lastLine());
  }

  @Test
  void blankLinesSplitAtRunsWhenParagraphsAreSeparatedByOne() {
    String text = "First para one.\n\nFirst para two.\n\n\nSecond para one.\n\nSecond para two.";
    List<TextDumpSplitter.Segment> parts =
        TextDumpSplitter.segments(text, TextSplit.parse("blank-lines"));
    assertEquals(
        List.of("First para one.\nFirst para two.", "Second para one.\nSecond para two."),
        parts.stream().map(TextDumpSplitter.Segment::text).toList());
    assertEquals(6, parts.get(1).firstLine());
  }

  @Test
  void blankLinesSplitAtEveryBlankLineWhenParagraphsHaveNone() {
    String text = "A one.\nA two.\n\nB one.\nB two.";
    assertEquals(2, TextDumpSplitter.segments(text, TextSplit.parse("blank-lines")).size());
  }

  @Test
  void regexSeparatorLinesBelongToNoArticle() {
    String text = "A one.\nA two.\n-----\nB one.\n-----\n";
    List<TextDumpSplitter.Segment> parts =
        TextDumpSplitter.segments(text, TextSplit.parse("regex:^-{3,}$"));
    assertEquals(
        List.of("A one.\nA two.", "B one."),
        parts.stream().map(TextDumpSplitter.Segment::text).toList());
    assertEquals(List.of(1, 4), parts.stream().map(TextDumpSplitter.Segment::firstLine).toList());
  }
}
