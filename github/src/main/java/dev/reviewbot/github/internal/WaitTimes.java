package dev.reviewbot.github.internal;

import dev.reviewbot.github.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * Decides whether a response is worth another try and how long to wait first, following GitHub's
 * guidance: honour {@code Retry-After}; when the primary limit is used up ({@code
 * x-ratelimit-remaining: 0}) wait until {@code x-ratelimit-reset}; for a secondary rate limit
 * without either, wait at least a minute; back off exponentially on 5xx.
 */
final class WaitTimes {
  private static final Duration SECONDARY_LIMIT_MINIMUM = Duration.ofMinutes(1);

  private final RetryPolicy policy;
  private final Clock clock;

  WaitTimes(RetryPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** Empty when the response is final: success, or an error a retry cannot fix. */
  Optional<Duration> retryAfter(GitHubConnectorResponse response, int attempt) throws IOException {
    int status = response.statusCode();
    if (status >= 500 && status <= 599) {
      return Optional.of(named(response).orElse(policy.backoff(attempt)));
    }
    if (status != 403 && status != 429) {
      return Optional.empty();
    }
    Optional<Duration> named = named(response);
    if (named.isPresent()) {
      return named;
    }
    if ("0".equals(response.header("x-ratelimit-remaining"))
        && response.header("x-ratelimit-reset") != null) {
      return untilReset(response.header("x-ratelimit-reset"));
    }
    if (status == 429 || mentionsRateLimit(response)) {
      Duration backoff = policy.backoff(attempt);
      return Optional.of(
          backoff.compareTo(SECONDARY_LIMIT_MINIMUM) < 0 ? SECONDARY_LIMIT_MINIMUM : backoff);
    }
    return Optional.empty(); // a plain 403: no permission, retrying will not help
  }

  private Optional<Duration> named(GitHubConnectorResponse response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at =
            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(clock.instant(), at)));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private Optional<Duration> untilReset(String epochSeconds) {
    try {
      Instant reset = Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()));
      // one second more: the reset time is rounded down
      return Optional.of(nonNegative(Duration.between(clock.instant(), reset)).plusSeconds(1));
    } catch (NumberFormatException e) {
      return Optional.of(SECONDARY_LIMIT_MINIMUM);
    }
  }

  private static boolean mentionsRateLimit(GitHubConnectorResponse response) throws IOException {
    if (!(response instanceof GitHubConnectorResponse.ByteArrayResponse)) {
      return false; // reading a one-shot stream here would leave nothing for the caller
    }
    try (InputStream body = response.bodyStream()) {
      String text =
          new String(body.readNBytes(4_096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      return text.contains("rate limit") || text.contains("abuse");
    }
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
