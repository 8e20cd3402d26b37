package dev.reviewbot.server.webhook;

/**
 * The HTTP answer to a delivery: status and a one-line reason for whoever reads the delivery log.
 */
public record WebhookReply(int status, String message) {

  static WebhookReply accepted(String message) {
    return new WebhookReply(202, message);
  }

  static WebhookReply ok(String message) {
    return new WebhookReply(200, message);
  }

  static WebhookReply ignored(String message) {
    return new WebhookReply(204, message);
  }

  static WebhookReply badRequest(String message) {
    return new WebhookReply(400, message);
  }
}
