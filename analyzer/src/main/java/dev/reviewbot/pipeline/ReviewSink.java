package dev.reviewbot.pipeline;

import java.io.IOException;

/**
 * One way a {@link ReviewResult} leaves the process: a terminal report, a file, a review on a pull
 * request, annotations. Sinks compose: {@link #firstOf} is a fallback list (post, else annotate),
 * {@link #all} runs each in turn.
 */
@FunctionalInterface
public interface ReviewSink {
  /**
   * @return whether the result reached this sink's destination; {@code false} (e.g. GitHub refused
   *     a read-only token) lets a {@link #firstOf fallback} try the next sink
   */
  boolean deliver(ReviewResult result) throws IOException;

  /** The first of {@code sinks} that delivers; delivered when one did. */
  static ReviewSink firstOf(ReviewSink... sinks) {
    return result -> {
      for (ReviewSink sink : sinks) {
        if (sink.deliver(result)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Every one of {@code sinks}, in order; delivered when all did. */
  static ReviewSink all(ReviewSink... sinks) {
    return result -> {
      boolean delivered = true;
      for (ReviewSink sink : sinks) {
        delivered &= sink.deliver(result);
      }
      return delivered;
    };
  }
}
