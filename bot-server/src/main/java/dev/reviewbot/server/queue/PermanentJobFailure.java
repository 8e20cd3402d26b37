package dev.reviewbot.server.queue;

/** A job error that retrying cannot fix (e.g. the pull request or repository is gone). */
public final class PermanentJobFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public PermanentJobFailure(String message) {
    super(message);
  }

  public PermanentJobFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
