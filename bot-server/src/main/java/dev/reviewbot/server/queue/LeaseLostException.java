package dev.reviewbot.server.queue;

/** Thrown by a job that found it no longer holds its lease; the worker then records nothing. */
public final class LeaseLostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LeaseLostException(String message) {
    super(message);
  }
}
