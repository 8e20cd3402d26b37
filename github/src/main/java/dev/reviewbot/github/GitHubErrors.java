package dev.reviewbot.github;

import java.io.IOException;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.HttpException;

/**
 * What a failed GitHub call means for the caller, without naming the client library's exceptions.
 */
public final class GitHubErrors {
  private GitHubErrors() {}

  /**
   * GitHub answered 404: the repository, pull request or installation is gone, or the credentials
   * may not see it.
   */
  public static boolean isNotFound(IOException e) {
    return e instanceof GHFileNotFoundException;
  }

  /** GitHub answered 401: the credentials are not, or no longer, valid. */
  public static boolean isUnauthorized(IOException e) {
    return e instanceof HttpException http && http.getResponseCode() == 401;
  }
}
