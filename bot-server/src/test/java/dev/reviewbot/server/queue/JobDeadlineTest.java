package dev.reviewbot.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.ops.StuckWorkers;
import dev.reviewbot.server.support.Databases;
import dev.reviewbot.server.support.Webhooks;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker that does not come back by the job deadline (analysis spinning, deaf to interrupts): its
 * try is failed with the reason stored, its lease is not renewed, and while every worker is in that
 * state the instance reports itself stuck and not ready.
 */
class JobDeadlineTest {
  private static final Duration DEADLINE = Duration.ofMillis(400);
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final CountDownLatch release = new CountDownLatch(1);
  private final JdbcTemplate jdbc;
  private final JobQueue queue;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private JobWorkers workers;

  JobDeadlineTest() {
    DataSource dataSource = Databases.migrated(Databases.freshH2());
    jdbc = new JdbcTemplate(dataSource);
    queue =
        new JobQueue(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
            Clock.systemUTC(),
            new JobRetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1)),
            LEASE);
  }

  @AfterEach
  void stop() {
    release.countDown();
    workers.stop();
  }

  /** Ignores interrupts, as code busy on the CPU does, until the test lets it go. */
  private String deafUntilReleased(ClaimedJob job, LeaseGuard lease) {
    while (true) {
      try {
        release.await();
        return job.request().headSha();
      } catch (InterruptedException ignored) {
        // deaf on purpose
      }
    }
  }

  @Test
  void aWorkerStuckPastTheDeadlineFailsItsTryStopsRenewingAndMakesTheInstanceNotReady() {
    workers =
        new JobWorkers(
            queue,
            this::deafUntilReleased,
            QueueObserver.NONE,
            Clock.systemUTC(),
            new JobWorkers.Settings(
                "test",
                1,
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofDays(1),
                DEADLINE));
    StuckWorkers health = new StuckWorkers(workers, registry);
    queue.enqueue(
        new ReviewRequest(
            "octo/app", 1, 42L, Webhooks.sha("h"), Instant.now(), Webhooks.sha("b"), "main"),
        new Delivery("d1", "pull_request", "opened", Instant.now()));
    workers.start();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> jdbc.queryForObject("SELECT last_error FROM review_job", String.class) != null);

    assertThat(jdbc.queryForObject("SELECT last_error FROM review_job", String.class))
        .contains("job deadline");
    assertThat(jdbc.queryForObject("SELECT status FROM review_job", String.class))
        .as("retried later")
        .isEqualTo("QUEUED");
    assertThat(jdbc.queryForObject("SELECT lease_until FROM review_job", Long.class))
        .as("lease dropped")
        .isNull();
    assertThat(workers.stuckWorkers()).isOne();
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(registry.get("reviewbot.jobs.stuck").gauge().value()).isEqualTo(1.0);

    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> workers.stuckWorkers() == 0);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(jdbc.queryForObject("SELECT status FROM review_job", String.class))
        .as("the late result does not overwrite the failed try")
        .isEqualTo("QUEUED");
  }

  @Test
  void oneStuckWorkerOfTwoLeavesTheInstanceReady() {
    workers =
        new JobWorkers(
            queue,
            this::deafUntilReleased,
            QueueObserver.NONE,
            Clock.systemUTC(),
            new JobWorkers.Settings(
                "test",
                2,
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofDays(1),
                DEADLINE));
    StuckWorkers health = new StuckWorkers(workers, registry);
    queue.enqueue(
        new ReviewRequest(
            "octo/app", 1, 42L, Webhooks.sha("h"), Instant.now(), Webhooks.sha("b"), "main"),
        new Delivery("d1", "pull_request", "opened", Instant.now()));
    workers.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> workers.stuckWorkers() == 1);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }
}
