package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Action's coverage inputs on a real change whose code was built and tested under the JaCoCo
 * agent in the workspace, as a workflow's {@code mvn verify} step before the Action would.
 */
class ActionCoverageTest {
  private static final String PRICING = "src/main/java/com/acme/Pricing.java";
  private static final String BASE = PricingSample.BASE;
  // lines 8-14 are new; the tests cover gross only, so lines 9-13 are not covered
  private static final String HEAD = PricingSample.HEAD;
  private static final String TESTS =
      """
      package com.acme;

      public final class PricingTests {
        public static void main(String[] args) {
          if (new Pricing().gross(100, 2) != 200 || new Pricing().discounted(100, 2) != 200) {
            throw new AssertionError("pricing");
          }
        }
      }
      """;

  @TempDir Path root;
  ActionWorkflow workflow;
  String baseSha;
  String headSha;

  @BeforeEach
  void buildUnderJacoco() throws Exception {
    workflow = new ActionWorkflow(root);
    try (TestGitRepo repo = TestGitRepo.init(workflow.workspace)) {
      repo.write(".gitignore", "target/\n").write(PRICING, BASE);
      baseSha =
          repo.write(
                  "src/test/java/com/acme/PricingTests.java",
                  TESTS.replace(" || new Pricing().discounted(100, 2) != 200", ""))
              .commit("base")
              .name();
      headSha =
          repo.write(PRICING, HEAD)
              .write("src/test/java/com/acme/PricingTests.java", TESTS)
              .commit("discounts, half tested")
              .name();
    }
    JacocoBuild.run(workflow.workspace, "com.acme.PricingTests");
  }

  @Test
  void patchCoverageFromAReportGlobGoesToTheOutputsTheSummaryAndTheFindings() {
    workflow
        .pullRequest("pull_request", baseSha, headSha, true)
        .input("mode", "analyze")
        .input("fail-on", "none")
        .input("coverage", "**/target/site/jacoco/jacoco.xml");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    // lines 9, 10, 11 and 13 are coverable; 9, 10 and 13 ran (quantity 2), 11 did not
    assertThat(workflow.outputs()).containsEntry("patch-coverage", "75");
    assertThat(run.commands("warning"))
        .anyMatch(
            c ->
                c.startsWith(
                    "::warning file=" + PRICING + ",line=11,endLine=11,title=coverage-delta::"));
    assertThat(run.commands("error"))
        .anyMatch(
            c -> c.contains("title=coverage-delta::coverage gate failed: patch coverage 75.0%"));
    assertThat(workflow.stepSummary()).contains("| `" + PRICING + "` | 75.0% (3/4) | 11 |");
    // the summary comment phase B posts carries the same table
    assertThat(ReviewBundle.read(Path.of(workflow.outputs().get("bundle"))).plan().sections())
        .singleElement()
        .satisfies(
            section ->
                assertThat(section.markdown())
                    .contains("| `" + PRICING + "` | 75.0% (3/4) | 11 |"));
  }

  static Stream<Arguments> allowMissingCoverage() {
    return Stream.of(
        Arguments.of("", ExitCode.FINDINGS),
        Arguments.of("false", ExitCode.FINDINGS),
        Arguments.of("true", ExitCode.CLEAN));
  }

  @ParameterizedTest(name = "allow-missing-coverage: ''{0}''")
  @MethodSource("allowMissingCoverage")
  void aPatternThatMatchesNothingIsSaidAndFailsTheGateUnlessMissingReportsAreAllowed(
      String allowMissing, int exitCode) {
    workflow
        .pullRequest("pull_request", baseSha, headSha, true)
        .input("mode", "analyze")
        .input("fail-on", "error")
        .input("coverage", "**/build/reports/jacoco/*.xml")
        .input("allow-missing-coverage", allowMissing);

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(exitCode);
    assertThat(run.commands("warning"))
        .anyMatch(
            c ->
                c.equals(
                    "::warning title=reviewbot::the coverage pattern "
                        + "'**/build/reports/jacoco/*.xml' matched no file under "
                        + workflow.workspace));
    assertThat(workflow.outputs()).containsEntry("patch-coverage", "n/a");
    boolean gateFailed =
        run.commands("error").stream()
            .anyMatch(
                c ->
                    c.contains(
                        "title=coverage-delta::coverage gate failed: "
                            + "coverage data that cannot be used, so no gate can pass: **/build/reports/jacoco/*.xml: coverage report does not exist"));
    assertThat(gateFailed).as("the gate fails").isEqualTo(exitCode == ExitCode.FINDINGS);
  }

  @Test
  void withoutCoverageInputsPatchCoverageIsNotApplicable() {
    workflow
        .pullRequest("pull_request", baseSha, headSha, true)
        .input("mode", "analyze")
        .input("fail-on", "none");

    workflow.run();

    assertThat(workflow.outputs()).containsEntry("patch-coverage", "n/a");
    assertThat(workflow.stepSummary()).doesNotContain("75.0%");
  }
}
