package dev.reviewbot.rules.coverage;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.coverage.FileCoverage;
import dev.reviewbot.coverage.GateFailure;
import dev.reviewbot.coverage.LineGroup;
import dev.reviewbot.coverage.PatchCoverage;

/**
 * Turns the coverage of the change's added lines (a {@link PatchCoverage} the caller attached, e.g.
 * {@code reviewbot check --coverage}) into findings: one per range of added lines no test covers,
 * an info per partly covered range, and an error per failed gate, including a gate that fails
 * because the data cannot back it. Without coverage asked for it reports nothing.
 */
@RuleInfo(
    id = "coverage-delta",
    summary = "Added lines that no test covers, and the patch and project coverage gates",
    severity = Severity.WARNING,
    tags = {"testing", "coverage"},
    since = "0.1",
    testCode = TestCodePolicy.SKIP)
public final class CoverageDeltaRule implements ChangeRule {

  @Override
  public void check(ChangeContext context) {
    if (!context.isDiff()) {
      return;
    }
    context.attachment(PatchCoverage.class).ifPresent(coverage -> report(coverage, context));
  }

  private static void report(PatchCoverage coverage, ChangeContext context) {
    for (FileCoverage file : coverage.files()) {
      for (LineGroup group : file.uncovered()) {
        String verb = group.lines().isSingleLine() ? " is" : " are";
        context.report(
            file.path(),
            group.lines(),
            "uncovered: " + group.code(),
            group.describe() + verb + " not covered by tests",
            null);
      }
      for (LineGroup group : file.partial()) {
        String verb = group.lines().isSingleLine() ? " is" : " are";
        int branches = group.missedBranches() + group.coveredBranches();
        context.report(
            file.path(),
            group.lines(),
            "partly covered: " + group.code(),
            group.describe()
                + verb
                + " only partly covered by tests: "
                + group.missedBranches()
                + " of "
                + branches
                + " branches never taken",
            Severity.INFO);
      }
    }
    for (GateFailure failure : coverage.gateFailures()) {
      context.report(
          "gate " + failure.gate().name(),
          "coverage gate failed: " + failure.message(),
          Severity.ERROR,
          suggestion(failure.gate()));
    }
  }

  private static String suggestion(GateFailure.Gate gate) {
    return switch (gate) {
      case PATCH_COVERAGE -> "add tests that run the uncovered added lines";
      case COVERAGE_DROP -> "add tests for the code this change made untested, or remove dead code";
      case UNUSABLE_DATA ->
          "pass the JaCoCo report or exec file the tests of this commit wrote, after they ran";
      case NO_DATA_FOR_CHANGE ->
          "run the tests with the JaCoCo agent (jacoco-maven-plugin's prepare-agent) and pass "
              + "this project's report; or set allow-missing if this change has no coverage to measure";
    };
  }
}
