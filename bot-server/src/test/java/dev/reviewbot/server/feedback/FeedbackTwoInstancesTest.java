package dev.reviewbot.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.support.Databases;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two instances on one PostgreSQL: a thread resolved once, its delivery sent to both instances at
 * the same time and again later, is one outcome: one row changed, one delivery on record, one
 * increment of the metric over both instances.
 */
class FeedbackTwoInstancesTest {
  private static final String REPO = "octo/shared";

  @Test
  void recordsEachOutcomeOnceWhateverInstanceGetsTheDeliveryAndHowOften() throws Exception {
    String url = Databases.freshPostgresUrl();
    try (FakeGitHub github = new FakeGitHub()) {
      Map<String, String> settings =
          Map.of(
              "reviewbot.database.url",
              url,
              "reviewbot.database.username",
              "postgres",
              "reviewbot.github.token",
              FakeGitHub.PERSONAL_TOKEN,
              "reviewbot.github.api-url",
              github.apiUrl(),
              "reviewbot.queue.poll-interval",
              "100ms");
      String head = Webhooks.sha("shared-head");
      github.pullRequest(
          REPO,
          1,
          head,
          Webhooks.sha("shared-base"),
          List.of(
              FakeGitHub.addedJavaFile(
                  "src/main/java/demo/Shared.java", "Shared", List.of("flaggedShared"))));
      try (ServerInstance one = ServerInstance.start(settings);
          ServerInstance two = ServerInstance.start(settings)) {
        JdbcTemplate jdbc = one.bean(JdbcTemplate.class);
        byte[] opened =
            Webhooks.pullRequest("opened", REPO, 1, head, Instant.parse("2026-04-02T08:00:00Z"));
        assertThat(one.deliver("pull_request", "shared-opened", opened)).isEqualTo(202);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM comment_feedback WHERE repository = ?",
                            Integer.class,
                            REPO)
                        == 1);
        ObjectNode root = github.reviewCommentJson(github.flaggedComments(REPO, 1).get(0));
        byte[] resolved = Webhooks.reviewThread("resolved", REPO, 1, root, "Codertocat", "User");

        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          ServerInstance target = i % 2 == 0 ? one : two;
          statuses.add(
              senders.submit(
                  () -> target.deliver("pull_request_review_thread", "thread-shared", resolved)));
        }
        for (Future<Integer> status : statuses) {
          assertThat(status.get()).isEqualTo(200);
        }
        senders.shutdown();
        assertThat(two.deliver("pull_request_review_thread", "thread-shared", resolved))
            .isEqualTo(200);

        assertThat(
                jdbc.queryForList(
                    "SELECT outcome FROM comment_feedback WHERE repository = ?",
                    String.class,
                    REPO))
            .containsExactly("DISMISSED");
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id = 'thread-shared'",
                    Integer.class))
            .isOne();
        assertThat(dismissed(one) + dismissed(two)).as("counted once over both").isEqualTo(1.0);
      }
    }
  }

  private static double dismissed(ServerInstance server) throws Exception {
    Matcher m =
        Pattern.compile(
                "reviewbot_feedback_outcomes_total\\{[^}]*outcome=\"dismissed\"[^}]*\\} ([0-9.]+)")
            .matcher(ServerInstance.get(server.managementPort(), "/actuator/prometheus"));
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
