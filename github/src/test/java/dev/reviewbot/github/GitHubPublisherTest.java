package dev.reviewbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.reviewbot.github.Plans.CHECK_RUN;
import static dev.reviewbot.github.Plans.NO_PATCH;
import static dev.reviewbot.github.Plans.WORKFLOW_RUN;
import static dev.reviewbot.github.Plans.at;
import static dev.reviewbot.github.Plans.warning;
import static dev.reviewbot.github.RecordedGitHub.PR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.github.PublishResult.Status;
import dev.reviewbot.github.PublishResult.SummaryAction;
import dev.reviewbot.plan.Markers;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.registry.RuleLinks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitHubPublisherTest {
  private final RecordedGitHub github = new RecordedGitHub();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final LogCapture logs = new LogCapture();
  private final PublishOptions options =
      PublishOptions.defaults().withRuleLinks(new RuleLinks("https://docs.example/rules/"));

  @AfterEach
  void tearDown() {
    try {
      assertThat(github.server.findAllUnmatchedRequests())
          .as("requests the fake GitHub does not know")
          .isEmpty();
      assertThat(logs.formatted())
          .as("log lines")
          .noneMatch(line -> line.contains(RecordedGitHub.TOKEN));
      assertThat(github.writes())
          .as("requests sent")
          .noneMatch(r -> r.getBodyAsString().contains(RecordedGitHub.TOKEN));
    } finally {
      logs.close();
      github.close();
    }
  }

  private PublishResult publish(ReviewPlan plan) {
    return publish(plan, options);
  }

  private PublishResult publish(ReviewPlan plan, PublishOptions publishOptions) {
    PublishResult result =
        new GitHubPublisher(github.client(sleeper), publishOptions).publish(plan, PR);
    assertThat(result.message()).doesNotContain(RecordedGitHub.TOKEN);
    return result;
  }

  private List<LoggedRequest> reviews() {
    return github.requests("POST", RecordedGitHub.pullsPath("/reviews"));
  }

  private List<LoggedRequest> summariesPosted() {
    return github.requests("POST", RecordedGitHub.issuesPath("/comments"));
  }

  @Test
  void postsOneReviewWithCommentsOnlyOnValidAnchors() {
    ReviewPlan plan =
        Plans.plan(
            List.of(
                warning("inside-a-hunk", CHECK_RUN, 5),
                at("range-in-one-hunk", Severity.ERROR, CHECK_RUN, 3, 8),
                at("range-across-hunks", Severity.WARNING, CHECK_RUN, 10, 16),
                warning("between-hunks", CHECK_RUN, 13),
                warning("far-from-the-diff", CHECK_RUN, 200),
                warning("no-patch", NO_PATCH, 3),
                warning("not-in-the-pull-request", "src/main/java/Nowhere.java", 1),
                new Finding(
                    "pr-size",
                    Severity.INFO,
                    null,
                    null,
                    "This change touches 300 files",
                    "pr-size:change",
                    null)));

    PublishResult result = publish(plan);

    assertThat(reviews()).hasSize(1);
    GoldenJson.assertMatches("review-valid-anchors.json", github.body(reviews().get(0)));
    assertThat(summariesPosted()).hasSize(1);
    GoldenJson.assertMatches("summary-valid-anchors.json", github.body(summariesPosted().get(0)));
    assertThat(result.status()).isEqualTo(Status.PUBLISHED);
    assertThat(result.inlinePosted()).isEqualTo(3);
    assertThat(result.reviewId()).isEqualTo(2121311995L);
    assertThat(result.summaryAction()).isEqualTo(SummaryAction.CREATED);
    assertThat(result.conclusion()).isEqualTo("failure");
  }

  @Test
  void postsNothingTwiceAcrossTwoRunsOnTheSameHead() {
    github.pageReviewCommentsBy(2); // the recorded comments plus ours span several pages
    ReviewPlan plan =
        Plans.plan(
            List.of(
                warning("a-rule", CHECK_RUN, 5),
                warning("b-rule", CHECK_RUN, 90),
                warning("c-rule", WORKFLOW_RUN, 40),
                warning("d-rule", CHECK_RUN, 200)));

    PublishResult first = publish(plan);
    github.absorb();
    PublishResult second = publish(plan);

    assertThat(reviews()).hasSize(1);
    assertThat(github.body(reviews().get(0)).get("comments")).hasSize(3);
    assertThat(github.requests("POST", RecordedGitHub.pullsPath("/comments"))).isEmpty();
    assertThat(summariesPosted()).as("one summary comment, created once").hasSize(1);
    assertThat(first.inlinePosted()).isEqualTo(3);
    assertThat(second.inlinePosted()).isZero();
    assertThat(second.alreadyPosted()).isEqualTo(3);
    assertThat(second.reviewId()).isZero();
    assertThat(second.summaryAction()).isEqualTo(SummaryAction.UPDATED);
    List<LoggedRequest> edits =
        github.requests("PATCH", "/repos/hub4j-test-org/github-api/issues/comments/1254853699");
    assertThat(edits).hasSize(1);
    GoldenJson.assertMatches("summary-second-run.json", github.body(edits.get(0)));
  }

  @Test
  void leavesAnUnchangedSummaryAlone() {
    ReviewPlan plan = Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5)));
    publish(plan);
    github.absorb();
    publish(plan);
    github.absorb();

    PublishResult third = publish(plan);

    assertThat(third.summaryAction()).isEqualTo(SummaryAction.UNCHANGED);
    assertThat(summariesPosted()).hasSize(1);
    assertThat(
            github.requests("PATCH", "/repos/hub4j-test-org/github-api/issues/comments/1254853699"))
        .hasSize(1);
  }

  @Test
  void ignoresMarkersInCommentsByAnyoneElse() {
    Finding finding = warning("a-rule", CHECK_RUN, 5);
    github.addIssueComment(
        "yrodiere",
        Markers.summary() + "\nfake summary\n" + Markers.fingerprint(finding.fingerprint()));
    github.addReviewComment(
        "yrodiere", CHECK_RUN, 5, "copied\n" + Markers.fingerprint(finding.fingerprint()));

    PublishResult result = publish(Plans.plan(List.of(finding)));

    assertThat(result.inlinePosted()).isEqualTo(1);
    assertThat(result.summaryAction()).isEqualTo(SummaryAction.CREATED);
    assertThat(github.server.getAllServeEvents())
        .noneMatch(
            e ->
                e.getRequest().getMethod().getName().equals("PATCH")
                    && e.getRequest().getUrl().contains("/issues/comments/"));
  }

  @Test
  void editsTheBotsOwnSummaryInPlace() {
    github.addIssueComment(RecordedGitHub.BOT, Markers.summary() + "\n### reviewbot\n\nold text");
    long id = github.issueComments().get(github.issueComments().size() - 1).get("id").asLong();

    PublishResult result = publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(summariesPosted()).isEmpty();
    assertThat(github.requests("PATCH", "/repos/hub4j-test-org/github-api/issues/comments/" + id))
        .hasSize(1);
    assertThat(result.summaryAction()).isEqualTo(SummaryAction.UPDATED);
    assertThat(result.summaryCommentId()).isEqualTo(id);
  }

  @Test
  void sendsAnnotationsFiftyPerRequestAndConcludesByTheFailLevel() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      findings.add(
          at("rule-" + (i % 7), i % 10 == 0 ? Severity.ERROR : Severity.INFO, WORKFLOW_RUN, i, i));
    }
    ReviewPlan plan =
        Plans.plan(
            ReviewPolicy.defaults().withFailOn(Severity.ERROR), findings, List.of(), List.of());

    PublishResult result = publish(plan);

    List<LoggedRequest> created =
        github.requests("POST", "/repos/hub4j-test-org/github-api/check-runs");
    List<LoggedRequest> updated =
        github.requests("PATCH", "/repos/hub4j-test-org/github-api/check-runs/1424883599");
    assertThat(created).hasSize(1);
    assertThat(updated).hasSize(2);
    assertThat(github.body(created.get(0)).at("/output/annotations")).hasSize(50);
    assertThat(github.body(updated.get(0)).at("/output/annotations")).hasSize(50);
    assertThat(github.body(updated.get(1)).at("/output/annotations")).hasSize(20);
    GoldenJson.assertMatches("check-run-create.json", github.body(created.get(0)));
    GoldenJson.assertMatches("check-run-annotations-2.json", github.body(updated.get(0)));
    GoldenJson.assertMatches("check-run-annotations-3.json", github.body(updated.get(1)));
    assertThat(result.checkRunId()).isEqualTo(1424883599L);
    assertThat(result.conclusion()).isEqualTo("failure");
  }

  @Test
  void sendsAtMostThreeHundredAnnotationsAndCountsTheRestInTheSummary() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 420; i++) {
      findings.add(at("rule-" + (i % 7), Severity.WARNING, WORKFLOW_RUN, i, i));
    }

    publish(Plans.plan(findings));

    List<LoggedRequest> sent =
        new ArrayList<>(github.requests("POST", "/repos/hub4j-test-org/github-api/check-runs"));
    sent.addAll(github.requests("PATCH", "/repos/hub4j-test-org/github-api/check-runs/1424883599"));
    assertThat(sent).hasSize(6);
    assertThat(sent.stream().mapToInt(r -> github.body(r).at("/output/annotations").size()).sum())
        .isEqualTo(300);
    assertThat(github.body(sent.get(0)).at("/output/summary").asText())
        .endsWith("120 more findings are not annotated: a check run gets the 300 most important.");
  }

  @Test
  void publishingTheSamePlanTwiceUpdatesTheOneCheckRunWithoutRepeatingItsAnnotations() {
    ReviewPlan plan =
        Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5), warning("b-rule", CHECK_RUN, 90)));
    publish(plan);
    List<LoggedRequest> created =
        github.requests("POST", "/repos/hub4j-test-org/github-api/check-runs");
    assertThat(created).hasSize(1);
    JsonNode sent = github.body(created.get(0)).at("/output/annotations");
    assertThat(sent).hasSize(2);
    // GitHub now shows the run as completed, with the annotations it was sent
    String completed =
        RecordedGitHub.read(
                RecordedGitHub.recording(
                    "GHCheckRunBuilderTest/wiremock/createCheckRunManyAnnotations/__files/5-r_h_t_check-runs.json"))
            .replace("\"name\": \"big\"", "\"name\": \"reviewbot\"");
    github.stub(
        com.github.tomakehurst.wiremock.client.WireMock.get(
            github.at(
                "/repos/hub4j-test-org/github-api/commits/" + RecordedGitHub.HEAD + "/check-runs")),
        github.ok("{\"total_count\":1,\"check_runs\":[" + completed + "]}"));
    github.stub(
        com.github.tomakehurst.wiremock.client.WireMock.get(
            github.at("/repos/hub4j-test-org/github-api/check-runs/1424883599/annotations")),
        github.ok(sent.toString()));

    PublishResult again = publish(plan);

    assertThat(github.requests("POST", "/repos/hub4j-test-org/github-api/check-runs"))
        .as("no second check run")
        .hasSize(1);
    List<LoggedRequest> updated =
        github.requests("PATCH", "/repos/hub4j-test-org/github-api/check-runs/1424883599");
    assertThat(updated).hasSize(1);
    assertThat(github.body(updated.get(0)).at("/output/annotations"))
        .as("nothing shown twice")
        .isEmpty();
    assertThat(github.body(updated.get(0)).at("/conclusion").asText())
        .isEqualTo(again.conclusion());
    assertThat(again.checkRunId()).isEqualTo(1424883599L);
  }

  @Test
  void completesACheckRunStillInProgressInsteadOfAddingOne() {
    JsonNode recorded = github.json.valueToTree(List.of());
    String inProgress =
        RecordedGitHub.read(
                RecordedGitHub.recording(
                    "GHCheckRunBuilderTest/wiremock/createCheckRunManyAnnotations/__files/5-r_h_t_check-runs.json"))
            .replace("\"status\": \"completed\"", "\"status\": \"in_progress\"")
            .replace("\"name\": \"big\"", "\"name\": \"reviewbot\"");
    github.stub(
        com.github.tomakehurst.wiremock.client.WireMock.get(
            github.at(
                "/repos/hub4j-test-org/github-api/commits/" + RecordedGitHub.HEAD + "/check-runs")),
        github.ok("{\"total_count\":1,\"check_runs\":[" + inProgress + "]}"));

    PublishResult result = publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(recorded).isEmpty();
    assertThat(github.requests("POST", "/repos/hub4j-test-org/github-api/check-runs")).isEmpty();
    List<LoggedRequest> updated =
        github.requests("PATCH", "/repos/hub4j-test-org/github-api/check-runs/1424883599");
    assertThat(updated).hasSize(1);
    GoldenJson.assertMatches("check-run-update.json", github.body(updated.get(0)));
    assertThat(result.conclusion()).isEqualTo("failure");
  }

  @Test
  void postsCommentsOneByOneAfterGitHubRejectsTheReview() {
    github.stub(
        post(github.at(RecordedGitHub.pullsPath("/reviews"))),
        aResponse()
            .withStatus(422)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"message\":\"Unprocessable Entity\",\"errors\":[\"Line could not be resolved\"],"
                    + "\"documentation_url\":\"https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request\",\"status\":\"422\"}"));
    github.stub(
        post(github.at(RecordedGitHub.pullsPath("/comments")))
            .withRequestBody(
                matchingJsonPath(
                    "$.line", com.github.tomakehurst.wiremock.client.WireMock.equalTo("90"))),
        aResponse()
            .withStatus(422)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequestReviewComment\",\"code\":\"custom\","
                    + "\"field\":\"pull_request_review_thread.line\",\"message\":\"could not be resolved\"}],\"status\":\"422\"}"));
    ReviewPlan plan =
        Plans.plan(
            List.of(
                warning("a-rule", CHECK_RUN, 5),
                warning("b-rule", CHECK_RUN, 90),
                warning("c-rule", WORKFLOW_RUN, 40)));

    PublishResult result = publish(plan);

    assertThat(reviews()).hasSize(1);
    List<LoggedRequest> singles = github.requests("POST", RecordedGitHub.pullsPath("/comments"));
    assertThat(singles).hasSize(3);
    for (int i = 0; i < singles.size(); i++) {
      GoldenJson.assertMatches("single-comment-" + (i + 1) + ".json", github.body(singles.get(i)));
    }
    assertThat(result.inlinePosted()).isEqualTo(2);
    String summary = github.body(summariesPosted().get(0)).get("body").asText();
    assertThat(summary)
        .contains("`" + CHECK_RUN + ":90` `b-rule` on lines 90-90", "posted one by one");
    assertThat(github.requests("GET", RecordedGitHub.pullsPath("/files")))
        .as("the 3 pages of the diff, read again before posting one by one")
        .hasSize(6);
  }

  @Test
  void reportsAReadOnlyTokenClearlyWithoutAStackTraceAndWritesNothingElse() {
    github.stub(
        post(github.at(RecordedGitHub.pullsPath("/reviews"))),
        aResponse()
            .withStatus(403)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"message\":\"Resource not accessible by integration\",\"documentation_url\":"
                    + "\"https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request\",\"status\":\"403\"}"));

    PublishResult result = publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(result.status()).isEqualTo(Status.REFUSED);
    assertThat(result.isRefused()).isTrue();
    assertThat(result.message())
        .isEqualTo(
            "GitHub did not let this token write to hub4j-test-org/github-api#484: posting the review "
                + "was refused (HTTP 403: Resource not accessible by integration). The token is read-only, as on pull requests from forks; "
                + "post from a workflow_run job with 'reviewbot publish --bundle FILE', or use the annotations and job summary instead.");
    assertThat(github.writes()).hasSize(1);
    assertThat(sleeper.waits()).as("a permission error is not retried").isEmpty();
    assertThat(logs.records()).allMatch(r -> r.getThrowableProxy() == null);
    assertThat(logs.formatted(ch.qos.logback.classic.Level.INFO))
        .isNotEmpty()
        .noneMatch(line -> line.contains("\tat ") || line.contains("Exception"));
    assertThat(logs.records())
        .anyMatch(r -> r.getFormattedMessage().contains("Resource not accessible by integration"));
  }

  @Test
  void honoursRetryAfterOnASecondaryRateLimit() {
    github.stub(
        post(github.at(RecordedGitHub.pullsPath("/reviews")))
            .inScenario("limit")
            .whenScenarioStateIs("Started")
            .willSetStateTo("waited"),
        aResponse()
            .withStatus(403)
            .withHeader("Retry-After", "7")
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}"));

    PublishResult result = publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(reviews()).hasSize(2);
    assertThat(github.body(reviews().get(1))).isEqualTo(github.body(reviews().get(0)));
    assertThat(result.inlinePosted()).isEqualTo(1);
    assertThat(result.reviewId()).isEqualTo(2121311995L);
  }

  @Test
  void postsTwentyFiveOfSixtyFindingsInlineAndNamesTheOtherThirtyFiveInTheSummary() {
    List<Finding> sixty = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sixty.add(warning(String.format("rule-%02d", i / 3), WORKFLOW_RUN, 10 + i));
    }

    PublishResult result = publish(Plans.plan(sixty));

    assertThat(reviews()).hasSize(1);
    JsonNode comments = github.body(reviews().get(0)).get("comments");
    assertThat(comments).hasSize(25);
    String summary = github.body(summariesPosted().get(0)).get("body").asText();
    assertThat(summary).contains("Over the budget of 25 inline comments per review (35):");
    List<Integer> inlineLines = new ArrayList<>();
    comments.forEach(c -> inlineLines.add(c.get("line").asInt()));
    for (int line = 10; line < 70; line++) {
      String item = "`" + WORKFLOW_RUN + ":" + line + "`";
      if (inlineLines.contains(line)) {
        assertThat(summary).doesNotContain(item);
      } else {
        assertThat(summary).contains(item);
      }
    }
    assertThat(result.inlinePosted()).isEqualTo(25);
    assertThat(result.notInline()).isEqualTo(35);
  }

  @Test
  void marksCommentsResolvedWhenTheirFindingsAreGoneAndResolvesTheThreads() {
    Finding stays = warning("a-rule", CHECK_RUN, 5);
    Finding fixed = warning("b-rule", WORKFLOW_RUN, 40);
    publish(Plans.plan(List.of(stays, fixed)));
    github.absorb();
    long fixedId =
        github.reviewComments().stream()
            .filter(c -> c.get("path").asText().equals(WORKFLOW_RUN))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asLong();
    github.stub(
        post(github.at("/graphql")).withRequestBody(containing("reviewThreads")),
        github.ok(
            "{\"data\":{\"repository\":{\"pullRequest\":{\"reviewThreads\":{\"nodes\":["
                + "{\"id\":\"PRRT_kwDOfixed\",\"isResolved\":false,\"comments\":{\"nodes\":[{\"databaseId\":"
                + fixedId
                + "}]}},"
                + "{\"id\":\"PRRT_kwDOother\",\"isResolved\":false,\"comments\":{\"nodes\":[{\"databaseId\":1641776780}]}}],"
                + "\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"Y3Vyc29yOnYyOpK0\"}}}}}}"));
    github.stub(
        post(github.at("/graphql")).withRequestBody(containing("resolveReviewThread")),
        github.ok(
            "{\"data\":{\"resolveReviewThread\":{\"thread\":{\"id\":\"PRRT_kwDOfixed\",\"isResolved\":true}}}}"));
    String newHead = "1111111111111111111111111111111111111111";
    github.movePullRequestTo(newHead);

    PublishResult result =
        new GitHubPublisher(github.client(sleeper), options)
            .publish(
                Plans.plan(List.of(stays)).withSections(List.of()),
                new PullRequestRef(RecordedGitHub.OWNER, RecordedGitHub.REPO, 484, newHead));

    assertThat(result.resolved()).isEqualTo(1);
    List<LoggedRequest> edits =
        github.requests("PATCH", "/repos/hub4j-test-org/github-api/pulls/comments/" + fixedId);
    assertThat(edits).hasSize(1);
    GoldenJson.assertMatches("resolved-comment.json", github.body(edits.get(0)));
    List<LoggedRequest> graphql = github.requests("POST", "/graphql");
    assertThat(graphql).hasSize(2);
    GoldenJson.assertMatches("graphql-resolve.json", github.body(graphql.get(1)));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void neverCommentsAgainOnAFindingSomebodyMarkedNotUsefulAndReportsTheReactions() {
    PublishOptions noGraphql = options.withResolveThreads(false);
    Finding disliked = warning("b-rule", WORKFLOW_RUN, 40);
    publish(Plans.plan(List.of(disliked)), noGraphql);
    github.absorb();
    long id = github.reviewComments().get(github.reviewComments().size() - 1).get("id").asLong();
    github.react(id, "yrodiere", "-1");
    github.react(id, RecordedGitHub.BOT, "-1"); // the bot's own reaction is no feedback
    github.react(id, "yrodiere", "+1");
    publish(Plans.plan(List.of()), noGraphql); // gone: the comment is marked resolved
    github.absorb();

    PublishResult back = publish(Plans.plan(List.of(disliked)), noGraphql);

    assertThat(reviews()).as("only the first run posted a review").hasSize(1);
    assertThat(back.inlinePosted()).isZero();
    assertThat(back.alreadyPosted()).isEqualTo(1);
    assertThat(back.feedback().earlier())
        .singleElement()
        .satisfies(
            earlier -> {
              assertThat(earlier.commentId()).isEqualTo(id);
              assertThat(earlier.thumbsDown()).isEqualTo(1);
              assertThat(earlier.thumbsUp()).isEqualTo(1);
              assertThat(earlier.fixedIn()).contains(RecordedGitHub.HEAD);
              assertThat(earlier.fingerprints()).containsExactly(disliked.fingerprint());
            });
  }

  @Test
  void reportsTheCommentsPostedAndTheOnesWhoseFindingsAreGone() {
    PublishOptions noGraphql = options.withResolveThreads(false);
    Finding fixed = warning("b-rule", WORKFLOW_RUN, 40);
    PublishResult first = publish(Plans.plan(List.of(fixed)), noGraphql);
    github.absorb();

    PublishResult second =
        publish(Plans.plan(List.of()), noGraphql.withWithheldFingerprints(java.util.Set.of()));

    assertThat(first.feedback().posted())
        .singleElement()
        .satisfies(
            posted -> {
              assertThat(posted.ruleId()).isEqualTo("b-rule");
              assertThat(posted.fingerprint()).isEqualTo(fixed.fingerprint());
              assertThat(posted.path()).isEqualTo(WORKFLOW_RUN);
            });
    assertThat(second.feedback().earlier())
        .singleElement()
        .satisfies(earlier -> assertThat(earlier.fixedIn()).contains(RecordedGitHub.HEAD));
  }

  @Test
  void withholdsTheFingerprintsTheCallerNames() {
    Finding withheld = warning("b-rule", WORKFLOW_RUN, 40);

    PublishResult result =
        publish(
            Plans.plan(List.of(withheld)),
            options.withWithheldFingerprints(java.util.Set.of(withheld.fingerprint())));

    assertThat(reviews()).isEmpty();
    assertThat(result.alreadyPosted()).isEqualTo(1);
  }

  @Test
  void goesOnWhenTheTokenMayNotResolveThreads() {
    Finding fixed = warning("b-rule", WORKFLOW_RUN, 40);
    publish(Plans.plan(List.of(fixed)));
    github.absorb();
    github.stub(
        post(github.at("/graphql")),
        github.ok(
            "{\"data\":{\"repository\":null},\"errors\":[{\"type\":\"FORBIDDEN\",\"path\":[\"repository\"],"
                + "\"message\":\"Resource not accessible by integration\"}]}"));

    PublishResult result = publish(Plans.plan(List.of()));

    assertThat(result.status()).isEqualTo(Status.PUBLISHED);
    assertThat(result.resolved()).isEqualTo(1);
    assertThat(result.warnings())
        .containsExactly(
            "could not resolve review threads: HTTP 200: Resource not accessible by integration");
  }

  @Test
  void leavesCommentsOnFilesThatCouldNotBeAnalyzedThisTime() {
    Finding earlier = warning("b-rule", WORKFLOW_RUN, 40);
    publish(Plans.plan(List.of(earlier)));
    github.absorb();

    PublishResult result =
        publish(
            Plans.plan(
                ReviewPolicy.defaults(),
                List.of(),
                List.of(new dev.reviewbot.engine.Notice(WORKFLOW_RUN, 12, 3, "Parse error")),
                List.of()));

    assertThat(result.resolved()).isZero();
    assertThat(
            github.requests("PATCH", "/repos/hub4j-test-org/github-api/pulls/comments/900000001"))
        .isEmpty();
  }

  @Test
  void postsNothingForAHeadThePullRequestHasMovedPast() {
    github.movePullRequestTo("2222222222222222222222222222222222222222");

    PublishResult result = publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(result.status()).isEqualTo(Status.SUPERSEDED);
    assertThat(github.writes()).isEmpty();
  }

  @Test
  void requestsChangesWhenConfiguredAndAnErrorExists() {
    publish(
        Plans.plan(List.of(at("a-rule", Severity.ERROR, CHECK_RUN, 5, 5))),
        options.withRequestChanges(true));

    assertThat(github.body(reviews().get(0)).get("event").asText()).isEqualTo("REQUEST_CHANGES");
  }

  @Test
  void commentsWithoutVerdictWhenOnlyWarningsExist() {
    publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))), options.withRequestChanges(true));

    assertThat(github.body(reviews().get(0)).get("event").asText()).isEqualTo("COMMENT");
  }

  @Test
  void keepsTheReviewWhenTheTokenMayNotCreateCheckRuns() {
    github.stub(
        post(github.at("/repos/hub4j-test-org/github-api/check-runs")),
        aResponse()
            .withStatus(403)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"message\":\"You must authenticate via a GitHub App.\",\"status\":\"403\"}"));

    PublishResult result = publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(result.status()).isEqualTo(Status.PUBLISHED);
    assertThat(result.checkRunId()).isZero();
    assertThat(result.warnings())
        .containsExactly("check run not posted: HTTP 403: You must authenticate via a GitHub App.");
  }

  @Test
  void saysSoWhenThePullRequestHasMoreFilesThanGitHubLists() {
    JsonNode recorded = github.files().deepCopy();
    github.files().removeAll();
    for (int copy = 0; copy < 10; copy++) {
      for (JsonNode file : recorded) {
        com.fasterxml.jackson.databind.node.ObjectNode renamed = file.deepCopy();
        renamed.put(
            "filename",
            copy == 0
                ? file.get("filename").asText()
                : "copy" + copy + "/" + file.get("filename").asText());
        if (copy > 0) {
          renamed.remove(
              "patch"); // keeps the 30 pages light; a file without a patch is just not commentable
        }
        github.files().add(renamed);
      }
    }
    github.movePullRequestTo(RecordedGitHub.HEAD);

    publish(Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))));

    assertThat(github.requests("GET", RecordedGitHub.pullsPath("/files"))).hasSize(30);
    assertThat(github.body(summariesPosted().get(0)).get("body").asText())
        .contains("This pull request changes more than 3000 files, the most GitHub lists");
  }
}
