package dev.reviewbot.coverage;

import static dev.reviewbot.coverage.FixtureRepo.AGGREGATE_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.A_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.A_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.A_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.B_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.B_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.B_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.GREETER_A;
import static dev.reviewbot.coverage.FixtureRepo.GREETER_B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.LineRange;
import dev.reviewbot.source.ChangeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fixtures/coverage/multi: module-a and module-b both have com/example/shared/Greeter.java, so
 * every report names two repository files with the same report path.
 */
class MultiModuleCoverageTest {
  @TempDir static Path repo;
  @TempDir static Path elsewhere;

  /** All of module-a's Greeter methods and module-b's farewell() counted as added. */
  static ChangeSet change;

  @BeforeAll
  static void createRepo() {
    FixtureRepo.create(repo);
    change =
        TestChanges.of(
            TestChanges.modified(
                GREETER_A, FixtureRepo.read(repo, GREETER_A), TestChanges.lines(5, 14)),
            TestChanges.modified(
                GREETER_B, FixtureRepo.read(repo, GREETER_B), TestChanges.lines(17, 20)));
  }

  private static CoverageOptions options(String route) {
    return switch (route) {
      case "module reports" -> FixtureRepo.reports(A_REPORT, B_REPORT);
      case "aggregate report" -> FixtureRepo.reports(AGGREGATE_REPORT);
      case "module and aggregate reports" ->
          FixtureRepo.reports(A_REPORT, B_REPORT, AGGREGATE_REPORT);
      case "exec files" ->
          FixtureRepo.reports()
              .withExec(
                  List.of(Path.of(A_EXEC), Path.of(B_EXEC)),
                  List.of(Path.of(A_CLASSES), Path.of(B_CLASSES)));
      default -> throw new IllegalArgumentException(route);
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "module reports",
        "aggregate report",
        "module and aggregate reports",
        "exec files"
      })
  void keepsTheTwoGreetersApart(String route) {
    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options(route));

    assertThat(coverage.problems()).isEmpty();
    assertThat(coverage.unresolved()).isEmpty();
    Map<String, FileCoverage> byPath =
        coverage.files().stream()
            .collect(Collectors.toMap(FileCoverage::path, Function.identity()));
    FileCoverage a = byPath.get(GREETER_A);
    FileCoverage b = byPath.get(GREETER_B);
    // module-a: lines 6 (partly: null and blank names untested), 7, 9, 13; only greet("Ada") runs
    assertThat(a.lines()).isEqualTo(new Ratio(2, 4));
    assertThat(a.missingRanges()).isEqualTo("7, 13");
    assertThat(a.partial())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.lines()).isEqualTo(LineRange.of(6));
              assertThat(g.missedBranches()).isEqualTo(2);
            });
    // module-b: farewell() is never called
    assertThat(b.lines()).isEqualTo(new Ratio(0, 1));
    assertThat(b.missingRanges()).isEqualTo("19");
    assertThat(coverage.lines()).isEqualTo(new Ratio(2, 5));
    // whole files: module-a 3 of 5 lines, module-b 4 of 5
    assertThat(coverage.headProject()).isEqualTo(new Ratio(7, 10));
  }

  @Test
  void aModuleReportOutsideItsModuleIsAmbiguousAndListed() throws IOException {
    Path copy = elsewhere.resolve("module-b-jacoco.xml");
    Files.copy(repo.resolve(B_REPORT), copy);

    PatchCoverage coverage =
        PatchCoverageCalculator.compute(change, repo, CoverageOptions.ofReports(List.of(copy)));

    assertThat(coverage.files()).isEmpty();
    assertThat(coverage.lines().format()).isEqualTo("n/a");
    assertThat(coverage.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.reportPath()).isEqualTo("com/example/shared/Greeter.java");
              assertThat(u.origin()).isEqualTo(copy.toString());
              assertThat(u.candidates()).containsExactly(GREETER_A, GREETER_B);
            });
    assertThat(coverage.toMarkdownTable())
        .contains(
            "Report files matched to no repository file (1)",
            "ambiguous, 2 repository files match");
  }

  @Test
  void aConfiguredSourceRootSettlesTheTie() throws IOException {
    Path copy = elsewhere.resolve("module-b-jacoco-2.xml");
    Files.copy(repo.resolve(B_REPORT), copy);
    CoverageOptions options =
        CoverageOptions.ofReports(List.of(copy))
            .withSourceRoots(List.of("multi/module-b/src/main/java"));

    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options);

    assertThat(coverage.unresolved()).isEmpty();
    assertThat(coverage.files()).extracting(FileCoverage::path).containsExactly(GREETER_B);
  }
}
