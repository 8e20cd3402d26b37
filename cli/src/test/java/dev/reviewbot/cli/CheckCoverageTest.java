package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reviewbot check --coverage} end to end: a real git change, its code built and its tests
 * run under the JaCoCo agent, the XML report written by JaCoCo, then the command line.
 */
class CheckCoverageTest {
  private static final String BASE = PricingSample.BASE;
  private static final String HEAD = PricingSample.HEAD;

  private static final String TESTS =
      """
      package com.acme;

      public final class PricingTests {
        public static void main(String[] args) {
          check(new Pricing().gross(100, 2) == 200, "gross");
      %s  }

        static void check(boolean ok, String what) {
          if (!ok) {
            throw new AssertionError(what);
          }
        }
      }
      """;

  private static final String DISCOUNT_TESTS =
      """
          check(new Pricing().discounted(100, 10) == 900, "bulk discount");
          check(new Pricing().discounted(100, 2) == 200, "no discount");
      """;

  @TempDir Path dir;
  TestGitRepo repo;

  @BeforeEach
  void createRepository() {
    repo = TestGitRepo.init(dir);
    repo.write(".gitignore", "target/\n");
    repo.write("src/main/java/com/acme/Pricing.java", BASE);
    repo.write("src/test/java/com/acme/PricingTests.java", TESTS.formatted(""));
    repo.commit("base");
  }

  private CliRun check(String... more) {
    String[] args = {
      "check",
      "-C",
      dir.toString(),
      "--base",
      "HEAD~1",
      "--head",
      "HEAD",
      "--fail-on",
      "error",
      "--coverage",
      dir.resolve(JacocoBuild.REPORT).toString()
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void untestedNewCodeIsReportedAndFailsTheGate() throws Exception {
    repo.write("src/main/java/com/acme/Pricing.java", HEAD).commit("discounts, no tests");
    JacocoBuild.run(dir, "com.acme.PricingTests");

    CliRun run = check();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains(
            "src/main/java/com/acme/Pricing.java:9: warning [coverage-delta] lines 9-13 are not covered by tests")
        .contains(
            "error [coverage-delta] coverage gate failed: patch coverage 0.0% (0 of 4 coverable added lines) "
                + "is below the minimum of 80%")
        .contains("| `src/main/java/com/acme/Pricing.java` | 0.0% (0/4) | 9-13 |");
  }

  @Test
  void withTestsAddedTheGatePasses() throws Exception {
    repo.write("src/main/java/com/acme/Pricing.java", HEAD);
    repo.write("src/test/java/com/acme/PricingTests.java", TESTS.formatted(DISCOUNT_TESTS))
        .commit("discounts with tests");
    JacocoBuild.run(dir, "com.acme.PricingTests");

    CliRun run = check();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .doesNotContain("not covered by tests")
        .doesNotContain("coverage gate failed")
        .contains("| `src/main/java/com/acme/Pricing.java` | 100.0% (4/4) |  |")
        .contains("Gates passed (patch coverage ≥ 80%)");
  }

  @Test
  void theExecRouteAndAConfiguredGateGiveTheSameVerdict() throws Exception {
    repo.write("src/main/java/com/acme/Pricing.java", HEAD).commit("discounts, no tests");
    JacocoBuild.run(dir, "com.acme.PricingTests");
    Files.writeString(
        dir.resolve(".reviewbot.yml"),
        "coverage:\n  exec: [target/jacoco.exec]\n  classes: [target/classes]\n"
            + "  min-patch-coverage: 0\n");

    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--fail-on",
            "error");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .contains("Pricing.java:9: warning [coverage-delta] lines 9-13 are not covered by tests");
  }

  @Test
  void aBadThresholdIsAUsageError() {
    CliRun run = check("--min-patch-coverage", "120");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("minimum patch coverage must be between 0 and 100 but was 120.0");
  }

  @Test
  void execFilesWithoutClassDirectoriesAreAUsageError() {
    CliRun run = CliRun.of("check", "-C", dir.toString(), "--exec", "target/jacoco.exec");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--exec needs the class directories");
  }
}
