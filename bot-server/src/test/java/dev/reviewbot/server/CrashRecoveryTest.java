package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.support.ChildServer;
import dev.reviewbot.server.support.Databases;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A review in flight when its process is killed with SIGKILL is finished by the next process once
 * the lease expires, and the rerun posts no duplicate comments: the dead process had already posted
 * its review (with the inline comments) and was killed while posting the summary.
 */
class CrashRecoveryTest {
  private static final String REPO = "octo/crash";

  @Test
  void nextProcessCompletesAJobInterruptedByKillWithoutDuplicateComments() throws Exception {
    String head = Webhooks.sha("crash-head");
    String url = Databases.freshPostgresUrl();
    try (FakeGitHub github = new FakeGitHub()) {
      github.pullRequest(
          REPO,
          5,
          head,
          Webhooks.sha("crash-base"),
          List.of(
              FakeGitHub.addedJavaFile(
                  "src/main/java/demo/Crash.java", "Crash", List.of("flaggedA", "flaggedB"))));
      github.holdFirst("POST", "/repos/octo/crash/issues/5/comments", 1);
      Map<String, String> settings =
          new HashMap<>(
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
                  "100ms",
                  "reviewbot.queue.lease",
                  "3s"));

      try (ChildServer doomed = ChildServer.start(settings)) {
        byte[] body =
            Webhooks.pullRequest("opened", REPO, 5, head, Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(doomed.deliver("pull_request", "crash-1", body)).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> github.held() == 1);
        assertThat(github.reviews()).as("the review went out before the crash").hasSize(1);
        doomed.kill();
      }

      try (ServerInstance survivor = ServerInstance.start(settings)) {
        JdbcTemplate jdbc = survivor.bean(JdbcTemplate.class);
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    "DONE"
                        .equals(
                            jdbc.queryForObject(
                                "SELECT status FROM review_job WHERE pr_number = 5",
                                String.class)));

        assertThat(
                jdbc.queryForObject(
                    "SELECT attempts FROM review_job WHERE pr_number = 5", Integer.class))
            .isEqualTo(2);
        assertThat(github.reviews()).as("no second review: nothing new to post").hasSize(1);
        assertThat(github.flaggedComments(REPO, 5))
            .extracting(FakeGitHub.Comment::body)
            .as("each finding commented once")
            .hasSize(2)
            .anyMatch(b -> b.contains("flaggedA"))
            .anyMatch(b -> b.contains("flaggedB"));
        assertThat(github.issueComments()).as("summary posted by the survivor").hasSize(1);
        assertThat(github.checkRuns()).hasSize(1);
      }
    }
  }
}
