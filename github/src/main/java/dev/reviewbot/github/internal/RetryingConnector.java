package dev.reviewbot.github.internal;

import dev.reviewbot.github.RetryPolicy;
import dev.reviewbot.github.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries 5xx answers and rate limits below hub4j, so hub4j's calls and our own plain-HTTP calls
 * share one policy and one injectable {@link Sleeper}. The last answer is handed on unchanged when
 * tries run out or the wait would be longer than the policy allows.
 *
 * <p>A POST answered with a 5xx is not sent again here: GitHub may have created the review or
 * comment before failing, and a second POST would duplicate it. The failure goes up instead, and
 * the next run skips what was posted (fingerprint markers). Rate-limit answers (403/429) are
 * retried for every method: GitHub did not process those requests.
 *
 * <p>A call that timed out is retried by the same rule: a connect timeout always (nothing was
 * sent), a read timeout only when the method is not a POST; a refused connection is reported at
 * once.
 */
public final class RetryingConnector implements GitHubConnector {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingConnector.class);

  private final GitHubConnector delegate;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final WaitTimes waits;

  public RetryingConnector(
      GitHubConnector delegate, RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this.delegate = delegate;
    this.policy = policy;
    this.sleeper = sleeper;
    this.waits = new WaitTimes(policy, clock);
  }

  @Override
  public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
    for (int attempt = 1; ; attempt++) {
      GitHubConnectorResponse response;
      try {
        response = delegate.send(request);
      } catch (IOException e) {
        if (!TransportFailures.retryable(request, e) || attempt >= policy.maxAttempts()) {
          throw e;
        }
        Duration backoff = policy.backoff(attempt);
        LOG.info(
            "{} {} failed ({}); retrying in {}s (try {} of {})",
            request.method(),
            request.url().getPath(),
            e.getMessage(),
            backoff.toSeconds(),
            attempt + 1,
            policy.maxAttempts());
        pause(request, backoff);
        continue;
      }
      Optional<Duration> wait =
          mayHaveTakenEffect(request, response)
              ? Optional.empty()
              : waits.retryAfter(response, attempt);
      if (wait.isEmpty() || attempt >= policy.maxAttempts()) {
        return response;
      }
      if (wait.get().compareTo(policy.maxWait()) > 0) {
        LOG.warn(
            "GitHub asks to wait {}s before retrying {} {}; that is longer than the {}s allowed, giving up",
            wait.get().toSeconds(),
            request.method(),
            request.url().getPath(),
            policy.maxWait().toSeconds());
        return response;
      }
      LOG.info(
          "GitHub answered {} to {} {}; retrying in {}s (try {} of {})",
          response.statusCode(),
          request.method(),
          request.url().getPath(),
          wait.get().toSeconds(),
          attempt + 1,
          policy.maxAttempts());
      response.close();
      pause(request, wait.get());
    }
  }

  private void pause(GitHubConnectorRequest request, Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(
          "interrupted while waiting to retry " + request.method() + " " + request.url().getPath());
    }
  }

  private static boolean mayHaveTakenEffect(
      GitHubConnectorRequest request, GitHubConnectorResponse response) {
    return "POST".equals(request.method()) && response.statusCode() >= 500;
  }
}
