package org.newslens.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireAgencyTest {
  @Test
  void aDatelineNamesTheAgency() {
    assertEquals("Reuters", WireAgency.of("LONDON (Reuters) - Shares fell on Monday.", List.of()));
    assertEquals("AP", WireAgency.of("WASHINGTON (AP) \u2014 The Senate voted.", List.of()));
  }

  @Test
  void aCreditAmongTheAuthorsNamesTheAgency() {
    assertEquals("AFP", WireAgency.of("Shares fell.", List.of("Agence France-Presse")));
    assertEquals("PA", WireAgency.of("Shares fell.", List.of("Jane Doe", "By PA Media")));
  }

  @Test
  void anAgencyMentionedInTheStoryIsNoCredit() {
    assertNull(
        WireAgency.of(
            "The minister said, as Reuters reported on Monday, that he would stay.",
            List.of("Jane Doe")));
  }
}
