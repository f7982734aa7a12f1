package org.newslens.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
  @Test
  void partitionTypesFollowSparksInferenceForDatesAndWholeNumbers() {
    assertEquals("date", TableLayout.inferType(Arrays.asList("2025-01-02", null, "2024-12-31")));
    assertEquals("bigint", TableLayout.inferType(List.of("2025", "-3")));
    assertEquals("string", TableLayout.inferType(List.of("2025-02-30")));
    assertEquals("string", TableLayout.inferType(List.of("Daily Bugle", "12")));
    assertEquals("string", TableLayout.inferType(Arrays.asList((String) null)));
  }

  @Test
  void escapedFolderNamesAreDecoded() {
    assertEquals(
        "Daily Bugle: Late/Edition", TableLayout.unescape("Daily Bugle%3A Late%2FEdition"));
    assertEquals("100%", TableLayout.unescape("100%"));
    assertEquals("a%zz", TableLayout.unescape("a%zz"));
  }

  @Test
  void int96TimestampsDecodeToUtcInstants() {
    java.time.Instant t = java.time.Instant.parse("1969-12-31T23:59:59.500Z");
    assertEquals(t, ParquetValues.int96(ParquetFixtures.int96(t)));
    assertNull(ParquetValues.json(null));
  }
}
