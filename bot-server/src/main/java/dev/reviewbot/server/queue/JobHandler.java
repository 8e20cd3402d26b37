package dev.reviewbot.server.queue;

/** Does the work of one claimed job. The review job is the one implementation. */
@FunctionalInterface
public interface JobHandler {

  /**
   * Runs the job. Throw {@link PermanentJobFailure} for an error no retry can fix; any other
   * exception is retried with backoff.
   *
   * @param lease tells whether this worker still holds the job; check it before writing to GitHub
   * @return the head SHA that was reviewed (it may be newer than the claimed one when the pull
   *     request moved on)
   */
  String run(ClaimedJob job, LeaseGuard lease) throws Exception;

  /**
   * Called once when the queue gives up on a job that failed every try, so the pull request's
   * author learns what was not reviewed and why instead of seeing nothing.
   *
   * @param reason the stored failure reason, one line
   */
  default void gaveUp(ClaimedJob job, String reason) throws Exception {}
}
