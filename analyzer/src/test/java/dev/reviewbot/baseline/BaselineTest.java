package dev.reviewbot.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffPlacement;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.source.ChangeSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matching findings against a baseline: by rule, path and fingerprint, one entry for one finding.
 */
class BaselineTest {
  private static final String A = "src/A.java";
  private static final String B = "src/B.java";

  static Finding finding(String rule, String path, int line, String fingerprint) {
    return new Finding(
        rule,
        Severity.WARNING,
        path,
        LineRange.of(line),
        "message of " + fingerprint,
        fingerprint,
        null);
  }

  static Stream<Arguments> cases() {
    Finding count = finding("argument-count", A, 10, "fp1");
    return Stream.of(
        Arguments.of(
            "the same finding on another line is baselined",
            List.of(count),
            List.of(finding("argument-count", A, 42, "fp1")),
            Set.of(A),
            0,
            1,
            0),
        Arguments.of(
            "another fingerprint of the same rule is new",
            List.of(count),
            List.of(finding("argument-count", A, 10, "fp2")),
            Set.of(A),
            1,
            0,
            1),
        Arguments.of(
            "the same fingerprint of another rule is new",
            List.of(count),
            List.of(finding("misleading-name", A, 10, "fp1")),
            Set.of(A),
            1,
            0,
            1),
        Arguments.of(
            "the same fingerprint in another file is new",
            List.of(count),
            List.of(finding("argument-count", B, 10, "fp1")),
            Set.of(A, B),
            1,
            0,
            1),
        Arguments.of(
            "one entry holds back one finding, not two",
            List.of(count),
            List.of(count, count),
            Set.of(A),
            1,
            1,
            0),
        Arguments.of(
            "an entry of a file the run did not analyze is not absent",
            List.of(count),
            List.of(),
            Set.of(B),
            0,
            0,
            0),
        Arguments.of(
            "an entry of an analyzed file with no finding is absent",
            List.of(count),
            List.of(),
            Set.of(A),
            0,
            0,
            1),
        Arguments.of(
            "an empty baseline holds back nothing", List.of(), List.of(count), Set.of(A), 1, 0, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesByRulePathAndFingerprint(
      String name,
      List<Finding> recorded,
      List<Finding> found,
      Set<String> analyzed,
      int remaining,
      int baselined,
      int absent) {
    ReviewOutcome outcome = outcome(found, analyzed);

    Baselined result = Baseline.of(recorded).apply(outcome);

    assertThat(result.outcome().marked()).as("remaining").hasSize(remaining);
    assertThat(result.report().baselined()).as("baselined").isEqualTo(baselined);
    assertThat(result.report().absent()).as("absent").hasSize(absent);
    assertThat(result.report().applied()).isTrue();
  }

  @ParameterizedTest(name = "shown by the filter: {0}")
  @MethodSource("shownFlags")
  void onlyShownBaselinedFindingsAreListedAsUnchanged(boolean shown) {
    Finding count = finding("argument-count", A, 10, "fp1");
    ReviewOutcome outcome =
        new ReviewOutcome(
            change(),
            analysis(List.of(count), Set.of(A)),
            List.of(new MarkedFinding(count, DiffPlacement.IN_FILE, shown)));

    BaselineReport report = Baseline.of(List.of(count)).apply(outcome).report();

    assertThat(report.baselined()).isEqualTo(1);
    assertThat(report.unchanged()).hasSize(shown ? 1 : 0);
  }

  static Stream<Boolean> shownFlags() {
    return Stream.of(true, false);
  }

  private static ReviewOutcome outcome(List<Finding> found, Set<String> analyzed) {
    return new ReviewOutcome(
        change(),
        analysis(found, analyzed),
        found.stream().map(f -> new MarkedFinding(f, DiffPlacement.IN_FILE, true)).toList());
  }

  private static AnalysisResult analysis(List<Finding> found, Set<String> analyzed) {
    return new AnalysisResult(found, List.of(), List.of(), analyzed.size(), analyzed);
  }

  private static ChangeSet change() {
    return new ChangeSet(null, "scan", null, List.of());
  }
}
