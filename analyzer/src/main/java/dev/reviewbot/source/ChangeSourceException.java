package dev.reviewbot.source;

/**
 * A change could not be read: not a git repository, a ref that does not resolve, no merge base, an
 * unreadable path. The message is one line naming the problem, fit to show the user as it is (the
 * command line maps this exception to exit code 2).
 */
public final class ChangeSourceException extends Exception {
  private static final long serialVersionUID = 1L;

  public ChangeSourceException(String message) {
    super(message);
  }

  public ChangeSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
