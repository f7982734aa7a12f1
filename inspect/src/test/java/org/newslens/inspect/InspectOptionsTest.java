package org.newslens.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.common.cli.UsageException;
import org.newslens.inspect.InspectOptions.Filter;
import org.newslens.inspect.InspectOptions.Format;

class InspectOptionsTest {
  @Test
  void aPathAloneAsksForTheSummary() throws Exception {
    InspectOptions o = InspectOptions.parse(new String[] {"out/articles"});
    assertEquals("out/articles", o.path());
    assertFalse(o.rows());
    assertEquals(InspectOptions.DEFAULT_LIMIT, o.limit());
  }

  @Test
  void rowOptionsAskForRowsWithColumnsFiltersAndLimit() throws Exception {
    InspectOptions o =
        InspectOptions.parse(
            new String[] {
              "t",
              "--format",
              "jsonl",
              "--columns",
              "a,b",
              "--where",
              "outlet=Daily Bugle, Evening",
              "--where=published_date=null",
              "--limit",
              "all"
            });
    assertTrue(o.rows());
    assertEquals(Format.JSONL, o.format());
    assertEquals(List.of("a", "b"), o.columns());
    assertEquals(
        List.of(new Filter("outlet", "Daily Bugle, Evening"), new Filter("published_date", "null")),
        o.where());
    assertEquals(-1, o.limit());
  }

  @Test
  void aWhereAloneAlsoPrintsRowsAsATable() throws Exception {
    InspectOptions o = InspectOptions.parse(new String[] {"t", "--where", "a=1", "--limit", "3"});
    assertTrue(o.rows());
    assertEquals(Format.TABLE, o.format());
    assertEquals(3, o.limit());
  }

  @Test
  void helpWinsOverEverythingElse() throws Exception {
    assertTrue(InspectOptions.parse(new String[] {"--bogus", "-h"}).help());
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertThrows(UsageException.class, () -> InspectOptions.parse(new String[] {}));
    assertThrows(UsageException.class, () -> InspectOptions.parse(new String[] {"a", "b"}));
    assertThrows(
        UsageException.class, () -> InspectOptions.parse(new String[] {"a", "--format", "csv"}));
    assertThrows(
        UsageException.class, () -> InspectOptions.parse(new String[] {"a", "--limit", "-3"}));
    assertThrows(
        UsageException.class, () -> InspectOptions.parse(new String[] {"a", "--where", "novalue"}));
    assertThrows(
        UsageException.class, () -> InspectOptions.parse(new String[] {"a", "--colums", "x"}));
  }
}
