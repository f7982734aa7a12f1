package org.newslens.ingest.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParsingTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-03-04T22:15:00-05:00       | 2021-03-04",
        "2021-03-04T22:15:00.000Z        | 2021-03-04",
        "20210304                        | 2021-03-04",
        "Thu, 04 Mar 2021 10:00:00 GMT   | 2021-03-04",
        "03/04/2021 12:43:42             | 2021-03-04",
        "4. März 2021                    | 2021-03-04",
        "04.03.2021                      | 2021-03-04",
        "4 mars 2021                     | 2021-03-04",
        "4 de marzo de 2021              | 2021-03-04",
        "March 4th, 2021                 | 2021-03-04",
        "2021年3月4日                      | 2021-03-04",
        "الخميس، 04 مارس 2021              | 2021-03-04",
        "4 آذار 2021                      | 2021-03-04"
      })
  void parsesTheFormsPagesUse(String value, LocalDate day) {
    assertEquals(day, DateParsing.parse(value).day());
  }

  @Test
  void keepsTheDayThePageStatesAndTheInstantInUtc() {
    DateParsing.Found f = DateParsing.parse("2021-03-04T22:15:00-05:00");
    assertEquals(LocalDate.of(2021, 3, 4), f.day());
    assertEquals(java.time.Instant.parse("2021-03-05T03:15:00Z"), f.instant());
  }

  @Test
  void readsDayMonthAndYearSeparatedByBars() {
    assertEquals(
        LocalDate.of(2021, 3, 4), DateParsing.firstInText("News 04 | 03 | 2021 Region").day());
  }

  @Test
  void readsATwoDigitYearOnlyWhenATimeOfDayStampsIt() {
    assertEquals(
        LocalDate.of(2019, 9, 28), DateParsing.shortStamp("anna 28.09.19 12:44 hello").day());
    assertEquals(LocalDate.of(2019, 9, 28), DateParsing.shortStamp("anna28.09.1912:44").day());
    assertNull(DateParsing.shortStamp("version 28.09.19 of the rules"));
  }

  @Test
  void ignoresTextWithoutADate() {
    assertNull(DateParsing.parse("last Tuesday"));
    assertNull(DateParsing.parse("31.02.2021"));
  }
}
