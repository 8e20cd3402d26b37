package dev.reviewbot.github;

import java.time.Duration;
import java.util.Objects;

/**
 * How requests are retried on 5xx and rate limits.
 *
 * @param maxAttempts tries per request, the first included
 * @param firstBackoff wait before the second try when GitHub names no time; doubles each try
 * @param maxWait longest single wait; a rate limit that resets later is reported, not waited out
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxWait) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxWait, "maxWait");
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  /** The wait before try {@code attempt + 1} when GitHub gave no time. */
  public Duration backoff(int attempt) {
    Duration wait = firstBackoff.multipliedBy(1L << Math.min(20, attempt - 1));
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }
}
