package dev.reviewbot.github;

import java.io.IOException;

/**
 * A file {@link GitHubChangeSource} does not read because of its size (over the configured limit,
 * or over the 1 MB the contents API returns). Reported to the author, never fatal to a review.
 */
public final class FileTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  public FileTooLargeException(String path, long size, long max) {
    super(path + " is " + size + " bytes; files over " + max + " bytes are not analyzed");
  }
}
