package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import org.kohsuke.github.HttpException;

/** Reads the HTTP status and GitHub's message out of hub4j's and our own exceptions. */
public final class Failures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Failures() {}

  /** The HTTP status, 404 for hub4j's not-found, -1 when the failure was not an HTTP answer. */
  public static int status(IOException e) {
    if (e instanceof GitHubHttpException http) {
      return http.status();
    }
    if (e instanceof HttpException http) {
      return http.getResponseCode();
    }
    if (e instanceof FileNotFoundException) {
      return 404;
    }
    return -1;
  }

  /**
   * True for "this token may not do that": 401 and 403 that are not rate limits (those were
   * retried).
   */
  public static boolean isPermission(IOException e) {
    int status = status(e);
    return status == 401 || status == 403;
  }

  /**
   * GitHub's own words, without JSON or stack traces; the exception's message when there are none.
   */
  public static String message(IOException e) {
    if (e instanceof GitHubHttpException http) {
      return http.githubMessage().isEmpty() ? "HTTP " + http.status() : http.githubMessage();
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int brace = text.indexOf('{');
    if (brace >= 0) {
      try {
        JsonNode body = JSON.readTree(text.substring(brace));
        if (body.hasNonNull("message")) {
          return body.get("message").asText();
        }
      } catch (IOException | RuntimeException notJson) {
        // fall through to the plain text
      }
    }
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** e.g. {@code HTTP 403: Resource not accessible by integration}. */
  public static String describe(IOException e) {
    int status = status(e);
    return (status > 0 ? "HTTP " + status + ": " : "") + message(e);
  }
}
