package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiffFilterTest {
  // added lines 10-11, hunk covers 7-14
  private static final ChangedLines LINES =
      new ChangedLines(new TreeSet<>(List.of(10, 11)), List.of(new LineRange(7, 14)), true);

  @ParameterizedTest(name = "{0} line {1}: {2}")
  @CsvSource({
    "ADDED,        10, ADDED_LINE,   true",
    "ADDED,        8,  DIFF_CONTEXT, false",
    "ADDED,        30, IN_FILE,      false",
    "ADDED,        0,  CHANGE,       true",
    "DIFF_CONTEXT, 8,  DIFF_CONTEXT, true",
    "DIFF_CONTEXT, 30, IN_FILE,      false",
    "FILE,         30, IN_FILE,      true",
    "NOFILTER,     30, IN_FILE,      true",
  })
  void marksPlacementAndKeepsWhatTheModeAsksFor(
      FilterMode mode, int line, DiffPlacement placement, boolean shown) {
    Finding finding =
        line == 0
            ? new Finding("pr-size", Severity.WARNING, null, null, "too big", "fp", null)
            : new Finding(
                "rule", Severity.WARNING, "A.java", LineRange.of(line), "msg", "fp", null);

    MarkedFinding marked =
        new DiffFilter(mode).mark(List.of(finding), Map.of("A.java", LINES)).get(0);

    assertThat(marked.placement()).isEqualTo(placement);
    assertThat(marked.shown()).isEqualTo(shown);
  }

  @ParameterizedTest(name = "range {0}-{1} is {2}")
  @CsvSource({"9, 12, ADDED_LINE", "5, 8, DIFF_CONTEXT", "1, 3, IN_FILE"})
  void aMultiLineFindingCountsAsAddedIfAnyLineWasAdded(
      int start, int end, DiffPlacement placement) {
    Finding finding =
        new Finding(
            "rule", Severity.WARNING, "A.java", new LineRange(start, end), "msg", "fp", null);

    assertThat(
            new DiffFilter(FilterMode.ADDED)
                .mark(List.of(finding), Map.of("A.java", LINES))
                .get(0)
                .placement())
        .isEqualTo(placement);
  }
}
