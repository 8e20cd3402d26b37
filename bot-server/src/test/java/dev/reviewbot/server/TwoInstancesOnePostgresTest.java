package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.queue.JobQueue;
import dev.reviewbot.server.support.Databases;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two bot-server instances share one real PostgreSQL queue and receive 200 deliveries for 50 pull
 * requests between them, in shuffled order, redeliveries crossing instances: every latest head is
 * reviewed exactly once, and every delivery is on record.
 */
class TwoInstancesOnePostgresTest {
  private static final int PULL_REQUESTS = 50;
  private static final String REPO = "octo/monorepo";
  private static final String BASE = Webhooks.sha("two-base");

  private record Delivery(int target, String event, String id, byte[] body) {}

  @Test
  void reviewsEveryLatestHeadExactlyOnceAndLosesNoDelivery() throws Exception {
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
              "reviewbot.queue.workers",
              "2",
              "reviewbot.queue.poll-interval",
              "100ms",
              "management.server.port",
              "-1");
      List<Delivery> deliveries = new ArrayList<>();
      Instant t0 = Instant.parse("2026-04-01T08:00:00Z");
      for (int n = 1; n <= PULL_REQUESTS; n++) {
        String latest = head(n, 3);
        github.pullRequest(
            REPO,
            n,
            latest,
            BASE,
            List.of(
                FakeGitHub.addedJavaFile(
                    "src/main/java/demo/Pr" + n + ".java", "Pr" + n, List.of("flaggedIn" + n))));
        String[] actions = {"opened", "synchronize", "synchronize"};
        for (int push = 1; push <= 3; push++) {
          byte[] body =
              Webhooks.pullRequest(
                  actions[push - 1], REPO, n, head(n, push), t0.plusSeconds(push * 10L));
          deliveries.add(new Delivery(push % 2, "pull_request", "pr" + n + "-push" + push, body));
        }
        // GitHub redelivers the last push, this time to the other instance
        Delivery last = deliveries.get(deliveries.size() - 1);
        deliveries.add(new Delivery(1 - last.target(), last.event(), last.id(), last.body()));
      }
      Collections.shuffle(deliveries, new Random(6));
      assertThat(deliveries).hasSize(200);

      try (ServerInstance one = ServerInstance.start(settings);
          ServerInstance two = ServerInstance.start(settings)) {
        int[] ports = {one.port(), two.port()};
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (Delivery d : deliveries) {
          statuses.add(
              senders.submit(
                  () -> ServerInstance.deliver(ports[d.target()], d.event(), d.id(), d.body())));
        }
        for (Future<Integer> status : statuses) {
          assertThat(status.get()).isBetween(200, 202);
        }
        senders.shutdown();

        JdbcTemplate jdbc = one.bean(JdbcTemplate.class);
        JobQueue queue = one.bean(JobQueue.class);
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    queue.snapshot().done() == PULL_REQUESTS
                        && queue.snapshot().queued() == 0
                        && queue.snapshot().running() == 0);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery", Integer.class))
            .as("150 distinct delivery ids")
            .isEqualTo(150);
        for (int n = 1; n <= PULL_REQUESTS; n++) {
          int pr = n;
          String latest = head(n, 3);
          assertThat(github.checkRuns())
              .filteredOn(c -> c.headSha().equals(latest))
              .as("check run for #" + n)
              .hasSize(1);
          assertThat(github.reviews())
              .filteredOn(r -> r.number() == pr)
              .as("reviews on #" + n)
              .extracting(FakeGitHub.Review::commitId)
              .containsExactly(latest);
          assertThat(github.flaggedComments(REPO, pr)).hasSize(1);
          assertThat(github.issueComments()).filteredOn(c -> c.number() == pr).hasSize(1);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM review_job", String.class))
            .containsExactly("DONE");
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(DISTINCT lease_owner) FROM review_job", Integer.class))
            .isZero();
      }
    }
  }

  private static String head(int pr, int push) {
    return Webhooks.sha("two-" + pr + "-" + push);
  }
}
