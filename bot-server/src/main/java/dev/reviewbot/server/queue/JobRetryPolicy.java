package dev.reviewbot.server.queue;

import java.time.Duration;

/**
 * How often and how soon a failed job is tried again: exponential backoff from {@code
 * initialBackoff}, doubled per failed try, capped at {@code maxBackoff}.
 */
public record JobRetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  public JobRetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /** True if a job that has been tried {@code attempts} times may be tried again. */
  public boolean mayRetry(int attempts) {
    return attempts < maxAttempts;
  }

  /** The wait after the {@code attempts}-th failed try (1-based). */
  public Duration backoffAfter(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
