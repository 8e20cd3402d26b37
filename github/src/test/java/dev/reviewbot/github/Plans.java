package dev.reviewbot.github;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import java.util.HashMap;
import java.util.List;

/** Review plans for the recorded pull request, built with the real planner. */
final class Plans {
  /** Right-side hunks in the recorded diff: 1-12, 15-21, 85-111, 114-126, 131-146, 334-339. */
  static final String CHECK_RUN = "src/main/java/org/kohsuke/github/GHCheckRun.java";

  /** Added in the recorded diff: lines 1-457. */
  static final String WORKFLOW_RUN = "src/main/java/org/kohsuke/github/GHWorkflowRun.java";

  /** Changed, but GitHub sent no patch for it. */
  static final String NO_PATCH =
      "src/test/resources/org/kohsuke/github/AppTest/wiremock/testListIssues/__files/repos_hub4j_github-api_issues-4.json";

  private Plans() {}

  /**
   * A finding whose message names its place in words too, so no two places read as "the same
   * finding".
   */
  static Finding at(String rule, Severity severity, String path, int start, int end) {
    return new Finding(
        rule,
        severity,
        path,
        new LineRange(start, end),
        "`" + rule + "` on lines " + start + "-" + end + " " + inWords(start),
        rule + ":" + path + ":" + start,
        null);
  }

  /** 12 as "bc". */
  private static String inWords(int number) {
    StringBuilder word = new StringBuilder();
    String.valueOf(number).chars().forEach(digit -> word.append((char) ('a' + digit - '0')));
    return word.toString();
  }

  static Finding warning(String rule, String path, int line) {
    return at(rule, Severity.WARNING, path, line, line);
  }

  static ReviewPlan plan(List<Finding> findings) {
    return plan(ReviewPolicy.defaults(), findings, List.of(), List.of());
  }

  static ReviewPlan plan(
      ReviewPolicy policy, List<Finding> findings, List<Notice> notices, List<RuleCrash> crashes) {
    AnalysisResult analysis = new AnalysisResult(findings, notices, crashes, 3);
    return new ReviewPlanner(policy)
        .plan(
            analysis,
            new DiffFilter(FilterMode.NOFILTER).mark(findings, new HashMap<>()),
            RecordedGitHub.HEAD,
            List.of());
  }
}
