package dev.reviewbot.server.ops;

import dev.reviewbot.server.queue.JobWorkers;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Workers busy past the job deadline: exported as {@code reviewbot_jobs_stuck}, and readiness DOWN
 * while all of them are, so a load balancer or orchestrator stops counting on an instance that
 * reviews nothing (health group {@code readiness} includes {@code workers}).
 */
public final class StuckWorkers implements HealthIndicator {
  private final JobWorkers workers;

  public StuckWorkers(JobWorkers workers, MeterRegistry registry) {
    this.workers = workers;
    Gauge.builder("reviewbot.jobs.stuck", workers, JobWorkers::stuckWorkers)
        .description("review workers still busy with a job past its deadline")
        .register(registry);
  }

  @Override
  public Health health() {
    int stuck = workers.stuckWorkers();
    Health.Builder health = workers.allWorkersStuck() ? Health.down() : Health.up();
    return health
        .withDetail("stuck", stuck)
        .withDetail("jobDeadline", workers.jobDeadline().toString())
        .build();
  }
}
