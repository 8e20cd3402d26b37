package dev.reviewbot.coverage;

import static dev.reviewbot.coverage.FixtureRepo.AGGREGATE_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.GREETER_A;
import static dev.reviewbot.coverage.FixtureRepo.GREETER_B;
import static dev.reviewbot.coverage.FixtureRepo.PRICE_CALCULATOR;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.rules.coverage.CoverageDeltaRule;
import dev.reviewbot.source.ChangeSet;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage-delta rule through the engine, on the fixtures' real JaCoCo reports. */
class CoverageDeltaOnFixturesTest {
  @TempDir static Path repo;

  @BeforeAll
  static void createRepo() {
    FixtureRepo.create(repo);
  }

  private static AnalysisResult review(ChangeSet change, CoverageOptions options) {
    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options);
    return new Analyzer(RuleRegistry.ofClasses(CoverageDeltaRule.class), ReviewConfig.defaults())
        .analyze(change, Attachments.of(PatchCoverage.class, coverage));
  }

  @Test
  void reportsUncoveredRangesPartlyCoveredLinesAndTheFailedGate() {
    ChangeSet change =
        TestChanges.of(
            TestChanges.modified(
                PRICE_CALCULATOR,
                FixtureRepo.read(repo, PRICE_CALCULATOR),
                TestChanges.lines(11, 30)));

    AnalysisResult result = review(change, FixtureRepo.reports(SINGLE_REPORT));

    assertThat(result.crashes()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::path, Finding::lines, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                null,
                null,
                Severity.ERROR,
                "coverage gate failed: patch coverage 60.0% (6 of 10 coverable added lines) is below the minimum of 80%"),
            tuple(
                PRICE_CALCULATOR,
                LineRange.of(12),
                Severity.INFO,
                "line 12 is only partly covered by tests: 1 of 2 branches never taken"),
            tuple(
                PRICE_CALCULATOR,
                LineRange.of(13),
                Severity.WARNING,
                "line 13 is not covered by tests"),
            tuple(
                PRICE_CALCULATOR,
                LineRange.of(20),
                Severity.INFO,
                "line 20 is only partly covered by tests: 1 of 4 branches never taken"),
            tuple(
                PRICE_CALCULATOR,
                new LineRange(27, 29),
                Severity.WARNING,
                "lines 27-29 are not covered by tests"));
  }

  @Test
  void reportsPerModuleFromAnAggregateReport() {
    ChangeSet change =
        TestChanges.of(
            TestChanges.modified(
                GREETER_A, FixtureRepo.read(repo, GREETER_A), TestChanges.lines(12, 14)),
            TestChanges.modified(
                GREETER_B, FixtureRepo.read(repo, GREETER_B), TestChanges.lines(18, 20)));

    AnalysisResult result =
        review(change, FixtureRepo.reports(AGGREGATE_REPORT).withGates(0, null));

    assertThat(result.findings())
        .extracting(Finding::path, Finding::lines)
        .containsExactly(tuple(GREETER_A, LineRange.of(13)), tuple(GREETER_B, LineRange.of(19)));
  }
}
