package dev.reviewbot.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatchCoverageTest {

  private static PatchCoverage coverage(
      Ratio lines, Ratio base, Ratio head, double min, Double maxDrop) {
    return new PatchCoverage(
        List.of(), lines, Ratio.EMPTY, head, base, min, maxDrop, List.of(), List.of());
  }

  @ParameterizedTest(name = "{0}/{1} against {2}% fails: {3}")
  @CsvSource(
      textBlock =
          """
      7999, 10000, 80, true
      8000, 10000, 80, false
      2,    3,     66.66, false
      2,    3,     66.67, true
      0,    0,     80, false
      0,    1,     0,  false
      """)
  void comparesPatchCoverageUnrounded(long covered, long total, double min, boolean fails) {
    PatchCoverage coverage = coverage(new Ratio(covered, total), null, Ratio.EMPTY, min, null);
    assertThat(coverage.gateFailures()).hasSize(fails ? 1 : 0);
  }

  @ParameterizedTest(name = "base {0}/{1}, head {2}/{3}, max drop {4} fails: {5}")
  @CsvSource(
      textBlock =
          """
      80, 100, 79, 100, 1,   false
      80, 100, 79, 100, 0.99, true
      800, 1000, 7899, 10000, 1, true
      80, 100, 90, 100, 0,  false
      """)
  void comparesTheProjectDropUnrounded(
      long baseCovered,
      long baseTotal,
      long headCovered,
      long headTotal,
      double maxDrop,
      boolean fails) {
    PatchCoverage coverage =
        coverage(
            Ratio.EMPTY,
            new Ratio(baseCovered, baseTotal),
            new Ratio(headCovered, headTotal),
            80,
            maxDrop);
    assertThat(coverage.gateFailures()).hasSize(fails ? 1 : 0);
  }

  @org.junit.jupiter.api.Test
  void showsEnoughDecimalsThatAFailingValueNeverLooksLikeTheThreshold() {
    PatchCoverage coverage = coverage(new Ratio(7999, 10000), null, Ratio.EMPTY, 80, null);
    assertThat(coverage.gateFailures())
        .extracting(GateFailure::message)
        .containsExactly(
            "patch coverage 79.99% (7999 of 10000 coverable added lines) is below the minimum of 80%");
  }
}
