package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code reviewbot check} with coverage data that cannot back the gate: an error finding that says
 * why and the findings exit code, never "Gates passed"; {@code --allow-missing-coverage} accepts a
 * report that is not there, nothing else. The change is tested, so only the data can fail the gate.
 */
class CheckCoverageFailsClosedTest {
  private static final String TESTS =
      """
      package com.acme;

      public final class PricingTests {
        public static void main(String[] args) {
          check(new Pricing().gross(100, 2) == 200, "gross");
          check(new Pricing().discounted(100, 10) == 900, "bulk discount");
          check(new Pricing().discounted(100, 2) == 200, "no discount");
        }

        static void check(boolean ok, String what) {
          if (!ok) {
            throw new AssertionError(what);
          }
        }
      }
      """;

  /** A well-formed JaCoCo report whose only source file is one the change did not touch. */
  private static final String REPORT_OF_THE_TESTS_ONLY =
      """
      <report name="acme"><package name="com/acme"><sourcefile name="PricingTests.java">
      <line nr="5" mi="0" ci="3" mb="0" cb="0"/></sourcefile></package></report>
      """;

  private static final String GATE_FAILED = "error [coverage-delta] coverage gate failed: ";

  @TempDir Path dir;

  @BeforeEach
  void buildTestedChangeUnderTheAgent() throws Exception {
    TestGitRepo repo = TestGitRepo.init(dir);
    repo.write(".gitignore", "target/\nbroken/\n");
    repo.write("src/main/java/com/acme/Pricing.java", PricingSample.BASE);
    repo.write("src/test/java/com/acme/PricingTests.java", TESTS).commit("base");
    repo.write("src/main/java/com/acme/Pricing.java", PricingSample.HEAD)
        .commit("discounts with tests");
    JacocoBuild.run(dir, "com.acme.PricingTests");
    Files.createDirectories(dir.resolve("broken"));
    Files.writeString(dir.resolve("broken/garbage.xml"), "Tests run: 3, Failures: 0\n");
    byte[] exec = Files.readAllBytes(dir.resolve(JacocoBuild.EXEC));
    Files.write(dir.resolve("broken/truncated.exec"), Arrays.copyOf(exec, exec.length - 1));
    Files.write(dir.resolve("broken/empty.exec"), new byte[0]);
    Files.writeString(dir.resolve("broken/tests-only.xml"), REPORT_OF_THE_TESTS_ONLY);
  }

  static Stream<Arguments> coverageInputs() {
    return Stream.of(
        Arguments.of(
            "the tests' own report",
            List.of("--coverage", JacocoBuild.REPORT),
            ExitCode.CLEAN,
            "Gates passed (patch coverage ≥ 80%)"),
        Arguments.of(
            "garbage XML",
            List.of("--coverage", "broken/garbage.xml"),
            ExitCode.FINDINGS,
            GATE_FAILED
                + "coverage data that cannot be used, so no gate can pass: broken/garbage.xml: not a well-formed XML file"),
        Arguments.of(
            "a truncated exec file",
            List.of("--exec", "broken/truncated.exec", "--classes", JacocoBuild.CLASSES),
            ExitCode.FINDINGS,
            GATE_FAILED
                + "coverage data that cannot be used, so no gate can pass: broken/truncated.exec: "
                + "exec file is incomplete (truncated file?)"),
        Arguments.of(
            "an empty exec file",
            List.of("--exec", "broken/empty.exec", "--classes", JacocoBuild.CLASSES),
            ExitCode.FINDINGS,
            "broken/empty.exec: exec file holds no execution data (an empty file, or no class ran): "
                + "did the tests run under the JaCoCo agent?"),
        Arguments.of(
            "a report with no data for the changed files",
            List.of("--coverage", "broken/tests-only.xml"),
            ExitCode.FINDINGS,
            GATE_FAILED
                + "no coverage data for the changed files (src/main/java/com/acme/Pricing.java): "
                + "did the tests run under the JaCoCo agent?"),
        Arguments.of(
            "a report that does not exist",
            List.of("--coverage", "target/site/jacoco/missing.xml"),
            ExitCode.FINDINGS,
            "target/site/jacoco/missing.xml: coverage report does not exist (allow-missing accepts inputs that do not exist)"),
        Arguments.of(
            "a report that does not exist, allowed",
            List.of("--coverage", "target/site/jacoco/missing.xml", "--allow-missing-coverage"),
            ExitCode.CLEAN,
            "Gates passed (patch coverage ≥ 80%)"),
        Arguments.of(
            "garbage XML, missing reports allowed",
            List.of("--coverage", "broken/garbage.xml", "--allow-missing-coverage"),
            ExitCode.FINDINGS,
            "broken/garbage.xml: not a well-formed XML file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coverageInputs")
  void theGatePassesOnlyOnCoverageDataThatCanBackIt(
      String name, List<String> coverage, int exitCode, String expected) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                "-C",
                dir.toString(),
                "--base",
                "HEAD~1",
                "--head",
                "HEAD",
                "--fail-on",
                "error"));
    for (String arg : coverage) {
      args.add(arg.startsWith("--") ? arg : dir.resolve(arg).toString());
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(exitCode);
    assertThat(run.out()).contains(expected);
    if (exitCode == ExitCode.FINDINGS) {
      assertThat(run.out()).contains("**Gates failed**").doesNotContain("Gates passed");
    }
  }
}
