package org.newslens.common.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
  private static Args parse(String... argv) throws UsageException {
    return Args.parse(argv, Set.of("input", "output"), Set.of("overwrite"));
  }

  @Test
  void refusesASingleValuedOptionGivenTwiceWithDifferentValues() throws UsageException {
    Args args = parse("--output", "a", "--output=b", "--input", "x", "--input", "y");
    UsageException e =
        assertThrows(UsageException.class, () -> args.refuseConflicts(Set.of("input")));
    assertEquals("conflicting values for --output: a and b", e.getMessage());
  }

  @Test
  void acceptsRepeatsOfTheSameValueAndOfRepeatableOptions() throws UsageException {
    parse(
            "--output",
            "a",
            "--output",
            "a",
            "--overwrite",
            "--overwrite",
            "--input",
            "x",
            "--input",
            "y")
        .refuseConflicts(Set.of("input"));
  }
}
