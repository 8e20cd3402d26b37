package dev.reviewbot.server.queue;

import java.time.Instant;

/**
 * What recording a failed try did.
 *
 * @param retryAt when the job runs again; {@code null} when it was given up
 */
public record FailureOutcome(Kind kind, int attempts, Instant retryAt) {
  public enum Kind {
    /** Queued again after a backoff. */
    RETRY,
    /** Given up: too many tries, or an error a retry cannot fix. The reason is stored. */
    GAVE_UP,
    /** A newer head arrived meanwhile: the job was queued for it instead. */
    REQUEUED_FOR_NEWER_HEAD,
    /** The lease was lost (taken over after expiry): nothing recorded. */
    LEASE_LOST
  }
}
