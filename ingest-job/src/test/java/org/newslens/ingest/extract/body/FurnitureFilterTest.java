package org.newslens.ingest.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newslens.common.testing.SharedData;
import org.newslens.ingest.extract.ArticleIds;

class FurnitureFilterTest {
  private static final String REPORTING =
      "The minister told reporters that the new rules would take effect in"
          + " the spring, after a consultation with employers and unions.";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VIDEO_NOTICE | Please switch to a newer browser for the best video player experience",
        "VIDEO_NOTICE | Your browser does not support the video tag",
        "DURATION     | 2:45",
        "DURATION     | 12:03:10",
        "CAPTION      | Image: Protesters gather outside the town hall. Pic: Reuters",
        "CAPTION      | Photo: Jane Example/Getty Images",
        "CAPTION      | © Example Press Agency",
        "CONSENT      | This content is provided by an audio host, which may be using cookies and other technologies.",
        "CONSENT      | To show you this content, we need your permission to use cookies.",
        "CONSENT      | You can change your settings at any time via the Privacy Options.",
        "CONSENT      | We and our partners store and/or access information on a device, such as cookies.",
        "PAYWALL      | Subscribe to continue reading",
        "PAYWALL      | This article is for subscribers only.",
        "PAYWALL      | Already a subscriber? Log in",
        "PAYWALL      | You have reached your limit of free articles this month",
        "NEWSLETTER   | Sign up for our daily newsletter and get the headlines first",
        "SHARE        | Share this article",
        "SHARE        | Facebook Twitter WhatsApp Email",
        "TEASER       | Read more: Council votes to close two swimming pools",
        "TEASER       | Lesen Sie auch: Neue Regeln für Radfahrer",
        "AD           | Advertisement",
        "AD           | Anzeige"
      })
  void recognisesEachKindOfFurniture(FurnitureFilter.Kind kind, String line) {
    assertEquals(kind, FurnitureFilter.classify(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The bakery sold more than two thousand cookies at the school fair on Saturday.",
        "Share prices fell by three percent after the announcement.",
        "He said the video showed the car leaving the road at 1:30 in the morning.",
        "What happens next?",
        "Read the full report on the council website, officials urged residents.",
        "The paper said subscribers would keep reading the print edition for years.",
        "We store the harvest in barns, the farmers said."
      })
  void leavesReportingLinesAlone(String line) {
    assertNull(FurnitureFilter.classify(line));
  }

  @Test
  void dropsTheVideoTitleThatFollowsADuration() {
    List<String> kept =
        FurnitureFilter.filter(
            List.of(REPORTING, "3:12", "Who pays for the new bridge?", REPORTING));
    assertEquals(List.of(REPORTING, REPORTING), kept);
  }

  @Test
  void dropsTheProviderNameAboveAConsentPrompt() {
    List<String> kept =
        FurnitureFilter.filter(
            List.of(
                REPORTING,
                "Podhost",
                "This content is provided by Podhost, which may be using cookies and other technologies.",
                REPORTING));
    assertEquals(List.of(REPORTING, REPORTING), kept);
  }

  @Test
  void keepsCrossHeadsBetweenParagraphs() {
    List<String> kept =
        FurnitureFilter.filter(List.of(REPORTING, "A long road to reform", REPORTING));
    assertEquals(3, kept.size());
  }

  private static final Pattern DURATION = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?$");

  /**
   * The user's real dump, read from the shared folder (never copied here): every furniture kind it
   * carries is gone after filtering, and every line of reporting stays.
   */
  @Test
  void cleansTheSeedDumpOfEveryFurnitureKindAndKeepsTheReporting() throws IOException {
    Path seed = SharedData.require("seed");
    List<Path> dumps;
    try (Stream<Path> files = Files.list(seed)) {
      dumps = files.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    assertFalse(dumps.isEmpty(), "no seed dump in " + seed);
    for (Path dump : dumps) {
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      List<String> kept = FurnitureFilter.filter(lines);
      for (String line : kept) {
        String lower = line.toLowerCase();
        assertFalse(DURATION.matcher(line).matches(), "duration kept: " + line);
        assertFalse(
            lower.contains("browser") && lower.contains("player"), "video notice kept: " + line);
        assertFalse(
            line.startsWith("Image:") || line.matches(".*\\bPic: [^.]{1,40}$"),
            "caption kept: " + line);
        assertFalse(
            lower.contains("cookies")
                || lower.contains("consented")
                || lower.contains("privacy options"),
            "consent text kept: " + line);
      }
      for (int i = 1; i < lines.size(); i++) {
        if (DURATION.matcher(lines.get(i - 1)).matches()) {
          assertFalse(kept.contains(lines.get(i)), "video title kept: " + lines.get(i));
        }
        if (lines.get(i).toLowerCase().contains("cookies")
            && lines.get(i - 1).split(" ").length == 1) {
          assertFalse(
              kept.contains(lines.get(i - 1)), "consent provider kept: " + lines.get(i - 1));
        }
      }
      int reporting = 0;
      for (String line : lines) {
        // a line of reporting:
        // a full sentence of some length that no furniture check above describes
        boolean sentence = line.split("\\s+").length >= 12 && line.matches(".*[.!?”\"]$");
        String lower = line.toLowerCase();
        boolean furniture =
            lower.contains("cookies")
                || lower.contains("privacy")
                || lower.contains("consent")
                || line.startsWith("Image:")
                || lower.contains("browser");
        if (sentence && !furniture) {
          reporting++;
          assertTrue(kept.contains(line), "reporting dropped: " + line);
        }
      }
      assertTrue(
          reporting > 20, "expected many reporting lines in " + dump + ", found " + reporting);
    }
  }

  @Test
  void aTextThatStopsAtAPaywallPromptIsATeaserAndKeepsNothing() {
    List<String> teaser =
        List.of(REPORTING, "Subscribe to continue reading", "Already a subscriber? Log in");
    assertEquals(List.of(), FurnitureFilter.filter(teaser));
  }

  @Test
  void aPaywallPromptInsideTheTextOrAfterALongTextIsOnlyFurniture() {
    assertEquals(
        List.of(REPORTING, REPORTING),
        FurnitureFilter.filter(List.of(REPORTING, "Subscribe to continue reading", REPORTING)));
    List<String> longText = new ArrayList<>();
    while (ArticleIds.wordCount(String.join(" ", longText)) < FurnitureFilter.MAX_TEASER_WORDS) {
      longText.add(REPORTING);
    }
    List<String> withPrompt = new ArrayList<>(longText);
    withPrompt.add("This article is for subscribers only.");
    assertEquals(longText, FurnitureFilter.filter(withPrompt));
  }

  @Test
  void theLongFirstParagraphOfAConsentWallIsConsent() {
    String wall =
        "We and our 842 partners store and access information on a device, such as cookies, and"
            + " process personal data, such as unique identifiers and standard information sent by"
            + " a device, for personalised advertising and content, advertising and content"
            + " measurement, audience research and services development.";
    assertTrue(wall.length() >= 300);
    assertEquals(FurnitureFilter.Kind.CONSENT, FurnitureFilter.classify(wall));
  }
}
