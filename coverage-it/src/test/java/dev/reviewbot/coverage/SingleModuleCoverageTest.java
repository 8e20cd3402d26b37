package dev.reviewbot.coverage;

import static dev.reviewbot.coverage.FixtureRepo.BASKET;
import static dev.reviewbot.coverage.FixtureRepo.PRICE_CALCULATOR;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.LineRange;
import dev.reviewbot.source.ChangeSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** fixtures/coverage/single as JaCoCo measured it in the build: XML report and exec route. */
class SingleModuleCoverageTest {
  @TempDir static Path repo;

  /** PriceCalculator's total() and label() counted as added. */
  static ChangeSet change;

  @BeforeAll
  static void createRepo() {
    FixtureRepo.create(repo);
    change =
        TestChanges.of(
            TestChanges.modified(
                PRICE_CALCULATOR,
                FixtureRepo.read(repo, PRICE_CALCULATOR),
                concat(TestChanges.lines(11, 17), TestChanges.lines(25, 30))));
  }

  private static int[] concat(int[] a, int[] b) {
    return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .toArray();
  }

  private static CoverageOptions options(String route) {
    return route.equals("xml")
        ? FixtureRepo.reports(SINGLE_REPORT)
        : FixtureRepo.reports()
            .withExec(List.of(Path.of(SINGLE_EXEC)), List.of(Path.of(SINGLE_CLASSES)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xml", "exec"})
  void measuresTheAddedLinesOfTheFixture(String route) {
    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options(route));

    assertThat(coverage.problems()).isEmpty();
    assertThat(coverage.unresolved()).isEmpty();
    FileCoverage file = coverage.files().get(0);
    assertThat(file.path()).isEqualTo(PRICE_CALCULATOR);
    // coverable added lines 12, 13, 15, 16, 27, 28, 29; the tests never pass quantity <= 0 nor call
    // label()
    assertThat(file.lines()).isEqualTo(new Ratio(3, 7));
    assertThat(file.missingRanges()).isEqualTo("13, 27-29");
    assertThat(file.partial()).extracting(LineGroup::lines).containsExactly(LineRange.of(12));
    assertThat(file.branches()).isEqualTo(new Ratio(1, 4));
    assertThat(coverage.lines().percent().getAsDouble()).isEqualTo(300.0 / 7);
    assertThat(coverage.gateFailures())
        .extracting(GateFailure::gate)
        .containsExactly(GateFailure.Gate.PATCH_COVERAGE);
  }

  @Test
  void theXmlAndExecRoutesAgree() {
    PatchCoverage xml = PatchCoverageCalculator.compute(change, repo, options("xml"));
    PatchCoverage exec = PatchCoverageCalculator.compute(change, repo, options("exec"));
    assertThat(exec.files()).isEqualTo(xml.files());
    assertThat(exec.headProject()).isEqualTo(xml.headProject());
  }

  @Test
  void projectCoverageIsJacocosLineCounter() {
    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options("xml"));
    // the report's LINE counters: PriceCalculator 9 of 13, Basket 11 of 11
    assertThat(coverage.headProject()).isEqualTo(new Ratio(20, 24));
  }

  @Test
  void aFullyTestedChangePassesTheGate() {
    ChangeSet tested =
        TestChanges.of(
            TestChanges.modified(
                BASKET, FixtureRepo.read(repo, BASKET), TestChanges.lines(19, 25)));
    PatchCoverage coverage = PatchCoverageCalculator.compute(tested, repo, options("xml"));
    assertThat(coverage.lines().percent().getAsDouble()).isEqualTo(100.0);
    assertThat(coverage.gateFailures()).isEmpty();
  }
}
