package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.action.internal.SarifSchema;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reviewbot action} in analyze mode (phase A) and its fallbacks, run as the Actions runner
 * would run it.
 */
class ActionAnalyzeTest {
  static final String SERVICE = ServiceSample.PATH;
  static final String BASE = ServiceSample.BASE;
  static final String HEAD = ServiceSample.HEAD;

  @TempDir Path root;
  ActionWorkflow workflow;
  TestGitRepo repo;
  String baseSha;
  String headSha;

  @BeforeEach
  void checkout() {
    workflow = new ActionWorkflow(root);
    repo = TestGitRepo.init(workflow.workspace);
    baseSha = repo.write(SERVICE, BASE).commit("base").name();
    headSha = repo.write(SERVICE, HEAD).commit("pull request").name();
  }

  @Test
  void analyzeOnAForkPullRequestLeavesAnnotationsSummarySarifAndOutputs() throws Exception {
    workflow.pullRequest("pull_request", baseSha, headSha, true).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.commands("warning"))
        .containsExactly(
            "::warning file="
                + SERVICE
                + ",line=9,endLine=9,title=shared-mutable-state::"
                + messageOf(run, "shared-mutable-state"),
            "::warning file="
                + SERVICE
                + ",line=11,endLine=11,title=argument-count::"
                + messageOf(run, "argument-count"));
    assertThat(workflow.stepSummary())
        .startsWith("### reviewbot")
        .contains(
            "["
                + SERVICE
                + ":9](https://github.com/"
                + ActionWorkflow.REPOSITORY
                + "/blob/"
                + headSha
                + "/"
                + SERVICE
                + "#L9)")
        .contains("`argument-count`");
    Map<String, String> outputs = workflow.outputs();
    assertThat(run.commands("notice"))
        .hasSize(2)
        // a summary finding names its place in the text, so GitHub does not show it on the diff
        .anyMatch(
            c ->
                c.startsWith(
                    "::notice title=public-api-surface::"
                        + SERVICE
                        + ":9: adds 2 exported members to `Service`"))
        .anyMatch(
            c ->
                c.startsWith(
                    "::notice title=untested-change::Production code changed with no test change"));
    assertThat(outputs)
        .containsEntry("errors", "0")
        .containsEntry("warnings", "2")
        .containsEntry("infos", "2")
        .containsEntry("findings", "4")
        .containsEntry("patch-coverage", "n/a");
    Path sarif = Path.of(outputs.get("sarif"));
    assertThat(sarif).startsWith(workflow.runner.resolve("temp"));
    String sarifText = Files.readString(sarif);
    assertThat(SarifSchema.errors(sarifText)).isEmpty();
    JsonNode run0 = new ObjectMapper().readTree(sarifText).at("/runs/0");
    // untested-change is about the whole change: code scanning would reject it without a file
    assertThat(run0.get("results").findValuesAsText("ruleId"))
        .containsExactlyInAnyOrder("shared-mutable-state", "argument-count", "public-api-surface");
    assertThat(run0.at("/properties/changeLevelFindingsOmitted").asInt()).isEqualTo(1);
    assertThat(workflow.stepSummary())
        .contains("_whole change_")
        .contains("1 about the whole change left out");
  }

  @Test
  void reviewsThePullRequestHeadAgainstItsMergeBaseNeverGithubSha() {
    // the base branch moved on after the pull request branched: its new problem is not the pull
    // request's
    repo.checkoutNewBranch("main-moved", baseSha);
    String movedBase =
        repo.write(
                "src/main/java/com/acme/Other.java",
                "package com.acme;\npublic class Other {\n  public static int hits;\n}\n")
            .commit("base moves on")
            .name();
    String prHead = headSha;
    workflow.pullRequest("pull_request", movedBase, prHead, false).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.out()).contains("reviewing " + movedBase + " .. " + prHead);
    assertThat(run.out())
        .doesNotContain(workflow.env.get("GITHUB_SHA"))
        .doesNotContain("Other.java");
    assertThat(workflow.outputs()).containsEntry("findings", "4");
  }

  @Test
  void annotatesTheTenMostSeverePerTypeAndListsEveryFindingInTheSummary() {
    StringBuilder wide = new StringBuilder("package com.acme;\n\npublic class Wide {\n");
    for (int i = 0; i < 12; i++) {
      wide.append("  public void call")
          .append(i)
          .append("(int a, int b, int c, int d, int e, int f, int g) {\n  }\n");
    }
    repo.write("src/main/java/com/acme/Wide.java", wide.append("}\n").toString());
    repo.write(".reviewbot.yml", "rules:\n  shared-mutable-state:\n    severity: error\n");
    String head = repo.commit("wide").name();
    workflow
        .pullRequest("pull_request", baseSha, head, true)
        .input("mode", "analyze")
        .input("fail-on", "none");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.commands("error"))
        .hasSize(1)
        .allMatch(c -> c.contains("title=shared-mutable-state"));
    assertThat(run.commands("warning"))
        .hasSize(10)
        .allMatch(c -> c.contains("title=argument-count"));
    assertThat(run.out())
        .contains(
            "GitHub shows at most 10 error, 10 warning and 10 notice annotations per step); 3 more warnings not annotated");
    assertThat(workflow.stepSummary())
        .contains("3 more warnings are listed only here")
        .containsPattern("(?s)(Wide\\.java:\\d+.*){12}");
    assertThat(workflow.outputs()).containsEntry("errors", "1").containsEntry("warnings", "13");
  }

  @Test
  void aPushIsReviewedFromBeforeToAfter() {
    workflow.push(baseSha, headSha).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.out()).contains("reviewing " + baseSha + " .. " + headSha + " (push)");
    assertThat(run.commands("warning")).hasSize(2);
    assertThat(workflow.outputs()).containsEntry("findings", "4").containsEntry("bundle", "");
  }

  @Test
  void aPushThatDeletesItsBranchReviewsNothing() {
    workflow.push(headSha, "0".repeat(40)).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("nothing to review");
    assertThat(workflow.outputs())
        .containsEntry("findings", "0")
        .containsEntry("result", "nothing-to-review");
  }

  @Test
  void warnsWhenPullRequestTargetRunsOnACheckoutOfThePullRequestHead() {
    workflow.pullRequest("pull_request_target", baseSha, headSha, true).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.commands("warning"))
        .anyMatch(
            c ->
                c.startsWith(
                    "::warning title=reviewbot::The pull request's head is checked out in a pull_request_target job"));
  }

  @Test
  void refusesToAnalyzeOnWorkflowRunWhereTheTokenCanWrite() {
    workflow.workflowRun(headSha, List.of(ActionWorkflow.NUMBER)).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.commands("error"))
        .singleElement()
        .asString()
        .startsWith(
            "::error title=reviewbot::on workflow_run, reviewbot only posts a review bundle (mode: publish)");
  }

  @Test
  void namesTheEventsItSupportsWhenStartedByAnother() {
    workflow.event("issue_comment", ActionWorkflow.read("issue_comment/created.payload.json"));

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out())
        .contains(
            "does not run on 'issue_comment' events; it runs on pull_request, pull_request_target, push, workflow_run");
  }

  private static String messageOf(ActionWorkflow.Run run, String rule) {
    return run.out()
        .lines()
        .filter(l -> l.contains("title=" + rule + "::"))
        .findFirst()
        .map(l -> l.substring(l.indexOf("::", 2) + 2))
        .orElse("<no annotation for " + rule + ">");
  }
}
