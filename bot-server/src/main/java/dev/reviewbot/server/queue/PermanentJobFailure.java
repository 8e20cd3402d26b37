package dev.reviewbot.server.queue;

/** A job error that retrying cannot fix (e.g. the pull request or repository is gone). */
public final class PermanentJobFailure extends Exception {
  public PermanentJobFailure(String message) {
    super(message);
  }

  public PermanentJobFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
