package dev.reviewbot.coverage;

import static dev.reviewbot.coverage.FixtureRepo.AGGREGATE_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.BASKET;
import static dev.reviewbot.coverage.FixtureRepo.GREETER_B;
import static dev.reviewbot.coverage.FixtureRepo.PRICE_CALCULATOR;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.GitChangeSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patch coverage of a real git change (read with GitChangeSource) against the fixtures' reports.
 */
class GitChangeCoverageTest {
  @TempDir static Path repo;
  static ChangeSet change;

  /**
   * The change: label() and module-b's farewell() are new and untested, Basket is a new, tested
   * file.
   */
  @BeforeAll
  static void createRepo() throws Exception {
    FixtureRepo.create(
        repo,
        Map.of(
            PRICE_CALCULATOR, text -> cut(text, "\n  public String label(", "  }\n"),
            GREETER_B, text -> cut(text, "\n  public String farewell(", "  }\n"),
            BASKET, text -> null));
    try (GitChangeSource source = GitChangeSource.open(repo)) {
      change = source.read("base", GitChangeSource.Head.commit("HEAD"));
    }
  }

  /** {@code text} without the part from {@code start} to the first {@code end} after it. */
  private static String cut(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from) + end.length();
    return text.substring(0, from) + text.substring(to);
  }

  @Test
  void measuresTheLinesTheCommitAdded() {
    PatchCoverage coverage =
        PatchCoverageCalculator.compute(
            change, repo, FixtureRepo.reports(SINGLE_REPORT, AGGREGATE_REPORT));

    assertThat(coverage.problems()).isEmpty();
    assertThat(coverage.files())
        .extracting(FileCoverage::path, FileCoverage::lines, FileCoverage::missingRanges)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(GREETER_B, new Ratio(0, 1), "19"),
            org.assertj.core.groups.Tuple.tuple(BASKET, new Ratio(11, 11), ""),
            org.assertj.core.groups.Tuple.tuple(PRICE_CALCULATOR, new Ratio(0, 3), "27-29"));

    assertThat(coverage.lines()).isEqualTo(new Ratio(11, 15));
  }
}
