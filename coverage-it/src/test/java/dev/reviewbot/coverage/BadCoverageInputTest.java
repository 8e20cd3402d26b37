package dev.reviewbot.coverage;

import static dev.reviewbot.coverage.FixtureRepo.AGGREGATE_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.A_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.A_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.B_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.PRICE_CALCULATOR;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.engine.Notice;
import dev.reviewbot.source.ChangeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inputs made from the fixtures' real JaCoCo output: each is named, the rest still counts.
 */
class BadCoverageInputTest {
  @TempDir static Path repo;
  static ChangeSet change;

  @BeforeAll
  static void createRepo() {
    FixtureRepo.create(repo);
    change =
        TestChanges.of(
            TestChanges.modified(
                PRICE_CALCULATOR,
                FixtureRepo.read(repo, PRICE_CALCULATOR),
                TestChanges.lines(25, 30)));
  }

  /** A copy of {@code path} without its last {@code missing} bytes. */
  private static Path cut(String path, String name, int missing) throws IOException {
    byte[] bytes = Files.readAllBytes(repo.resolve(path));
    Path target = repo.resolve("broken").resolve(name);
    Files.createDirectories(target.getParent());
    Files.write(target, Arrays.copyOf(bytes, bytes.length - missing));
    return target;
  }

  private static void assertSingleStillMeasured(PatchCoverage coverage) {
    assertThat(coverage.files()).extracting(FileCoverage::path).containsExactly(PRICE_CALCULATOR);
    assertThat(coverage.files().get(0).missingRanges()).isEqualTo("27-29");
  }

  @Test
  void aTruncatedReportIsNamedAndSkipped() throws IOException {
    Path truncated = cut(AGGREGATE_REPORT, "aggregate.xml", 1000);

    PatchCoverage coverage =
        PatchCoverageCalculator.compute(
            change, repo, FixtureRepo.reports("broken/aggregate.xml", SINGLE_REPORT));

    assertThat(truncated).exists();
    assertThat(coverage.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("broken/aggregate.xml");
              assertThat(problem.message())
                  .startsWith("JaCoCo XML report is incomplete (truncated file?)")
                  .endsWith("; not used");
            });
    assertSingleStillMeasured(coverage);
  }

  @Test
  void anExecFileWhoseClassesWereRecompiledIsNamed() throws IOException {
    // module-b's Greeter.class in a class directory analyzed against module-a's exec data: same
    // name, other class id
    Path classes = repo.resolve("stale/target/classes/com/example/shared");
    Files.createDirectories(classes);
    Files.copy(
        repo.resolve(B_CLASSES).resolve("com/example/shared/Greeter.class"),
        classes.resolve("Greeter.class"));
    CoverageOptions options =
        FixtureRepo.reports(SINGLE_REPORT)
            .withExec(List.of(Path.of(A_EXEC)), List.of(Path.of("stale/target/classes")));

    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options);

    assertThat(coverage.problems()).extracting(Notice::path).containsExactly(A_EXEC);
    assertThat(coverage.problems().get(0).message())
        .contains(
            "does not match the classes in stale/target/classes",
            "\"no match\"",
            "com.example.shared.Greeter");
    assertSingleStillMeasured(coverage);
  }

  @Test
  void aMatchingClassDirectoryRaisesNoProblem() {
    CoverageOptions options =
        FixtureRepo.reports(SINGLE_REPORT)
            .withExec(List.of(Path.of(A_EXEC)), List.of(Path.of(A_CLASSES)));
    assertThat(PatchCoverageCalculator.compute(change, repo, options).problems()).isEmpty();
  }

  @Test
  void aTruncatedExecFileIsNamed() throws IOException {
    // an exec file ends with a class's probe array: one byte less cuts it (a cut between blocks
    // would not show)
    cut(SINGLE_EXEC, "jacoco.exec", 1);
    CoverageOptions options =
        FixtureRepo.reports(SINGLE_REPORT)
            .withExec(List.of(Path.of("broken/jacoco.exec")), List.of(Path.of(A_CLASSES)));

    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options);

    assertThat(coverage.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("broken/jacoco.exec");
              assertThat(problem.message())
                  .isEqualTo("exec file is incomplete (truncated file?); not used");
            });
    assertSingleStillMeasured(coverage);
  }

  @Test
  void aReportPassedAsExecFileAndAnExecFilePassedAsReportAreNamed() {
    CoverageOptions options =
        FixtureRepo.reports(SINGLE_EXEC, SINGLE_REPORT)
            .withExec(List.of(Path.of(AGGREGATE_REPORT)), List.of(Path.of(A_CLASSES)));

    PatchCoverage coverage = PatchCoverageCalculator.compute(change, repo, options);

    assertThat(coverage.problems())
        .extracting(Notice::path, Notice::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                SINGLE_EXEC,
                "is a JaCoCo exec file, not an XML report: pass it as an exec file together with the class directories; not used"),
            org.assertj.core.groups.Tuple.tuple(
                AGGREGATE_REPORT,
                "not a JaCoCo exec file (Invalid execution data file.); not used"));
    assertSingleStillMeasured(coverage);
  }
}
