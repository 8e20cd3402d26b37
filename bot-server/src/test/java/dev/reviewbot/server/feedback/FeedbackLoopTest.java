package dev.reviewbot.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feedback loop end to end: one server on its embedded database, GitHub faked over HTTP with
 * real reaction, review-thread and review-comment payloads. Each test uses its own pull requests.
 */
class FeedbackLoopTest {
  private static final String REPO = "octo/feedback";
  private static final String BASE = Webhooks.sha("feedback-base");
  private static final String PERSON = "Codertocat";
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final AtomicInteger clock = new AtomicInteger();
  private static final FakeGitHub github = new FakeGitHub();
  private static ServerInstance server;
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void start() throws Exception {
    server =
        ServerInstance.start(
            Map.of(
                "reviewbot.github.token",
                FakeGitHub.PERSONAL_TOKEN,
                "reviewbot.github.api-url",
                github.apiUrl(),
                "reviewbot.data-dir",
                Files.createTempDirectory("reviewbot-feedback").toString(),
                "reviewbot.queue.poll-interval",
                "100ms"));
    jdbc = server.bean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() {
    server.close();
    github.close();
  }

  @Test
  void aCommentMarkedNotUsefulIsNotPostedAgainOnTheNextPush() throws Exception {
    push(REPO, 1, "disliked-a", List.of("flaggedOne"));
    FakeGitHub.Comment comment = github.flaggedComments(REPO, 1).get(0);
    github.react(comment.id(), PERSON, "-1");

    push(REPO, 1, "disliked-b", List.of()); // gone: its comment is marked resolved
    push(REPO, 1, "disliked-c", List.of("flaggedOne")); // back

    assertThat(github.flaggedComments(REPO, 1)).as("still the one comment").hasSize(1);
    assertThat(row(REPO, 1, "thumbs_down")).isEqualTo("1");
    assertThat(row(REPO, 1, "outcome")).isEqualTo("NOT_USEFUL");
    assertThat(row(REPO, 1, "comment_id")).isEqualTo(Long.toString(comment.id()));
    assertThat(summary(REPO, 1)).contains("React \uD83D\uDC4E on an inline comment");
  }

  @Test
  void remembersANotUsefulMarkAfterTheCommentWasDeleted() throws Exception {
    push(REPO, 6, "deleted-a", List.of("flaggedSix"));
    FakeGitHub.Comment comment = github.flaggedComments(REPO, 6).get(0);
    github.react(comment.id(), PERSON, "-1");
    push(REPO, 6, "deleted-b", List.of("flaggedSix")); // reads the reaction
    github.deleteReviewComment(comment.id());

    push(REPO, 6, "deleted-c", List.of("flaggedSix"));

    assertThat(github.flaggedComments(REPO, 6)).as("not posted again").isEmpty();
    assertThat(row(REPO, 6, "outcome")).isEqualTo("NOT_USEFUL");
  }

  @Test
  void readsTheCommentsOnceMoreWhenThePullRequestIsClosed() throws Exception {
    push(REPO, 7, "closed-a", List.of("flaggedSeven"));
    github.react(github.flaggedComments(REPO, 7).get(0).id(), PERSON, "-1");
    byte[] closed =
        Webhooks.pullRequest(
            "closed", REPO, 7, Webhooks.sha("closed-a"), T0.plusSeconds(clock.incrementAndGet()));

    assertThat(server.deliver("pull_request", "closed-7", closed)).isEqualTo(204);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "NOT_USEFUL".equals(row(REPO, 7, "outcome")));
    assertThat(row(REPO, 7, "closed_at")).isNotNull();
  }

  @Test
  void aFindingWhoseLinesChangedAndWhichIsGoneCountsAsFixed() throws Exception {
    push(REPO, 2, "fixed-a", List.of("flaggedTwo"));
    assertThat(row(REPO, 2, "outcome")).isEqualTo("OPEN");

    push(REPO, 2, "fixed-b", List.of("renamedTwo"));

    assertThat(row(REPO, 2, "outcome")).isEqualTo("FIXED");
    assertThat(row(REPO, 2, "fixed_sha")).isEqualTo(Webhooks.sha("fixed-b"));
    assertThat(ServerInstance.get(server.managementPort(), "/actuator/prometheus"))
        .contains(
            "reviewbot_feedback_posted_total{application=\"reviewbot\",rule=\"flagged-method\"}")
        .contains(
            "reviewbot_feedback_outcomes_total{application=\"reviewbot\",outcome=\"fixed\",rule=\"flagged-method\"}");
  }

  @Test
  void twentyNotUsefulCommentsMoveTheRuleToTheSummaryForThatRepositoryOnly() throws Exception {
    String noisy = "octo/noisy";
    for (int n = 1; n <= 7; n++) {
      push(noisy, n, "noisy-" + n + "-a", List.of("flaggedA" + n, "flaggedB" + n, "flaggedC" + n));
      github.flaggedComments(noisy, n).forEach(c -> github.react(c.id(), PERSON, "-1"));
    }
    for (int n = 1; n <= 7; n++) {
      push(noisy, n, "noisy-" + n + "-b", List.of("flaggedA" + n, "flaggedB" + n, "flaggedC" + n));
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM comment_feedback WHERE repository = ? AND outcome = 'NOT_USEFUL'",
                Integer.class,
                noisy))
        .isEqualTo(21);

    push(noisy, 8, "noisy-8-a", List.of("flaggedEight"));
    push("octo/quiet", 1, "quiet-1-a", List.of("flaggedQuiet"));

    assertThat(github.flaggedComments(noisy, 8))
        .as("no inline comment in the noisy repo")
        .isEmpty();
    assertThat(summary(noisy, 8))
        .contains("Moved to the summary by feedback")
        .contains("more than 10 % of the time (over at least 20 comments)")
        .contains("`flagged-method`: 21 of 21 comments (100 %)")
        .contains("channel: inline")
        .contains("method flaggedEight is flagged");
    assertThat(github.flaggedComments("octo/quiet", 1)).as("other repositories keep it").hasSize(1);
    assertThat(summary("octo/quiet", 1)).doesNotContain("Moved to the summary by feedback");
    assertThat(ServerInstance.get(server.managementPort(), "/actuator/feedback/csv"))
        .contains("octo/noisy,flagged-method,21,0,0,0,21,0.000,1.000,true\r\n")
        .contains("octo/quiet,flagged-method,1,1,0,0,0,0.000,0.000,false\r\n");
    assertThat(ServerInstance.get(server.managementPort(), "/actuator/feedback/table"))
        .contains("octo/noisy\n")
        .contains("-> summary");
    assertThat(ServerInstance.get(server.managementPort(), "/actuator/feedback"))
        .contains("\"octo/noisy\":[{\"rule\":\"flagged-method\",\"posted\":21");
  }

  @Test
  void aResolvedThreadIsDismissedOnceAndARedeliveryChangesNothing() throws Exception {
    push(REPO, 3, "thread-a", List.of("flaggedThree"));
    ObjectNode root = github.reviewCommentJson(github.flaggedComments(REPO, 3).get(0));

    assertThat(deliverThread("resolved", 3, root, PERSON, "User", "thread-1")).isEqualTo(200);
    String updated = row(REPO, 3, "updated_at");
    assertThat(row(REPO, 3, "outcome")).isEqualTo("DISMISSED");
    assertThat(deliverThread("resolved", 3, root, PERSON, "User", "thread-1")).isEqualTo(200);
    assertThat(row(REPO, 3, "updated_at")).as("a redelivery changes nothing").isEqualTo(updated);
    assertThat(deliverThread("resolved", 3, root, "reviewbot[bot]", "Bot", "thread-2"))
        .as("the bot resolving its own fixed finding is no feedback")
        .isEqualTo(204);

    assertThat(deliverThread("unresolved", 3, root, PERSON, "User", "thread-3")).isEqualTo(200);
    assertThat(row(REPO, 3, "outcome")).isEqualTo("OPEN");
  }

  @Test
  void countsRepliesOnceAndAgainFromTheListingAtTheNextHead() throws Exception {
    push(REPO, 4, "reply-a", List.of("flaggedFour"));
    FakeGitHub.Comment comment = github.flaggedComments(REPO, 4).get(0);
    // the comment id is learned at the next head
    push(REPO, 4, "reply-b", List.of("flaggedFour"));
    FakeGitHub.Comment reply = github.reply(comment.id(), PERSON, "Why is this a problem?");
    byte[] body = Webhooks.reviewCommentReply(REPO, 4, reply.id(), comment.id(), PERSON);

    assertThat(server.deliver("pull_request_review_comment", "reply-1", body)).isEqualTo(200);
    assertThat(server.deliver("pull_request_review_comment", "reply-1", body)).isEqualTo(200);
    assertThat(row(REPO, 4, "replies")).isEqualTo("1");

    push(REPO, 4, "reply-c", List.of("flaggedFour"));
    assertThat(row(REPO, 4, "replies")).isEqualTo("1");
    assertThat(github.flaggedComments(REPO, 4)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pull_request_review_thread | {\"action\":\"resolved\",\"repository\":{\"full_name\":\"octo/feedback\"},\"pull_request\":{\"number\":5}}",
        "pull_request_review_thread | {\"action\":\"resolved\",\"repository\":{\"full_name\":\"octo/feedback\"},\"pull_request\":{\"number\":5},\"thread\":{\"comments\":[{\"id\":\"x\"}]}}",
        "pull_request_review_thread | {\"action\":\"resolved\",\"pull_request\":{\"number\":5},\"thread\":{\"comments\":[{\"id\":1}]}}",
        "pull_request_review_comment | {\"action\":\"created\",\"repository\":{\"full_name\":\"octo/feedback\"},\"pull_request\":{\"number\":5},\"comment\":{}}",
        "pull_request_review_comment | [1, 2]",
      })
  void refusesABadFeedbackEventBeforeStoringAnything(String event, String body) throws Exception {
    String delivery = "bad-" + Integer.toHexString(body.hashCode());

    assertThat(server.deliver(event, delivery, body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(400);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id = ?",
                Integer.class,
                delivery))
        .isZero();
  }

  private static int deliverThread(
      String action, int number, ObjectNode root, String sender, String type, String delivery)
      throws Exception {
    return server.deliver(
        "pull_request_review_thread",
        delivery,
        Webhooks.reviewThread(action, REPO, number, root, sender, type));
  }

  /** A push of {@code Alpha.java} with these methods, reviewed. */
  private static void push(String repository, int number, String label, List<String> methods)
      throws Exception {
    String head = Webhooks.sha(label);
    github.pullRequest(
        repository,
        number,
        head,
        BASE,
        List.of(FakeGitHub.addedJavaFile("src/main/java/demo/Alpha.java", "Alpha", methods)));
    byte[] body =
        Webhooks.pullRequest(
            "synchronize", repository, number, head, T0.plusSeconds(clock.incrementAndGet()));
    assertThat(server.deliver("pull_request", "push-" + label, body)).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "DONE"
                    .equals(
                        jdbc.query(
                            "SELECT status FROM review_job WHERE repository = ? AND pr_number = ? AND reviewed_sha = ?",
                            rs -> rs.next() ? rs.getString(1) : null,
                            repository,
                            number,
                            head)));
  }

  private static String row(String repository, int number, String column) {
    return jdbc.queryForObject(
        "SELECT " + column + " FROM comment_feedback WHERE repository = ? AND pr_number = ?",
        String.class,
        repository,
        number);
  }

  private static String summary(String repository, int number) {
    return github.issueComments().stream()
        .filter(c -> c.repository().equals(repository) && c.number() == number)
        .findFirst()
        .orElseThrow()
        .body();
  }
}
