package dev.reviewbot.cli;

/**
 * A problem with what the user asked for (exit code 2), shown as one line without a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
