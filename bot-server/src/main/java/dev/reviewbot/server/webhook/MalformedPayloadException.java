package dev.reviewbot.server.webhook;

/** A signed delivery whose payload lacks what its event needs; answered with 400. */
public final class MalformedPayloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedPayloadException(String message) {
    super(message);
  }
}
