package dev.reviewbot.github;

/** A review bundle that cannot be read or written; the message names the file and the problem. */
public final class ReviewBundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReviewBundleException(String message, Throwable cause) {
    super(message, cause);
  }
}
