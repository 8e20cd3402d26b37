package dev.reviewbot.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.server.support.Databases;
import dev.reviewbot.server.support.TestClock;
import dev.reviewbot.server.support.Webhooks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The queue's contract, run on both databases it supports with the same SQL. */
class JobQueueTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  static List<Arguments> databases() {
    Supplier<DataSource> h2 = Databases::freshH2;
    Supplier<DataSource> postgres =
        () -> Databases.postgresDataSource(Databases.freshPostgresUrl());
    return List.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
  }

  private TestClock clock;
  private JdbcTemplate jdbc;
  private JobQueue queue;

  private void open(Supplier<DataSource> database, int maxAttempts) {
    DataSource dataSource = Databases.migrated(database.get());
    clock = new TestClock(T0);
    jdbc = new JdbcTemplate(dataSource);
    queue =
        new JobQueue(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
            clock,
            new JobRetryPolicy(maxAttempts, Duration.ofSeconds(10), Duration.ofMinutes(1)),
            LEASE);
  }

  private static ReviewRequest pr(int number, String head, int secondsAfterT0) {
    return new ReviewRequest(
        "octo/app",
        number,
        42L,
        Webhooks.sha(head),
        T0.plusSeconds(secondsAfterT0),
        Webhooks.sha("base"),
        "main");
  }

  private EnqueueOutcome deliver(String deliveryId, ReviewRequest request) {
    return queue.enqueue(
        request, new Delivery(deliveryId, "pull_request", "synchronize", clock.instant()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void givesEachJobToExactlyOneOfManyConcurrentWorkers(String name, Supplier<DataSource> database)
      throws Exception {
    open(database, 5);
    for (int n = 1; n <= 40; n++) {
      assertThat(deliver("d" + n, pr(n, "h" + n, 0))).isEqualTo(EnqueueOutcome.QUEUED);
    }
    ConcurrentHashMap<Long, String> claimedBy = new ConcurrentHashMap<>();
    AtomicInteger doubleClaims = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      String worker = "w" + w;
      workers.add(
          pool.submit(
              () -> {
                for (Optional<ClaimedJob> job = queue.claim(worker);
                    job.isPresent();
                    job = queue.claim(worker)) {
                  if (claimedBy.putIfAbsent(job.get().id(), worker) != null) {
                    doubleClaims.incrementAndGet();
                  }
                  queue.complete(job.get(), job.get().request().headSha());
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();

    assertThat(doubleClaims).hasValue(0);
    assertThat(claimedBy).hasSize(40);
    assertThat(queue.snapshot()).isEqualTo(new QueueSnapshot(0, 0, 40, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void newerHeadSupersedesQueuedWorkAndRedeliveryChangesNothing(
      String name, Supplier<DataSource> database) {
    open(database, 5);
    assertThat(deliver("d1", pr(1, "a", 0))).isEqualTo(EnqueueOutcome.QUEUED);
    assertThat(deliver("d2", pr(1, "b", 10))).isEqualTo(EnqueueOutcome.SUPERSEDED_OLDER);
    assertThat(deliver("d2", pr(1, "b", 10))).isEqualTo(EnqueueOutcome.DUPLICATE_DELIVERY);
    assertThat(deliver("d3", pr(1, "b", 10))).isEqualTo(EnqueueOutcome.ALREADY_PENDING);
    assertThat(deliver("d4", pr(1, "a", 0))).isEqualTo(EnqueueOutcome.STALE);

    ClaimedJob job = queue.claim("w").orElseThrow();
    assertThat(job.request().headSha()).isEqualTo(Webhooks.sha("b"));
    assertThat(job.deliveryId()).isEqualTo("d2");
    assertThat(queue.claim("w")).isEmpty();
    assertThat(queue.complete(job, job.request().headSha())).isTrue();

    assertThat(deliver("d5", pr(1, "b", 20))).isEqualTo(EnqueueOutcome.ALREADY_REVIEWED);
    assertThat(queue.claim("w")).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery", Integer.class))
        .isEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void headPushedWhileRunningIsQueuedWhenTheRunEnds(String name, Supplier<DataSource> database) {
    open(database, 5);
    deliver("d1", pr(1, "a", 0));
    ClaimedJob running = queue.claim("w").orElseThrow();

    assertThat(deliver("d2", pr(1, "b", 10))).isEqualTo(EnqueueOutcome.SUPERSEDED_OLDER);
    assertThat(queue.claim("w2")).as("one pull request is never reviewed twice at once").isEmpty();
    assertThat(queue.complete(running, Webhooks.sha("a"))).isTrue();

    ClaimedJob next = queue.claim("w2").orElseThrow();
    assertThat(next.request().headSha()).isEqualTo(Webhooks.sha("b"));
    assertThat(next.attempts()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void retriesWithGrowingBackoffThenGivesUpWithTheReasonStored(
      String name, Supplier<DataSource> database) {
    open(database, 3);
    deliver("d1", pr(1, "a", 0));

    FailureOutcome first =
        queue.fail(queue.claim("w").orElseThrow(), "HttpException: 502 from GitHub", true);
    assertThat(first.kind()).isEqualTo(FailureOutcome.Kind.RETRY);
    assertThat(first.retryAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(queue.claim("w")).as("not before the backoff").isEmpty();

    clock.advance(Duration.ofSeconds(10));
    FailureOutcome second =
        queue.fail(queue.claim("w").orElseThrow(), "HttpException: 502 from GitHub", true);
    assertThat(second.retryAt()).isEqualTo(clock.instant().plusSeconds(20));

    clock.advance(Duration.ofSeconds(20));
    ClaimedJob third = queue.claim("w").orElseThrow();
    assertThat(third.attempts()).isEqualTo(3);
    assertThat(queue.fail(third, "HttpException: 502 from GitHub", true).kind())
        .isEqualTo(FailureOutcome.Kind.GAVE_UP);

    clock.advance(Duration.ofHours(1));
    assertThat(queue.claim("w")).isEmpty();
    assertThat(jdbc.queryForMap("SELECT status, last_error, attempts FROM review_job"))
        .containsValues("FAILED", "HttpException: 502 from GitHub", 3);
    assertThat(queue.snapshot().failed()).isOne();
    assertThat(deliver("d2", pr(1, "b", 30)))
        .as("a new head gets a fresh start")
        .isEqualTo(EnqueueOutcome.QUEUED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void permanentFailureGivesUpAtOnce(String name, Supplier<DataSource> database) {
    open(database, 5);
    deliver("d1", pr(1, "a", 0));
    assertThat(queue.fail(queue.claim("w").orElseThrow(), "404: repository gone", false).kind())
        .isEqualTo(FailureOutcome.Kind.GAVE_UP);
    assertThat(queue.snapshot()).isEqualTo(new QueueSnapshot(0, 0, 0, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void expiredLeaseIsTakenOverAndTheOldHolderIsFencedOff(
      String name, Supplier<DataSource> database) {
    open(database, 5);
    deliver("d1", pr(1, "a", 0));
    ClaimedJob crashed = queue.claim("dead-worker").orElseThrow();
    clock.advance(LEASE.minusSeconds(1));
    assertThat(queue.claim("w")).as("lease still valid").isEmpty();

    clock.advance(Duration.ofSeconds(2));
    ClaimedJob takeover = queue.claim("w").orElseThrow();
    assertThat(takeover.recovered()).isTrue();
    assertThat(takeover.attempts()).isEqualTo(2);

    assertThat(queue.complete(crashed, crashed.request().headSha())).isFalse();
    assertThat(queue.renew(crashed)).isFalse();
    assertThat(queue.fail(crashed, "late", true).kind()).isEqualTo(FailureOutcome.Kind.LEASE_LOST);
    assertThat(queue.holds(takeover)).isTrue();
    assertThat(queue.complete(takeover, takeover.request().headSha())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void renewedLeaseIsNotTakenOver(String name, Supplier<DataSource> database) {
    open(database, 5);
    deliver("d1", pr(1, "a", 0));
    ClaimedJob job = queue.claim("w").orElseThrow();
    clock.advance(LEASE.minusSeconds(10));
    assertThat(queue.renew(job)).isTrue();
    clock.advance(Duration.ofSeconds(20));
    assertThat(queue.claim("w2")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void releasedJobRunsAgainAtOnceWithoutCountingTheTry(String name, Supplier<DataSource> database) {
    open(database, 5);
    deliver("d1", pr(1, "a", 0));
    ClaimedJob job = queue.claim("w").orElseThrow();
    assertThat(queue.release(job)).isTrue();
    ClaimedJob again = queue.claim("w2").orElseThrow();
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(again.recovered()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void givesUpAJobWhoseWorkersKeepDying(String name, Supplier<DataSource> database) {
    open(database, 2);
    deliver("d1", pr(1, "a", 0));
    queue.claim("dies-1").orElseThrow();
    clock.advance(LEASE.plusSeconds(1));
    queue.claim("dies-2").orElseThrow();
    clock.advance(LEASE.plusSeconds(1));

    assertThat(queue.claim("w")).isEmpty();
    assertThat(jdbc.queryForObject("SELECT last_error FROM review_job", String.class))
        .contains("stopped renewing its lease");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void forgetsOldDeliveryIds(String name, Supplier<DataSource> database) {
    open(database, 5);
    deliver("d1", pr(1, "a", 0));
    clock.advance(Duration.ofDays(15));
    deliver("d2", pr(2, "a", 0));
    assertThat(queue.forgetDeliveriesBefore(clock.instant().minus(Duration.ofDays(14)))).isOne();
    assertThat(jdbc.queryForList("SELECT delivery_id FROM webhook_delivery", String.class))
        .containsExactly("d2");
  }
}
