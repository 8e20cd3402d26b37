package dev.reviewbot.baseline;

/** A baseline file that cannot be read or written; the message starts with the file. */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
