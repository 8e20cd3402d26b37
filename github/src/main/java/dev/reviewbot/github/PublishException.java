package dev.reviewbot.github;

/**
 * Posting failed for a reason other than missing permission: the pull request does not exist,
 * GitHub kept failing after the retries, the token is invalid. The message says what and where;
 * callers may retry later.
 */
public final class PublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
