package dev.reviewbot.coverage;

import static dev.reviewbot.coverage.FixtureRepo.A_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.B_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.B_REPORT;
import static dev.reviewbot.coverage.FixtureRepo.PRICE_CALCULATOR;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_CLASSES;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_EXEC;
import static dev.reviewbot.coverage.FixtureRepo.SINGLE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.engine.Notice;
import dev.reviewbot.source.ChangeSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coverage gates fail closed on the fixtures' real JaCoCo output: data that cannot be read, is
 * empty, does not match the classes or says nothing about the change fails them with the reason,
 * whatever the threshold; only data that can back them lets them pass.
 */
class FailClosedCoverageTest {
  private static final String TEST_CODE =
      "single/src/test/java/com/example/shop/PriceCalculatorTest.java";

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

  /**
   * The expected outcome: no gate failure ({@code gate == null}), or one of {@code gate} whose
   * message contains {@code reason}.
   */
  record Outcome(GateFailure.Gate gate, String reason) {
    static final Outcome PASSES = new Outcome(null, null);

    static Outcome fails(GateFailure.Gate gate, String reason) {
      return new Outcome(gate, reason);
    }
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(
            "a valid report",
            (Supplier<CoverageOptions>) () -> FixtureRepo.reports(SINGLE_REPORT),
            Outcome.PASSES),
        Arguments.of(
            "a valid exec file",
            (Supplier<CoverageOptions>) () -> exec(SINGLE_EXEC, SINGLE_CLASSES),
            Outcome.PASSES),
        Arguments.of(
            "garbage XML",
            (Supplier<CoverageOptions>)
                () -> FixtureRepo.reports(write("garbage.xml", "coverage: 100%\n")),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA, "broken/garbage.xml: not a well-formed XML file")),
        Arguments.of(
            "a truncated exec file",
            (Supplier<CoverageOptions>)
                () -> exec(cut(SINGLE_EXEC, "truncated.exec", 1), SINGLE_CLASSES),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA,
                "broken/truncated.exec: exec file is incomplete (truncated file?)")),
        Arguments.of(
            "an empty exec file",
            (Supplier<CoverageOptions>) () -> exec(write("empty.exec", ""), SINGLE_CLASSES),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA,
                "broken/empty.exec: exec file holds no execution data (an empty file, "
                    + "or no class ran): did the tests run under the JaCoCo agent?")),
        Arguments.of(
            "exec data of other classes",
            (Supplier<CoverageOptions>) () -> exec(A_EXEC, B_CLASSES),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA,
                A_EXEC + ": exec data does not match the classes in " + B_CLASSES)),
        Arguments.of(
            "a report with no data for the changed files",
            (Supplier<CoverageOptions>) () -> FixtureRepo.reports(B_REPORT),
            Outcome.fails(
                GateFailure.Gate.NO_DATA_FOR_CHANGE,
                "no coverage data for the changed files ("
                    + PRICE_CALCULATOR
                    + "): did the tests run under the JaCoCo agent?")),
        Arguments.of(
            "a report that does not exist",
            (Supplier<CoverageOptions>) () -> FixtureRepo.reports("nowhere/jacoco.xml"),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA,
                "nowhere/jacoco.xml: coverage report does not exist "
                    + "(allow-missing accepts inputs that do not exist)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theGatesPassOnlyOnDataThatCanBackThem(
      String name, Supplier<CoverageOptions> options, Outcome expected) {
    // no threshold to miss: whatever fails, fails for the data
    PatchCoverage coverage =
        PatchCoverageCalculator.compute(change, repo, options.get().withGates(0, null));

    assertOutcome(coverage, expected);
  }

  static Stream<Arguments> inputsWithMissingAllowed() {
    return Stream.of(
        Arguments.of(
            "a report that does not exist",
            (Supplier<CoverageOptions>) () -> FixtureRepo.reports("nowhere/jacoco.xml"),
            Outcome.PASSES),
        Arguments.of(
            "a report with no data for the changed files",
            (Supplier<CoverageOptions>) () -> FixtureRepo.reports(B_REPORT),
            Outcome.PASSES),
        Arguments.of(
            "garbage XML",
            (Supplier<CoverageOptions>)
                () -> FixtureRepo.reports(write("garbage.xml", "<report name=")),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA,
                "broken/garbage.xml: JaCoCo XML report is incomplete")),
        Arguments.of(
            "an empty exec file",
            (Supplier<CoverageOptions>) () -> exec(write("empty.exec", ""), SINGLE_CLASSES),
            Outcome.fails(
                GateFailure.Gate.UNUSABLE_DATA, "did the tests run under the JaCoCo agent?")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputsWithMissingAllowed")
  void allowMissingAcceptsAbsentDataButNeverBrokenData(
      String name, Supplier<CoverageOptions> options, Outcome expected) {
    PatchCoverage coverage =
        PatchCoverageCalculator.compute(
            change, repo, options.get().withGates(0, null).withAllowMissing(true));

    assertOutcome(coverage, expected);
  }

  @Test
  void aMissingReportThatIsAllowedIsStillNamed() {
    PatchCoverage coverage =
        PatchCoverageCalculator.compute(
            change, repo, FixtureRepo.reports("nowhere/jacoco.xml").withAllowMissing(true));

    assertThat(coverage.problems()).extracting(Notice::path).containsExactly("nowhere/jacoco.xml");
    assertThat(coverage.toMarkdownTable()).contains("Gates passed");
  }

  @Test
  void aReportOfAnotherProjectFailsEvenWithMissingDataAllowed(@TempDir Path otherProject)
      throws IOException {
    Path source = otherProject.resolve(PRICE_CALCULATOR);
    Files.createDirectories(source.getParent());
    Files.writeString(source, FixtureRepo.read(repo, PRICE_CALCULATOR));
    CoverageOptions options =
        FixtureRepo.reports(repo.resolve(B_REPORT).toString()).withAllowMissing(true);

    PatchCoverage coverage = PatchCoverageCalculator.compute(change, otherProject, options);

    assertOutcome(
        coverage,
        Outcome.fails(
            GateFailure.Gate.NO_DATA_FOR_CHANGE,
            "none of the 1 source files in the coverage data is a file of this repository: is it a report of another project?"));
  }

  @Test
  void aChangeToTestsOnlyNeedsNoDataAboutIt() {
    ChangeSet testsOnly =
        TestChanges.of(TestChanges.modified(TEST_CODE, FixtureRepo.read(repo, TEST_CODE), 1));

    PatchCoverage coverage =
        PatchCoverageCalculator.compute(testsOnly, repo, FixtureRepo.reports(SINGLE_REPORT));

    assertThat(coverage.gateFailures()).isEmpty();
  }

  private static void assertOutcome(PatchCoverage coverage, Outcome expected) {
    if (expected.gate() == null) {
      assertThat(coverage.gateFailures()).isEmpty();
      assertThat(coverage.toMarkdownTable()).contains("Gates passed");
      return;
    }
    assertThat(coverage.gateFailures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.gate()).isEqualTo(expected.gate());
              assertThat(failure.message()).contains(expected.reason());
            });
    assertThat(coverage.toMarkdownTable())
        .contains("**Gates failed**")
        .doesNotContain("Gates passed");
  }

  private static CoverageOptions exec(String execFile, String classes) {
    return CoverageOptions.DEFAULT.withExec(List.of(Path.of(execFile)), List.of(Path.of(classes)));
  }

  private static String write(String name, String content) {
    try {
      Path file = Files.createDirectories(repo.resolve("broken")).resolve(name);
      Files.writeString(file, content);
      return repo.relativize(file).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code path} without its last {@code missing} bytes. */
  private static String cut(String path, String name, int missing) {
    try {
      byte[] bytes = Files.readAllBytes(repo.resolve(path));
      Path target = Files.createDirectories(repo.resolve("broken")).resolve(name);
      Files.write(target, Arrays.copyOf(bytes, bytes.length - missing));
      return repo.relativize(target).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
