package dev.reviewbot.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Health, metrics, logs, start-up validation and graceful shutdown of a running instance. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {
  private static final FakeGitHub github = new FakeGitHub();

  @AfterAll
  static void stop() {
    github.close();
  }

  private static Map<String, String> settings(Path data) {
    return new HashMap<>(
        Map.of(
            "reviewbot.github.token",
            FakeGitHub.PERSONAL_TOKEN,
            "reviewbot.github.api-url",
            github.apiUrl(),
            "reviewbot.data-dir",
            data.toString(),
            "reviewbot.queue.poll-interval",
            "100ms"));
  }

  @Test
  void exposesHealthMetricsAndLogsWithDeliveryAndPullRequest(
      @TempDir Path data, CapturedOutput output) throws Exception {
    String head = Webhooks.sha("ops-head");
    github.pullRequest(
        "octo/ops",
        11,
        head,
        Webhooks.sha("ops-base"),
        List.of(
            FakeGitHub.addedJavaFile("src/main/java/demo/Ops.java", "Ops", List.of("flaggedOps"))));
    try (ServerInstance server = ServerInstance.start(settings(data))) {
      assertThat(ServerInstance.get(server.managementPort(), "/actuator/health/readiness"))
          .contains("\"status\":\"UP\"");
      assertThat(ServerInstance.get(server.managementPort(), "/actuator/health/liveness"))
          .contains("\"status\":\"UP\"");

      byte[] body = Webhooks.pullRequest("opened", "octo/ops", 11, head, Instant.now());
      assertThat(server.deliver("pull_request", "ops-delivery-1", body)).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> github.reviews().stream().anyMatch(r -> r.commitId().equals(head)));

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                String metrics =
                    ServerInstance.get(server.managementPort(), "/actuator/prometheus");
                assertThat(metrics)
                    .contains(
                        "reviewbot_jobs_queued",
                        "reviewbot_jobs_running",
                        "reviewbot_jobs_failed",
                        "reviewbot_jobs_retried_total",
                        "reviewbot_jobs_enqueued_total{application=\"reviewbot\",outcome=\"queued\"} 1.0",
                        "reviewbot_jobs_completed_total{application=\"reviewbot\"} 1.0",
                        "reviewbot_review_latency_seconds_count",
                        "reviewbot_jobs_done{application=\"reviewbot\"} 1.0");
              });
      assertThat(output.getOut())
          .containsPattern("delivery=ops-delivery-1 pr=octo/ops#11\\].*reviewed octo/ops#11");
      assertThat(output.getOut()).doesNotContain(FakeGitHub.PERSONAL_TOKEN);
    }
  }

  @Test
  void releasesAnUnfinishedJobOnShutdownForTheNextInstance(@TempDir Path data) throws Exception {
    String head = Webhooks.sha("shutdown-head");
    github.pullRequest(
        "octo/ops",
        12,
        head,
        Webhooks.sha("ops-base"),
        List.of(
            FakeGitHub.addedJavaFile(
                "src/main/java/demo/Down.java", "Down", List.of("flaggedDown"))));
    github.holdFirst("GET", "/repos/octo/ops/pulls/12", 1);
    Map<String, String> settings = settings(data);
    settings.put("reviewbot.queue.shutdown-grace", "300ms");
    JdbcTemplate jdbc;
    try (ServerInstance server = ServerInstance.start(settings)) {
      jdbc = server.bean(JdbcTemplate.class);
      server.deliver(
          "pull_request",
          "down-1",
          Webhooks.pullRequest("opened", "octo/ops", 12, head, Instant.now()));
      await().atMost(Duration.ofSeconds(30)).until(() -> github.held() == 1);
      assertThat(
              jdbc.queryForObject(
                  "SELECT status FROM review_job WHERE pr_number = 12", String.class))
          .isEqualTo("RUNNING");
    }
    github.releaseHolds();
    try (ServerInstance next = ServerInstance.start(settings)) {
      JdbcTemplate nextJdbc = next.bean(JdbcTemplate.class);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  "DONE"
                      .equals(
                          nextJdbc.queryForObject(
                              "SELECT status FROM review_job WHERE pr_number = 12", String.class)));
      assertThat(
              nextJdbc.queryForObject(
                  "SELECT attempts FROM review_job WHERE pr_number = 12", Integer.class))
          .as("the released try did not count")
          .isOne();
    }
  }

  static Stream<Arguments> badConfigurations() {
    return Stream.of(
        Arguments.of(Map.of("reviewbot.webhook.secret", ""), "reviewbot.webhook", "secret"),
        Arguments.of(
            Map.of("reviewbot.github.token", ""),
            "reviewbot.github.app-id",
            "reviewbot.github.token"),
        Arguments.of(
            Map.of("reviewbot.github.app-id", "12"),
            "reviewbot.github.private-key-file",
            "not both"),
        Arguments.of(
            Map.of(
                "reviewbot.github.token",
                "",
                "reviewbot.github.app-id",
                "12",
                "reviewbot.github.private-key-file",
                "/nope.pem"),
            "reviewbot.github.private-key-file",
            "/nope.pem"),
        Arguments.of(
            Map.of("reviewbot.github.api-url", "ftp://example.com"),
            "reviewbot.github.api-url",
            "http"),
        Arguments.of(Map.of("reviewbot.queue.workers", "-1"), "reviewbot.queue", "workers"),
        Arguments.of(Map.of("reviewbot.queue.lease", "soon"), "reviewbot.queue.lease", "soon"),
        Arguments.of(
            Map.of("reviewbot.plugins-dir", "/no/such/plugins"),
            "plugins directory not found",
            "/no/such/plugins"));
  }

  @Test
  void loadsRulesFromItsOwnPluginsDirectory(@TempDir Path data) {
    Map<String, String> settings = settings(data);
    settings.put("reviewbot.plugins-dir", Path.of("target/plugins").toAbsolutePath().toString());
    try (ServerInstance server = ServerInstance.start(settings)) {
      RuleRegistry rules = server.bean(RuleRegistry.class);
      assertThat(rules.find("house-secured-endpoints"))
          .as("the example plugin's rule")
          .isPresent()
          .get()
          .satisfies(rule -> assertThat(rule.origin()).contains("house-rules.jar"));
      assertThat(rules.find("argument-count")).as("built-in rules stay").isPresent();
    }
  }

  @ParameterizedTest
  @MethodSource("badConfigurations")
  void refusesToStartNamingTheWrongProperty(
      Map<String, String> wrong, String property, String detail, @TempDir Path data) {
    Map<String, String> settings = settings(data);
    settings.putAll(wrong);
    assertThatThrownBy(() -> ServerInstance.start(settings).close())
        .satisfies(e -> assertThat(chain(e)).contains(property).contains(detail));
  }

  private static String chain(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }
}
