package dev.reviewbot.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.reviewbot.cli.ActionAnalyzeTest.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.reviewbot.action.internal.SarifSchema;
import dev.reviewbot.github.RecordedGitHub;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code reviewbot action} as the runner runs it, posting to GitHub faked at the HTTP level with
 * the recorded responses of the test data's {@code github/api-recordings} ({@link RecordedGitHub}:
 * pull request hub4j-test-org/github-api#484, whose head and files are this test's real git
 * change).
 */
class ActionReviewTest {
  static final String REPOSITORY = RecordedGitHub.OWNER + "/" + RecordedGitHub.REPO;

  /**
   * Set by surefire (cli/pom.xml) to {@link RecordedGitHub#TOKEN}, for {@code reviewbot publish
   * --token-env}.
   */
  static final String TOKEN_ENV = "REVIEWBOT_TEST_TOKEN";

  static final String READ_ONLY =
      "{\"message\":\"Resource not accessible by integration\","
          + "\"documentation_url\":\"https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request\",\"status\":\"403\"}";

  @TempDir Path root;
  final RecordedGitHub github = new RecordedGitHub();
  ActionWorkflow workflow;
  TestGitRepo repo;
  String baseSha;
  String headSha;

  @BeforeEach
  void pullRequest() throws IOException {
    workflow = new ActionWorkflow(root.resolve("phase-a"));
    repo = TestGitRepo.init(workflow.workspace);
    baseSha = repo.write(SERVICE, ActionAnalyzeTest.BASE).commit("base").name();
    headSha = repo.write(SERVICE, ActionAnalyzeTest.HEAD).commit("pull request").name();
    ObjectNode file = github.json.createObjectNode();
    file.put("filename", SERVICE);
    file.put("status", "modified");
    file.put("patch", patch());
    github.files().add(file);
    github.movePullRequestTo(headSha);
  }

  @AfterEach
  void stop() {
    try {
      assertThat(github.server.findAllUnmatchedRequests())
          .as("requests the fake GitHub does not know")
          .isEmpty();
      assertThat(github.writes())
          .as("request bodies")
          .noneMatch(r -> r.getBodyAsString().contains(RecordedGitHub.TOKEN));
      assertThat(workflow.stepSummary()).doesNotContain(RecordedGitHub.TOKEN);
      assertThat(workflow.outputs().values())
          .noneMatch(value -> value.contains(RecordedGitHub.TOKEN));
    } finally {
      repo.close();
      github.close();
    }
  }

  @Test
  void aPullRequestFromTheRepositoryGetsOneReviewOneSummaryCommentAndNoAnnotations() {
    workflow
        .pullRequest("pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, false)
        .github(github.apiUrl(), RecordedGitHub.TOKEN);

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FINDINGS);
    List<LoggedRequest> reviews = github.requests("POST", RecordedGitHub.pullsPath("/reviews"));
    assertThat(reviews).hasSize(1);
    JsonNode review = github.body(reviews.get(0));
    assertThat(review.get("commit_id").asText()).isEqualTo(headSha);
    assertThat(review.get("event").asText()).isEqualTo("COMMENT");
    assertThat(review.get("comments"))
        .extracting(
            c ->
                c.get("path").asText() + ":" + c.get("line").asInt() + ":" + c.get("side").asText())
        .contains(SERVICE + ":9:RIGHT", SERVICE + ":11:RIGHT");
    List<LoggedRequest> summaries = github.requests("POST", RecordedGitHub.issuesPath("/comments"));
    assertThat(summaries).hasSize(1);
    // untested-change is about the whole change: it has no line to sit on, so the summary comment
    // carries it
    assertThat(github.body(summaries.get(0)).get("body").asText())
        .contains("### reviewbot")
        .contains("shared-mutable-state")
        .contains("untested-change");
    assertThat(github.requests("POST", "/repos/" + REPOSITORY + "/check-runs")).hasSize(1);
    assertThat(run.out())
        .doesNotContain("::warning file=")
        .doesNotContain("::notice file=")
        .contains(
            "reviewbot: posted "
                + review.get("comments").size()
                + " new inline comment(s) on "
                + REPOSITORY
                + "#484");
    assertThat(workflow.outputs())
        .containsEntry("result", "published")
        .containsEntry("bundle", "")
        .containsEntry("warnings", "2");
    assertThat(workflow.stepSummary())
        .contains("Posted on `" + REPOSITORY + "#484@" + headSha.substring(0, 12) + "`");
    assertThat(run.out() + run.err()).doesNotContain(RecordedGitHub.TOKEN);
  }

  @Test
  void aForkPullRequestIsRefusedAndLeavesAnnotationsSummarySarifAndABundleThatPublishPosts()
      throws Exception {
    List<StubMapping> readOnly = readOnlyToken();
    workflow
        .pullRequest("pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, true)
        .github(github.apiUrl(), RecordedGitHub.TOKEN);

    ActionWorkflow.Run phaseA = workflow.run();

    assertThat(phaseA.exitCode()).as(phaseA.out() + phaseA.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(phaseA.commands("warning"))
        .anyMatch(
            c ->
                c.startsWith(
                    "::warning file=" + SERVICE + ",line=9,endLine=9,title=shared-mutable-state::"))
        .anyMatch(
            c ->
                c.startsWith(
                    "::warning file=" + SERVICE + ",line=11,endLine=11,title=argument-count::"))
        .anyMatch(
            c ->
                c.startsWith(
                        "::warning title=reviewbot::GitHub did not let this token write to "
                            + REPOSITORY
                            + "#484")
                    && c.contains("HTTP 403: Resource not accessible by integration"));
    assertThat(phaseA.commands("notice")).hasSize(2);
    assertThat(successfulWrites()).as("nothing was written on GitHub").isEmpty();
    assertThat(workflow.stepSummary())
        .startsWith("### reviewbot")
        .contains(SERVICE + ":9", SERVICE + ":11")
        .contains("GitHub refused the review (a pull request from a fork gets a read-only token)");
    Map<String, String> outputs = workflow.outputs();
    assertThat(outputs).containsEntry("result", "refused").containsEntry("findings", "4");
    assertThat(SarifSchema.errors(Files.readString(Path.of(outputs.get("sarif"))))).isEmpty();
    Path bundle = Path.of(outputs.get("bundle"));
    assertThat(ReviewBundle.read(bundle).pullRequest())
        .hasToString(REPOSITORY + "#484@" + headSha.substring(0, 12));

    readOnly.forEach(github.server::removeStub);
    CliRun phaseB =
        CliRun.of(
            "publish",
            "--bundle",
            bundle.toString(),
            "--token-env",
            TOKEN_ENV,
            "--api-url",
            github.apiUrl());

    assertThat(phaseB.exitCode()).as(phaseB.err()).isEqualTo(ExitCode.CLEAN);
    List<JsonNode> posted = postedReviews();
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).get("commit_id").asText()).isEqualTo(headSha);
    assertThat(posted.get(0).get("comments"))
        .extracting(c -> c.get("path").asText() + ":" + c.get("line").asInt())
        .contains(SERVICE + ":9", SERVICE + ":11");
  }

  @Test
  void phaseBAsTheActionOnWorkflowRunPostsTheBundleOnceThoughRunTwice() throws Exception {
    workflow
        .pullRequest("pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, true)
        .input("mode", "analyze");
    ActionWorkflow.Run phaseA = workflow.run();
    String bundle = workflow.outputs().get("bundle");
    assertThat(github.server.getAllServeEvents()).as("analyze mode never calls GitHub").isEmpty();
    ActionWorkflow publish =
        new ActionWorkflow(root.resolve("phase-b"))
            .workflowRun(REPOSITORY, headSha, List.of())
            .github(github.apiUrl(), RecordedGitHub.TOKEN)
            .input("mode", "publish")
            .input("bundle", bundle);

    ActionWorkflow.Run first = publish.run();
    github.absorb();
    ActionWorkflow.Run second = publish.run();

    assertThat(phaseA.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(postedReviews()).hasSize(1);
    assertThat(github.requests("POST", RecordedGitHub.issuesPath("/comments")))
        .as("one summary comment, then edited")
        .hasSize(1);
    assertThat(second.out()).contains("posted 0 new inline comment(s)");
    assertThat(publish.outputs())
        .containsEntry("result", "published")
        .containsEntry("findings", "4")
        .containsEntry("warnings", "2");
    assertThat(publish.stepSummary()).contains("Posted the review of `" + REPOSITORY + "#484@");
    assertThat(first.out() + second.out() + first.err() + second.err())
        .doesNotContain(RecordedGitHub.TOKEN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "another repository | someone/else           | HEAD  | ''  | it is for hub4j-test-org/github-api#484, not for this repository, someone/else",
        "another commit     | hub4j-test-org/github-api | OTHER | ''  | it is for commit HEAD, but the pull_request run 289782451 it came from ran on OTHER",
        "another pull request | hub4j-test-org/github-api | HEAD | 485 | it is for pull request #484, but run 289782451 was for [#485]",
      })
  void phaseBRefusesABundleNotMadeForTheRunThatTriggeredIt(
      String name, String repository, String runHead, String linked, String why) {
    workflow
        .pullRequest("pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, true)
        .input("mode", "analyze")
        .run();
    String other = "0123456789abcdef0123456789abcdef01234567";
    String runSha = runHead.equals("HEAD") ? headSha : other;
    ActionWorkflow publish =
        new ActionWorkflow(root.resolve("phase-b"))
            .workflowRun(
                repository,
                runSha,
                linked.isEmpty() ? List.of() : List.of(Integer.parseInt(linked)))
            .github(github.apiUrl(), RecordedGitHub.TOKEN)
            .input("mode", "publish")
            .input("bundle", workflow.outputs().get("bundle"));

    ActionWorkflow.Run run = publish.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.commands("error"))
        .singleElement()
        .asString()
        .startsWith(
            "::error title=reviewbot::refusing to post the review bundle: "
                + why.replace("HEAD", headSha).replace("OTHER", other));
    assertThat(github.server.getAllServeEvents()).as("nothing sent to GitHub").isEmpty();
  }

  @Test
  void whenGitHubCannotBeUsedTheFindingsStillArriveAndTheStepFails() {
    github.stub(
        com.github.tomakehurst.wiremock.client.WireMock.get(github.at(RecordedGitHub.pullsPath("")))
            .atPriority(1),
        aResponse()
            .withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Not Found\"}"));
    workflow
        .pullRequest("pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, false)
        .github(github.apiUrl(), RecordedGitHub.TOKEN);

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.commands("error"))
        .singleElement()
        .asString()
        .startsWith(
            "::error title=reviewbot::could not publish the review on " + REPOSITORY + "#484")
        .contains("404");
    assertThat(run.commands("warning")).anyMatch(c -> c.contains("title=shared-mutable-state"));
    assertThat(workflow.outputs()).containsEntry("result", "failed");
    assertThat(Path.of(workflow.outputs().get("bundle"))).isRegularFile();
    assertThat(successfulWrites()).isEmpty();
  }

  @Test
  void withoutATokenTheReviewIsNotPostedAndTheFindingsAreAnnotated() {
    workflow.pullRequest(
        "pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, false);

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.commands("warning"))
        .contains(
            "::warning title=reviewbot::no GITHUB_TOKEN: the review is not posted (set the token input)")
        .anyMatch(c -> c.contains("title=argument-count"));
    assertThat(workflow.outputs()).containsEntry("result", "analyzed");
    assertThat(github.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void publishOnAPullRequestEventSaysWhereItBelongs() {
    workflow
        .pullRequest("pull_request", REPOSITORY, RecordedGitHub.NUMBER, baseSha, headSha, false)
        .input("mode", "publish")
        .input("bundle", "review-bundle.json");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out())
        .contains(
            "mode publish runs on workflow_run (phase B of the fork-safe setup), not on pull_request");
  }

  /** A fork's GITHUB_TOKEN: GitHub answers every write with 403. */
  private List<StubMapping> readOnlyToken() {
    List<StubMapping> stubs = new ArrayList<>();
    for (String path :
        List.of(
            RecordedGitHub.pullsPath("/reviews"),
            RecordedGitHub.pullsPath("/comments"),
            RecordedGitHub.issuesPath("/comments"),
            "/repos/" + REPOSITORY + "/check-runs")) {
      stubs.add(
          github.stub(
              post(github.at(path)).atPriority(1),
              aResponse()
                  .withStatus(403)
                  .withHeader("Content-Type", "application/json; charset=utf-8")
                  .withBody(READ_ONLY)));
    }
    return stubs;
  }

  private List<ServeEvent> successfulWrites() {
    return github.server.getAllServeEvents().stream()
        .filter(
            e ->
                !e.getRequest().getMethod().getName().equals("GET")
                    && e.getResponse().getStatus() < 300)
        .toList();
  }

  private List<JsonNode> postedReviews() {
    return github.server.getAllServeEvents().stream()
        .filter(
            e ->
                e.getResponse().getStatus() < 300
                    && e.getRequest().getMethod().getName().equals("POST")
                    && e.getRequest()
                        .getUrl()
                        .replaceFirst("\\?.*", "")
                        .equals(RecordedGitHub.pullsPath("/reviews")))
        .map(e -> github.body(e.getRequest()))
        .toList();
  }

  /** GitHub's {@code patch} for the file: the hunks of the real diff, without the file header. */
  private String patch() throws IOException {
    try (Git git = Git.open(workflow.workspace.toFile());
        RevWalk walk = new RevWalk(git.getRepository())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DiffFormatter diff = new DiffFormatter(out)) {
        diff.setRepository(git.getRepository());
        diff.format(
            walk.parseCommit(ObjectId.fromString(baseSha)).getTree(),
            walk.parseCommit(ObjectId.fromString(headSha)).getTree());
      }
      String text = out.toString(StandardCharsets.UTF_8);
      return text.substring(text.indexOf("@@")).stripTrailing();
    }
  }
}
