package dev.reviewbot.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;

/**
 * This instance's review workers: each takes a job from the queue, runs it, and records the
 * outcome. Leases of running jobs are renewed in the background. On shutdown the workers stop
 * taking jobs, get {@code shutdownGrace} to finish the running ones, and release the rest so
 * another instance (or the next start) takes them at once instead of after the lease.
 *
 * <p>Every job has a deadline ({@code jobDeadline}). Past it the lease is no longer renewed, the
 * try is recorded as failed (retried or given up by the retry policy) and the worker is
 * interrupted; a worker that does not stop (e.g. analysis spinning on the CPU) stays counted as
 * stuck until it does, and no longer holds the job.
 */
public final class JobWorkers implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

  private final JobQueue queue;
  private final JobHandler handler;
  private final QueueObserver observer;
  private final Clock clock;
  private final Settings settings;
  private final Semaphore wakeups = new Semaphore(0);
  private final Map<Long, Running> inFlight = new ConcurrentHashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private ScheduledExecutorService housekeeping;

  /**
   * Tells authors about given-up jobs off the worker and housekeeping threads: that is GitHub
   * calls, which may be slow.
   */
  private ExecutorService notices;

  private volatile boolean running;

  /**
   * @param instanceId names this instance in lease rows and logs
   * @param workers threads taking jobs; 0 makes an intake-only instance
   */
  public record Settings(
      String instanceId,
      int workers,
      Duration pollInterval,
      Duration shutdownGrace,
      Duration deliveryRetention,
      Duration jobDeadline) {}

  /** A job in a worker's hands; {@code overdue} once its deadline passed and its try was failed. */
  private record Running(ClaimedJob job, Thread thread, Instant deadline, AtomicBoolean overdue) {
    boolean pastDeadline(Instant now) {
      return !now.isBefore(deadline);
    }
  }

  public JobWorkers(
      JobQueue queue, JobHandler handler, QueueObserver observer, Clock clock, Settings settings) {
    this.queue = queue;
    this.handler = handler;
    this.observer = observer;
    this.clock = clock;
    this.settings = settings;
  }

  /** Tells idle workers that work was just queued, so they need not wait for the next poll. */
  public void wake() {
    if (wakeups.availablePermits() < settings.workers()) {
      wakeups.release();
    }
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    for (int i = 1; i <= settings.workers(); i++) {
      Thread thread = new Thread(this::work, "review-worker-" + i);
      threads.add(thread);
      thread.start();
    }
    housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "review-queue-housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    notices =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "review-gave-up-notices");
              thread.setDaemon(true);
              return thread;
            });
    long renewEvery = Math.max(queue.lease().toMillis() / 3, 10);
    housekeeping.scheduleWithFixedDelay(
        this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    long checkEvery = Math.max(Math.min(settings.jobDeadline().toMillis() / 10, 1_000), 10);
    housekeeping.scheduleWithFixedDelay(
        this::enforceDeadlines, checkEvery, checkEvery, TimeUnit.MILLISECONDS);
    housekeeping.scheduleWithFixedDelay(this::refreshSnapshot, 0, 5, TimeUnit.SECONDS);
    housekeeping.scheduleWithFixedDelay(this::forgetOldDeliveries, 1, 60, TimeUnit.MINUTES);
    log.info("{} review worker(s) started as {}", settings.workers(), settings.instanceId());
  }

  private void work() {
    String workerId = settings.instanceId() + "/" + Thread.currentThread().getName();
    while (running) {
      Optional<ClaimedJob> claimed;
      try {
        claimed = queue.claim(workerId);
      } catch (RuntimeException e) {
        log.warn("could not claim a job: {}", e.toString());
        idle();
        continue;
      }
      if (claimed.isPresent()) {
        run(claimed.get());
      } else {
        idle();
      }
    }
  }

  private void idle() {
    try {
      wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      // a late deadline interrupt or shutdown: the loop checks whether to go on
    }
  }

  private void run(ClaimedJob job) {
    MDC.put("delivery", job.deliveryId());
    MDC.put("pr", job.request().prKey());
    Running current =
        new Running(
            job,
            Thread.currentThread(),
            clock.instant().plus(settings.jobDeadline()),
            new AtomicBoolean());
    inFlight.put(job.id(), current);
    try {
      if (job.recovered()) {
        log.warn(
            "taking over the review of {} at {}: the previous worker's lease expired (try {})",
            job.request().prKey(),
            shortSha(job.request().headSha()),
            job.attempts());
      }
      observer.started(job);
      String reviewedSha =
          handler.run(
              job,
              () -> inFlight.containsKey(job.id()) && !current.overdue().get() && queue.holds(job));
      if (current.overdue().get()) {
        log.info(
            "review of {} finished after its deadline; its result is dropped",
            job.request().prKey());
      } else if (queue.complete(job, reviewedSha)) {
        Duration latency = Duration.between(job.requestedAt(), clock.instant());
        observer.reviewed(job, latency);
        log.info(
            "reviewed {} at {} ({} ms after the webhook)",
            job.request().prKey(),
            shortSha(reviewedSha),
            latency.toMillis());
      } else {
        log.warn(
            "review of {} finished after its lease was lost; another worker owns the job now",
            job.request().prKey());
      }
    } catch (LeaseLostException e) {
      log.warn("review of {} stopped: {}", job.request().prKey(), e.getMessage());

    } catch (Exception e) {
      if (current.overdue().get()) {
        log.debug(
            "review of {} stopped after its deadline: {}", job.request().prKey(), e.toString());
      } else if (e instanceof PermanentJobFailure) {
        recordFailure(job, e, false);
      } else if (!running && !inFlight.containsKey(job.id())) {
        log.info("review of {} interrupted by shutdown; released", job.request().prKey());
      } else {
        recordFailure(job, e, true);
      }
    } finally {
      inFlight.remove(job.id());
      Thread.interrupted(); // a shutdown interrupt must not leak into the next claim
      MDC.remove("delivery");
      MDC.remove("pr");
    }
  }

  private void recordFailure(ClaimedJob job, Exception error, boolean retryable) {
    String reason =
        error.getMessage() == null
            ? error.toString()
            : error.getClass().getSimpleName() + ": " + error.getMessage();
    FailureOutcome outcome;
    try {
      outcome = queue.fail(job, reason, retryable);
    } catch (RuntimeException e) {
      log.error(
          "could not record the failure of {} ({}); its lease will expire and it will be retried",
          job.request().prKey(),
          reason,
          e);
      return;
    }
    observer.failed(job, outcome);
    // one line per failure: 500 failing pull requests must not flood the log with stack traces
    log.debug("review of {} failed", job.request().prKey(), error);
    switch (outcome.kind()) {
      case RETRY ->
          log.warn(
              "review of {} failed (try {}), retrying at {}: {}",
              job.request().prKey(),
              outcome.attempts(),
              outcome.retryAt(),
              reason);
      case GAVE_UP -> {
        log.error(
            "review of {} at {} gave up after {} tries: {}",
            job.request().prKey(),
            shortSha(job.request().headSha()),
            outcome.attempts(),
            reason);
        if (retryable) {
          // a permanent failure (pull request gone, installation suspended, no write access) leaves
          // nothing to tell anyone
          tellAuthor(
              job,
              "The review failed "
                  + outcome.attempts()
                  + (outcome.attempts() == 1 ? " time" : " times")
                  + " and was given up. Last error: "
                  + reason);
        }
      }
      case REQUEUED_FOR_NEWER_HEAD ->
          log.info(
              "review of {} failed ({}); a newer head is queued", job.request().prKey(), reason);
      case LEASE_LOST ->
          log.warn(
              "review of {} failed after its lease was lost: {}", job.request().prKey(), reason);
    }
  }

  private void tellAuthor(ClaimedJob job, String reason) {
    notices.execute(
        () -> {
          try {
            handler.gaveUp(job, reason);
          } catch (Exception e) {
            log.warn(
                "could not tell {} that its review was given up: {}",
                job.request().prKey(),
                e.getMessage());
          }
        });
  }

  private void renewLeases() {
    Instant now = clock.instant();
    for (Running running : inFlight.values()) {
      if (running.pastDeadline(now)) {
        continue; // a job past its deadline must not keep its lease alive
      }
      try {
        if (!queue.renew(running.job())) {
          log.warn("lease on {} lost", running.job().request().prKey());
        }
      } catch (RuntimeException e) {
        log.warn(
            "could not renew the lease on {}: {}", running.job().request().prKey(), e.toString());
      }
    }
  }

  /** Fails the try of every job past its deadline and interrupts its worker. */
  private void enforceDeadlines() {
    Instant now = clock.instant();
    for (Running running : inFlight.values()) {
      if (running.pastDeadline(now) && running.overdue().compareAndSet(false, true)) {
        MDC.put("delivery", running.job().deliveryId());
        MDC.put("pr", running.job().request().prKey());
        try {
          recordFailure(running.job(), new JobDeadlineExceeded(settings.jobDeadline()), true);
          if (inFlight.get(running.job().id()) == running) {
            running
                .thread()
                .interrupt(); // a blocked GitHub call returns at once; the worker then drops the
            // job
          }
        } finally {
          MDC.remove("delivery");
          MDC.remove("pr");
        }
      }
    }
  }

  /**
   * Workers still busy with a job whose deadline passed: their try was failed, but the thread has
   * not come back.
   */
  public int stuckWorkers() {
    Instant now = clock.instant();
    return (int) inFlight.values().stream().filter(r -> r.pastDeadline(now)).count();
  }

  /**
   * True when there are workers and every one is stuck past the deadline: this instance reviews
   * nothing.
   */
  public boolean allWorkersStuck() {
    return settings.workers() > 0 && stuckWorkers() >= settings.workers();
  }

  public Duration jobDeadline() {
    return settings.jobDeadline();
  }

  private void refreshSnapshot() {
    try {
      observer.snapshot(queue.snapshot());
    } catch (RuntimeException e) {
      log.debug("queue snapshot failed: {}", e.toString());
    }
  }

  private void forgetOldDeliveries() {
    try {
      int forgotten =
          queue.forgetDeliveriesBefore(clock.instant().minus(settings.deliveryRetention()));
      if (forgotten > 0) {
        log.info("forgot {} delivery ids older than {}", forgotten, settings.deliveryRetention());
      }
    } catch (RuntimeException e) {
      log.warn("delivery clean-up failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    wakeups.release(settings.workers());
    Instant deadline = clock.instant().plus(settings.shutdownGrace());
    for (Thread thread : threads) {
      long wait = Duration.between(clock.instant(), deadline).toMillis();
      try {
        thread.join(Math.max(wait, 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Running unfinished : List.copyOf(inFlight.values())) {
      inFlight.remove(unfinished.job().id());
      boolean released = queue.release(unfinished.job());
      unfinished.thread().interrupt();
      log.info(
          "shutdown: {} review of {} {}",
          released ? "released" : "could not release",
          unfinished.job().request().prKey(),
          released ? "for another worker" : "(its lease will expire)");
    }
    housekeeping.shutdownNow();
    notices.shutdownNow();
    threads.clear();
    log.info("review workers stopped");
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the web server and the database pool go away. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }

  private static String shortSha(String sha) {
    return sha == null ? "?" : sha.substring(0, Math.min(7, sha.length()));
  }
}
