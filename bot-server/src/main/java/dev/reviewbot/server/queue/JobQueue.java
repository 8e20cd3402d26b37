package dev.reviewbot.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable review queue, one row per pull request (table {@code review_job}), in H2 or
 * PostgreSQL with the same SQL.
 *
 * <ul>
 *   <li>De-duplication: every delivery id is inserted into {@code webhook_delivery} in the same
 *       transaction as the job change, so a redelivery hits the primary key and changes nothing.
 *   <li>Coalescing: the row for a pull request is locked ({@code FOR UPDATE}) and a newer head
 *       overwrites the head still waiting; a head already reviewed is not queued again.
 *   <li>Claiming: {@code FOR UPDATE SKIP LOCKED} picks a due row no other transaction holds; the
 *       claim sets a lease with a random token. Every later update is fenced by that token, so a
 *       worker whose lease expired and was taken over can no longer change the job.
 *   <li>Crash recovery: a RUNNING row whose lease expired is claimable again.
 * </ul>
 */
public final class JobQueue {
  private static final Logger log = LoggerFactory.getLogger(JobQueue.class);
  private static final int MAX_ERROR_LENGTH = 2000;

  private final JdbcTemplate jdbc;
  private final DeliveryLog deliveries;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final JobRetryPolicy retry;
  private final Duration lease;

  public JobQueue(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      Clock clock,
      JobRetryPolicy retry,
      Duration lease) {
    this.jdbc = jdbc;
    this.deliveries = new DeliveryLog(jdbc);
    this.tx = tx;
    this.clock = clock;
    this.retry = retry;
    this.lease = lease;
  }

  public Duration lease() {
    return lease;
  }

  /**
   * Stores a pull request event: the delivery, and the review it asks for unless a redelivery, a
   * stale event or an already reviewed head. When this returns, the work is durable.
   */
  public EnqueueOutcome enqueue(ReviewRequest request, Delivery delivery) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(
            status -> {
              EnqueueOutcome outcome = updateJob(request, delivery);
              // Stored last, with its outcome, in the same transaction: a redelivery fails on the
              // primary key here and rolls back whatever it changed above.
              if (!deliveries.insert(delivery, request, outcome.name())) {
                status.setRollbackOnly();
                return EnqueueOutcome.DUPLICATE_DELIVERY;
              }
              return outcome;
            });
      } catch (FirstRowRace race) {
        // Another instance created the pull request's row at the same moment: run again, the
        // row now exists and will be locked.
        if (attempt >= 3) {
          throw new IllegalStateException(
              "could not store delivery " + delivery.id() + " for " + request.prKey(), race);
        }
      }
    }
  }

  private EnqueueOutcome updateJob(ReviewRequest request, Delivery delivery) {
    long now = clock.millis();
    List<JobRow> rows =
        jdbc.query(
            "SELECT "
                + JobRow.COLUMNS
                + " FROM review_job WHERE repository = ? AND pr_number = ? FOR UPDATE",
            JobRow.MAPPER,
            request.repository(),
            request.prNumber());
    if (rows.isEmpty()) {
      try {
        jdbc.update(
            "INSERT INTO review_job (repository, pr_number, installation_id, head_sha, head_updated_at, base_sha, base_ref,"
                + " delivery_id, requested_at, status, attempts, run_after, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)",
            request.repository(),
            request.prNumber(),
            request.installationId(),
            request.headSha(),
            request.headUpdatedAt().toEpochMilli(),
            request.baseSha(),
            request.baseRef(),
            delivery.id(),
            delivery.receivedAt().toEpochMilli(),
            now,
            now);
      } catch (DuplicateKeyException race) {
        throw new FirstRowRace(race);
      }
      return EnqueueOutcome.QUEUED;
    }
    JobRow row = rows.get(0);
    boolean sameHead = row.headSha.equals(request.headSha());
    if (!sameHead && request.headUpdatedAt().toEpochMilli() < row.headUpdatedAt) {
      return EnqueueOutcome.STALE;
    }
    if (sameHead) {
      return switch (row.status) {
        case QUEUED, RUNNING -> EnqueueOutcome.ALREADY_PENDING;
        case DONE -> EnqueueOutcome.ALREADY_REVIEWED;
        case FAILED -> {
          setHead(row, request, delivery, JobStatus.QUEUED, now);
          yield EnqueueOutcome.QUEUED;
        }
      };
    }
    return switch (row.status) {
      case QUEUED, RUNNING -> {
        // RUNNING keeps its lease; complete() queues the row again for this newer head.
        setHead(row, request, delivery, row.status, now);
        yield EnqueueOutcome.SUPERSEDED_OLDER;
      }
      case DONE -> {
        if (request.headSha().equals(row.reviewedSha)) {
          // The job already reviewed the pull request's current head before this event arrived.
          setHead(row, request, delivery, JobStatus.DONE, now);
          yield EnqueueOutcome.ALREADY_REVIEWED;
        }
        setHead(row, request, delivery, JobStatus.QUEUED, now);
        yield EnqueueOutcome.QUEUED;
      }
      case FAILED -> {
        setHead(row, request, delivery, JobStatus.QUEUED, now);
        yield EnqueueOutcome.QUEUED;
      }
    };
  }

  private void setHead(
      JobRow row, ReviewRequest request, Delivery delivery, JobStatus status, long now) {
    boolean requeue = status == JobStatus.QUEUED;
    jdbc.update(
        "UPDATE review_job SET installation_id = COALESCE(?, installation_id), head_sha = ?, head_updated_at = ?,"
            + " base_sha = ?, base_ref = ?, delivery_id = ?, requested_at = ?, status = ?,"
            + " attempts = CASE WHEN ? THEN 0 ELSE attempts END, run_after = CASE WHEN ? THEN ? ELSE run_after END,"
            + " last_error = CASE WHEN ? THEN NULL ELSE last_error END, updated_at = ? WHERE id = ?",
        request.installationId(),
        request.headSha(),
        Math.max(row.headUpdatedAt, request.headUpdatedAt().toEpochMilli()),
        request.baseSha(),
        request.baseRef(),
        delivery.id(),
        delivery.receivedAt().toEpochMilli(),
        status.name(),
        requeue && row.status != JobStatus.RUNNING,
        requeue,
        now,
        requeue,
        now,
        row.id);
  }

  /**
   * Takes the next due job, or one whose lease expired, for {@code workerId}. Jobs other
   * transactions are claiming at this moment are skipped, not waited for.
   */
  public Optional<ClaimedJob> claim(String workerId) {
    while (true) {
      Claim claim = tx.execute(status -> claimOne(workerId));
      if (claim == null) {
        return Optional.empty();
      }
      if (claim.job != null) {
        return Optional.of(claim.job);
      }
      // the candidate was given up (too many expired leases); look for the next one
    }
  }

  private Claim claimOne(String workerId) {
    long now = clock.millis();
    List<JobRow> due =
        jdbc.query(
            "SELECT "
                + JobRow.COLUMNS
                + " FROM review_job"
                + " WHERE (status = 'QUEUED' AND run_after <= ?) OR (status = 'RUNNING' AND lease_until < ?)"
                + " ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED",
            JobRow.MAPPER,
            now,
            now);
    if (due.isEmpty()) {
      return null;
    }
    JobRow row = due.get(0);
    boolean recovered = row.status == JobStatus.RUNNING;
    if (recovered && !retry.mayRetry(row.attempts)) {
      String reason =
          "gave up after "
              + row.attempts
              + " tries: the worker holding the job stopped renewing its lease"
              + " (last holder "
              + row.leaseOwner
              + ")";
      jdbc.update(
          "UPDATE review_job SET status = 'FAILED', last_error = ?, lease_owner = NULL, lease_token = NULL,"
              + " lease_until = NULL, running_sha = NULL, updated_at = ? WHERE id = ?",
          reason,
          now,
          row.id);
      log.error(
          "review of {}#{} at {} failed for good: {}",
          row.repository,
          row.prNumber,
          row.headSha,
          reason);
      return new Claim(null);
    }
    String token = UUID.randomUUID().toString();
    int attempts = row.attempts + 1;
    jdbc.update(
        "UPDATE review_job SET status = 'RUNNING', running_sha = head_sha, attempts = ?, lease_owner = ?,"
            + " lease_token = ?, lease_until = ?, updated_at = ? WHERE id = ?",
        attempts,
        workerId,
        token,
        now + lease.toMillis(),
        now,
        row.id);
    ReviewRequest request =
        new ReviewRequest(
            row.repository,
            row.prNumber,
            row.installationId,
            row.headSha,
            Instant.ofEpochMilli(row.headUpdatedAt),
            row.baseSha,
            row.baseRef);
    return new Claim(
        new ClaimedJob(
            row.id,
            token,
            request,
            attempts,
            row.deliveryId,
            Instant.ofEpochMilli(row.requestedAt),
            recovered));
  }

  /**
   * Makes every running job claimable at once. Only for a database no other process can open (the
   * embedded H2 file): a job running there at start-up belongs to this instance's previous process,
   * which died (kill -9, power loss) before releasing it, and waiting out its lease helps no one.
   *
   * @return the jobs taken back
   */
  public int reclaimRunningJobsOfDeadProcess() {
    long now = clock.millis();
    return jdbc.update(
        "UPDATE review_job SET lease_until = ?, updated_at = ? WHERE status = 'RUNNING'",
        now - 1,
        now);
  }

  /** Extends the lease. False when it was lost: the job must not be published by this worker. */
  public boolean renew(ClaimedJob job) {
    long now = clock.millis();
    return jdbc.update(
            "UPDATE review_job SET lease_until = ?, updated_at = ? WHERE id = ? AND lease_token = ? AND status = 'RUNNING'",
            now + lease.toMillis(),
            now,
            job.id(),
            job.leaseToken())
        == 1;
  }

  /** True while this worker still holds the job's lease. */
  public boolean holds(ClaimedJob job) {
    Integer held =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM review_job WHERE id = ? AND lease_token = ? AND status = 'RUNNING'",
            Integer.class,
            job.id(),
            job.leaseToken());
    return held != null && held == 1;
  }

  /**
   * Records a finished review of {@code reviewedSha} (the head the job actually reviewed). If a
   * newer head arrived meanwhile the job is queued again for it.
   *
   * @return false if the lease was lost
   */
  public boolean complete(ClaimedJob job, String reviewedSha) {
    Boolean done =
        tx.execute(
            status -> {
              Optional<JobRow> locked = lockHeld(job);
              if (locked.isEmpty()) {
                return false;
              }
              JobRow row = locked.get();
              long now = clock.millis();
              boolean headUnchanged =
                  row.headSha.equals(job.request().headSha()) || row.headSha.equals(reviewedSha);
              jdbc.update(
                  "UPDATE review_job SET status = ?, reviewed_sha = ?, attempts = CASE WHEN ? THEN attempts ELSE 0 END,"
                      + " run_after = ?, last_error = NULL, lease_owner = NULL, lease_token = NULL, lease_until = NULL,"
                      + " running_sha = NULL, updated_at = ? WHERE id = ?",
                  headUnchanged ? JobStatus.DONE.name() : JobStatus.QUEUED.name(),
                  reviewedSha,
                  headUnchanged,
                  now,
                  now,
                  row.id);
              return true;
            });
    return Boolean.TRUE.equals(done);
  }

  /** Records a failed try: retried after a backoff, or given up with the reason stored. */
  public FailureOutcome fail(ClaimedJob job, String reason, boolean retryable) {
    String error =
        reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    return tx.execute(
        status -> {
          Optional<JobRow> locked = lockHeld(job);
          if (locked.isEmpty()) {
            return new FailureOutcome(FailureOutcome.Kind.LEASE_LOST, job.attempts(), null);
          }
          JobRow row = locked.get();
          Instant now = clock.instant();
          FailureOutcome outcome;
          if (!row.headSha.equals(job.request().headSha())) {
            outcome = new FailureOutcome(FailureOutcome.Kind.REQUEUED_FOR_NEWER_HEAD, 0, now);
          } else if (retryable && retry.mayRetry(job.attempts())) {
            outcome =
                new FailureOutcome(
                    FailureOutcome.Kind.RETRY,
                    job.attempts(),
                    now.plus(retry.backoffAfter(job.attempts())));
          } else {
            outcome = new FailureOutcome(FailureOutcome.Kind.GAVE_UP, job.attempts(), null);
          }
          JobStatus next =
              outcome.kind() == FailureOutcome.Kind.GAVE_UP ? JobStatus.FAILED : JobStatus.QUEUED;
          jdbc.update(
              "UPDATE review_job SET status = ?, attempts = ?, run_after = ?, last_error = ?, lease_owner = NULL,"
                  + " lease_token = NULL, lease_until = NULL, running_sha = NULL, updated_at = ? WHERE id = ?",
              next.name(),
              outcome.attempts(),
              outcome.retryAt() == null ? now.toEpochMilli() : outcome.retryAt().toEpochMilli(),
              error,
              now.toEpochMilli(),
              row.id);
          return outcome;
        });
  }

  /**
   * Gives a job back unfinished (shutdown): queued again at once, and this try does not count.
   *
   * @return false if the lease was lost anyway
   */
  public boolean release(ClaimedJob job) {
    long now = clock.millis();
    return jdbc.update(
            "UPDATE review_job SET status = 'QUEUED', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END,"
                + " run_after = ?, lease_owner = NULL, lease_token = NULL, lease_until = NULL, running_sha = NULL, updated_at = ?"
                + " WHERE id = ? AND lease_token = ? AND status = 'RUNNING'",
            now,
            now,
            job.id(),
            job.leaseToken())
        == 1;
  }

  private Optional<JobRow> lockHeld(ClaimedJob job) {
    return jdbc
        .query(
            "SELECT "
                + JobRow.COLUMNS
                + " FROM review_job WHERE id = ? AND lease_token = ? AND status = 'RUNNING' FOR UPDATE",
            JobRow.MAPPER,
            job.id(),
            job.leaseToken())
        .stream()
        .findFirst();
  }

  /** Jobs per state across all instances. */
  public QueueSnapshot snapshot() {
    Map<String, Long> counts =
        jdbc
            .query(
                "SELECT status, COUNT(*) AS n FROM review_job GROUP BY status",
                (rs, i) -> Map.entry(rs.getString("status"), rs.getLong("n")))
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Function<JobStatus, Long> count = s -> counts.getOrDefault(s.name(), 0L);
    return new QueueSnapshot(
        count.apply(JobStatus.QUEUED),
        count.apply(JobStatus.RUNNING),
        count.apply(JobStatus.DONE),
        count.apply(JobStatus.FAILED));
  }

  /** Forgets delivery ids older than {@code cutoff}; GitHub no longer redelivers those. */
  public int forgetDeliveriesBefore(Instant cutoff) {
    return jdbc.update("DELETE FROM webhook_delivery WHERE received_at < ?", cutoff.toEpochMilli());
  }

  private record Claim(ClaimedJob job) {}

  private static final class FirstRowRace extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FirstRowRace(Throwable cause) {
      super(cause);
    }
  }

  private record JobRow(
      long id,
      String repository,
      int prNumber,
      Long installationId,
      String headSha,
      long headUpdatedAt,
      String baseSha,
      String baseRef,
      String deliveryId,
      long requestedAt,
      JobStatus status,
      int attempts,
      String leaseOwner,
      String reviewedSha) {

    static final String COLUMNS =
        "id, repository, pr_number, installation_id, head_sha, head_updated_at, base_sha, base_ref,"
            + " delivery_id, requested_at, status, attempts, lease_owner, reviewed_sha";

    static final RowMapper<JobRow> MAPPER =
        (rs, i) ->
            new JobRow(
                rs.getLong("id"),
                rs.getString("repository"),
                rs.getInt("pr_number"),
                rs.getObject("installation_id", Long.class),
                rs.getString("head_sha"),
                rs.getLong("head_updated_at"),
                rs.getString("base_sha"),
                rs.getString("base_ref"),
                rs.getString("delivery_id"),
                rs.getLong("requested_at"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("lease_owner"),
                rs.getString("reviewed_sha"));
  }
}
