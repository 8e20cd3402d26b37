package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A GitHub response that never comes: the job fails within its deadline with the reason stored, and
 * another pull request is reviewed meanwhile. The read timeout is long on purpose, so it is the job
 * deadline that frees the worker. Given up, the job logs one line and the author is told.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadlineOverHttpTest {
  private static final String REPO = "octo/stall";

  @Test
  void aStalledGitHubResponseFailsTheJobWithinTheDeadlineWhileAnotherPullRequestIsReviewed(
      @TempDir Path data, CapturedOutput output) throws Exception {
    String stalledHead = Webhooks.sha("stalled-head");
    String fineHead = Webhooks.sha("fine-head");
    try (FakeGitHub github = new FakeGitHub()) {
      github.pullRequest(
          REPO,
          1,
          stalledHead,
          Webhooks.sha("base"),
          List.of(
              FakeGitHub.addedJavaFile(
                  "src/main/java/demo/Stalled.java", "Stalled", List.of("flaggedStalled"))));
      github.pullRequest(
          REPO,
          2,
          fineHead,
          Webhooks.sha("base"),
          List.of(
              FakeGitHub.addedJavaFile(
                  "src/main/java/demo/Fine.java", "Fine", List.of("flaggedFine"))));
      github.hold("GET", "/repos/octo/stall/pulls/1/files");
      Map<String, String> settings =
          Map.of(
              "reviewbot.github.token",
              FakeGitHub.PERSONAL_TOKEN,
              "reviewbot.github.api-url",
              github.apiUrl(),
              "reviewbot.data-dir",
              data.toString(),
              "reviewbot.queue.poll-interval",
              "100ms",
              "reviewbot.queue.workers",
              "2",
              "reviewbot.queue.max-attempts",
              "1",
              "reviewbot.queue.job-deadline",
              "10s",
              "reviewbot.github.read-timeout",
              "5m");

      try (ServerInstance server = ServerInstance.start(settings)) {
        JdbcTemplate jdbc = server.bean(JdbcTemplate.class);
        assertThat(
                server.deliver(
                    "pull_request",
                    "stall-1",
                    Webhooks.pullRequest("opened", REPO, 1, stalledHead, Instant.now())))
            .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> github.held() == 1);
        Instant stalledAt = Instant.now();
        assertThat(
                server.deliver(
                    "pull_request",
                    "fine-1",
                    Webhooks.pullRequest("opened", REPO, 2, fineHead, Instant.now())))
            .isEqualTo(202);

        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> github.reviews().stream().anyMatch(r -> r.commitId().equals(fineHead)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(status(jdbc, 1)));

        assertThat(Duration.between(stalledAt, Instant.now()))
            .as("failed by the 10 s deadline, not the 5 min read timeout")
            .isLessThan(Duration.ofSeconds(60));
        assertThat(status(jdbc, 2)).isEqualTo("DONE");
        assertThat(
                jdbc.queryForObject(
                    "SELECT last_error FROM review_job WHERE pr_number = 1", String.class))
            .contains("job deadline");
        assertThat(github.reviews()).noneMatch(r -> r.commitId().equals(stalledHead));
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(github.issueComments())
                        .filteredOn(c -> c.number() == 1)
                        .singleElement()
                        .satisfies(
                            c ->
                                assertThat(c.body())
                                    .contains(
                                        "could not review",
                                        stalledHead.substring(0, 12),
                                        "job deadline")));
        assertThat(output.getOut())
            .containsOnlyOnce("gave up after 1 tries")
            .as("one line, no stack trace")
            .doesNotContain("\tat dev.reviewbot.server.queue.JobWorkers");
        assertThat(ServerInstance.get(server.managementPort(), "/actuator/prometheus"))
            .contains("reviewbot_jobs_stuck{application=\"reviewbot\"} 0.0");
        assertThat(ServerInstance.get(server.managementPort(), "/actuator/health/readiness"))
            .contains("\"status\":\"UP\"");
      }
    }
  }

  private static String status(JdbcTemplate jdbc, int number) {
    return jdbc.queryForObject(
        "SELECT status FROM review_job WHERE pr_number = ?", String.class, number);
  }
}
