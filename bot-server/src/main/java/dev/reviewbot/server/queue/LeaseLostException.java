package dev.reviewbot.server.queue;

/** Thrown by a job that found it no longer holds its lease; the worker then records nothing. */
public final class LeaseLostException extends RuntimeException {
  public LeaseLostException(String message) {
    super(message);
  }
}
