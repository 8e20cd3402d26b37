package dev.reviewbot.server.queue;

import java.time.Duration;

/** The reason stored for a try that ran past {@code reviewbot.queue.job-deadline}. */
public final class JobDeadlineExceeded extends Exception {
  private static final long serialVersionUID = 1L;

  public JobDeadlineExceeded(Duration deadline) {
    super(
        "the review took longer than the job deadline of "
            + deadline.toSeconds()
            + "s"
            + " (reviewbot.queue.job-deadline); GitHub may be slow or a file too costly to analyze");
  }
}
