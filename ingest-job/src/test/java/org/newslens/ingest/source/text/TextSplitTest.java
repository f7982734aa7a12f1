package org.newslens.ingest.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextSplitTest {
  @Test
  void parsesEveryModeAndWritesItBack() {
    for (String mode : new String[] {"auto", "none", "blank-lines", "regex:^={3}"}) {
      assertEquals(mode, TextSplit.parse(mode).code());
    }
    assertEquals(TextSplit.Mode.REGEX, TextSplit.parse("regex:^#").mode());
  }

  @Test
  void refusesAnUnknownModeAndABadPattern() {
    assertThrows(IllegalArgumentException.class, () -> TextSplit.parse("paragraphs"));
    assertThrows(IllegalArgumentException.class, () -> TextSplit.parse("regex:"));
    assertThrows(IllegalArgumentException.class, () -> TextSplit.parse("regex:(unclosed"));
  }
}
