package org.newslens.ingest.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DumpFileNameTest {
  @Test
  void readsOutletAndDateFromTheDocumentedShapes() {
    LocalDate day = LocalDate.of(2025, 5, 15);
    assertEquals(
        new DumpFileName("harbour-daily", day),
        DumpFileName.of("file:/in/harbour-daily_2025-05-15.txt"));
    assertEquals(
        new DumpFileName("Harbour Daily", day), DumpFileName.of("Harbour Daily 20250515.txt.gz"));
    assertEquals(
        new DumpFileName("harbour_daily", day), DumpFileName.of("2025-05-15_harbour_daily.text"));
  }

  @Test
  void givesNothingForOtherNamesOrImpossibleDays() {
    assertEquals(DumpFileName.NONE, DumpFileName.of("file:/seed/000_b053db553f314cb7.txt"));
    assertEquals(DumpFileName.NONE, DumpFileName.of("harbour-daily-0003.txt"));
    assertEquals(DumpFileName.NONE, DumpFileName.of("harbour-daily_2025-02-30.txt"));
    assertEquals(DumpFileName.NONE, DumpFileName.of("harbour-daily_2025-05-15.html"));
  }
}
