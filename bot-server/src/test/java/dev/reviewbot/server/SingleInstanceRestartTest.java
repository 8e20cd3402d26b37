package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.support.ChildServer;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The single-instance set-up (embedded H2 file): after kill -9 the next start resumes the job the
 * dead process was running at once, not after the default 5-minute lease; and a job answered 202
 * just before the kill is still there.
 */
class SingleInstanceRestartTest {
  private static final String REPO = "octo/restart";

  @Test
  void resumesItsOwnInterruptedJobAtStartUpWithoutWaitingOutTheLease(@TempDir Path data)
      throws Exception {
    String head = Webhooks.sha("restart-head");
    try (FakeGitHub github = new FakeGitHub()) {
      github.pullRequest(
          REPO,
          3,
          head,
          Webhooks.sha("restart-base"),
          List.of(
              FakeGitHub.addedJavaFile(
                  "src/main/java/demo/Restart.java", "Restart", List.of("flaggedRestart"))));
      github.holdFirst("GET", "/repos/octo/restart/pulls/3", 1);
      Map<String, String> settings =
          Map.of(
              "reviewbot.github.token",
              FakeGitHub.PERSONAL_TOKEN,
              "reviewbot.github.api-url",
              github.apiUrl(),
              "reviewbot.data-dir",
              data.toString(),
              "reviewbot.queue.poll-interval",
              "100ms");

      try (ChildServer doomed = ChildServer.start(settings)) {
        assertThat(
                doomed.deliver(
                    "pull_request",
                    "restart-1",
                    Webhooks.pullRequest("opened", REPO, 3, head, Instant.now())))
            .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> github.held() == 1);
        doomed.kill();
      }

      try (ServerInstance next = ServerInstance.start(settings)) {
        JdbcTemplate jdbc = next.bean(JdbcTemplate.class);
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    "DONE"
                        .equals(
                            jdbc.queryForObject(
                                "SELECT status FROM review_job WHERE pr_number = 3",
                                String.class)));
        assertThat(github.reviews()).filteredOn(r -> r.commitId().equals(head)).hasSize(1);
      }
    }
  }

  @Test
  @SuppressWarnings("try") // the restarted server only has to run while the review arrives
  void keepsAJobAcceptedJustBeforeAKill(@TempDir Path data) throws Exception {
    String head = Webhooks.sha("accepted-head");
    try (FakeGitHub github = new FakeGitHub()) {
      github.pullRequest(
          REPO,
          4,
          head,
          Webhooks.sha("accepted-base"),
          List.of(
              FakeGitHub.addedJavaFile(
                  "src/main/java/demo/Accepted.java", "Accepted", List.of("flaggedAccepted"))));
      // The dead process never finishes the job, so only the stored row can bring it back.
      github.holdFirst("GET", "/repos/octo/restart/pulls/4", 1);
      Map<String, String> settings =
          Map.of(
              "reviewbot.github.token",
              FakeGitHub.PERSONAL_TOKEN,
              "reviewbot.github.api-url",
              github.apiUrl(),
              "reviewbot.data-dir",
              data.toString(),
              "reviewbot.queue.poll-interval",
              "100ms");

      try (ChildServer doomed = ChildServer.start(settings)) {
        assertThat(
                doomed.deliver(
                    "pull_request",
                    "accepted-1",
                    Webhooks.pullRequest("opened", REPO, 4, head, Instant.now())))
            .isEqualTo(202);
        doomed.kill();
      }

      try (ServerInstance next = ServerInstance.start(settings)) {
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> github.reviews().stream().anyMatch(r -> r.commitId().equals(head)));
      }
    }
  }
}
