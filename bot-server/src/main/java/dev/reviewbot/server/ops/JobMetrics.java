package dev.reviewbot.server.ops;

import dev.reviewbot.server.queue.ClaimedJob;
import dev.reviewbot.server.queue.EnqueueOutcome;
import dev.reviewbot.server.queue.FailureOutcome;
import dev.reviewbot.server.queue.QueueObserver;
import dev.reviewbot.server.queue.QueueSnapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue and review metrics, exported at {@code /actuator/prometheus}:
 *
 * <ul>
 *   <li>{@code reviewbot_jobs_queued}, {@code _running}, {@code _done}, {@code _failed}: jobs per
 *       state in the shared database (all instances), refreshed every few seconds;
 *   <li>{@code reviewbot_jobs_enqueued_total{outcome}}: what each pull request delivery did;
 *   <li>{@code reviewbot_jobs_started_total}, {@code reviewbot_jobs_retried_total}, {@code
 *       reviewbot_jobs_completed_total}, {@code reviewbot_jobs_given_up_total}: this instance's
 *       work;
 *   <li>{@code reviewbot_review_latency_seconds}: from the webhook to the review being posted.
 * </ul>
 */
public final class JobMetrics implements QueueObserver {
  private final MeterRegistry registry;
  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong running = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Counter started;
  private final Counter retried;
  private final Counter completed;
  private final Counter givenUp;
  private final Timer latency;

  public JobMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("reviewbot.jobs.queued", queued, AtomicLong::get)
        .description("review jobs waiting")
        .register(registry);
    Gauge.builder("reviewbot.jobs.running", running, AtomicLong::get)
        .description("review jobs being worked on")
        .register(registry);
    Gauge.builder("reviewbot.jobs.done", done, AtomicLong::get)
        .description("pull requests whose latest head is reviewed")
        .register(registry);
    Gauge.builder("reviewbot.jobs.failed", failed, AtomicLong::get)
        .description("review jobs given up")
        .register(registry);
    started =
        Counter.builder("reviewbot.jobs.started")
            .description("review runs started here")
            .register(registry);
    retried =
        Counter.builder("reviewbot.jobs.retried")
            .description("review runs to be tried again (failure or expired lease)")
            .register(registry);
    completed =
        Counter.builder("reviewbot.jobs.completed")
            .description("reviews posted by this instance")
            .register(registry);
    givenUp =
        Counter.builder("reviewbot.jobs.given.up")
            .description("review jobs given up by this instance")
            .register(registry);
    latency =
        Timer.builder("reviewbot.review.latency")
            .description("webhook received to review posted")
            .publishPercentileHistogram()
            .register(registry);
  }

  @Override
  public void enqueued(EnqueueOutcome outcome) {
    registry
        .counter("reviewbot.jobs.enqueued", "outcome", outcome.name().toLowerCase())
        .increment();
  }

  @Override
  public void started(ClaimedJob job) {
    started.increment();
    if (job.recovered()) {
      retried.increment();
    }
  }

  @Override
  public void reviewed(ClaimedJob job, Duration sinceRequested) {
    completed.increment();
    latency.record(sinceRequested);
  }

  @Override
  public void failed(ClaimedJob job, FailureOutcome outcome) {
    switch (outcome.kind()) {
      case RETRY -> retried.increment();
      case GAVE_UP -> givenUp.increment();
      default -> {}
    }
  }

  @Override
  public void snapshot(QueueSnapshot snapshot) {
    queued.set(snapshot.queued());
    running.set(snapshot.running());
    done.set(snapshot.done());
    failed.set(snapshot.failed());
  }
}
