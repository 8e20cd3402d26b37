package dev.reviewbot.github.internal;

import java.io.IOException;

/**
 * GitHub answered a plain-HTTP call with an error status. The message is GitHub's, never a header.
 */
public final class GitHubHttpException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String githubMessage;

  GitHubHttpException(int status, String method, String path, String githubMessage) {
    super(
        method
            + " "
            + path
            + " answered HTTP "
            + status
            + (githubMessage.isEmpty() ? "" : ": " + githubMessage));
    this.status = status;
    this.githubMessage = githubMessage;
  }

  public int status() {
    return status;
  }

  /** GitHub's own words, e.g. {@code Resource not accessible by integration}. */
  public String githubMessage() {
    return githubMessage;
  }
}
