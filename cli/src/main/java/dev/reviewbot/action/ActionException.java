package dev.reviewbot.action;

/**
 * Something about the workflow run is wrong and the user can fix it: a missing variable, an
 * unsupported event, history too shallow, a bundle for another pull request. The message is what to
 * show, as it is, and says what to do.
 */
public final class ActionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ActionException(String message) {
    super(message);
  }

  public ActionException(String message, Throwable cause) {
    super(message, cause);
  }
}
