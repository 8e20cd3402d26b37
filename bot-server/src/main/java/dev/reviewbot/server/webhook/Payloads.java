package dev.reviewbot.server.webhook;

import dev.reviewbot.server.installation.InstallationChange;
import dev.reviewbot.server.queue.ReviewRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the fields the service needs out of GitHub webhook payloads; nothing else is trusted. */
final class Payloads {
  private Payloads() {}

  static String action(JsonNode payload) {
    JsonNode action = payload.path("action");
    return action.isString() ? action.stringValue() : null;
  }

  static boolean isDraft(JsonNode payload) {
    return payload.path("pull_request").path("draft").asBoolean(false);
  }

  /** The review a {@code pull_request} event asks for. */
  static ReviewRequest reviewRequest(JsonNode payload, Instant receivedAt) {
    JsonNode pr = payload.path("pull_request");
    String repository = text(payload, "repository", "full_name");
    int number =
        pr.path("number").isIntegralNumber()
            ? pr.path("number").intValue()
            : payload.path("number").asInt(-1);
    if (number <= 0) {
      throw new MalformedPayloadException("pull_request event without a pull request number");
    }
    String updated = pr.path("updated_at").isString() ? pr.path("updated_at").stringValue() : null;
    Instant updatedAt;
    try {
      updatedAt = updated == null ? receivedAt : Instant.parse(updated);
    } catch (DateTimeParseException e) {
      throw new MalformedPayloadException(
          "pull_request.updated_at is not an ISO-8601 time: " + updated);
    }
    JsonNode installation = payload.path("installation").path("id");
    return new ReviewRequest(
        repository,
        number,
        installation.isIntegralNumber() ? installation.longValue() : null,
        text(payload, "pull_request", "head", "sha"),
        updatedAt,
        text(payload, "pull_request", "base", "sha"),
        text(payload, "pull_request", "base", "ref"));
  }

  /** The change an {@code installation} or {@code installation_repositories} event describes. */
  static InstallationChange installationChange(String event, String action, JsonNode payload) {
    JsonNode installation = payload.path("installation");
    if (!installation.path("id").isIntegralNumber()) {
      throw new MalformedPayloadException(event + " event without installation.id");
    }
    InstallationChange.Status status = null;
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    if (event.equals("installation")) {
      status =
          switch (action == null ? "" : action) {
            case "deleted" -> InstallationChange.Status.DELETED;
            case "suspend" -> InstallationChange.Status.SUSPENDED;
            default -> InstallationChange.Status.ACTIVE;
          };
      names(payload.path("repositories"), added);
    } else {
      names(payload.path("repositories_added"), added);
      names(payload.path("repositories_removed"), removed);
    }
    JsonNode account = installation.path("account");
    return new InstallationChange(
        installation.path("id").longValue(),
        account.path("login").asString("unknown"),
        account.path("type").asString(null),
        installation.path("repository_selection").asString(null),
        status,
        added,
        removed);
  }

  private static void names(JsonNode repositories, List<String> into) {
    for (JsonNode repository : repositories) {
      if (repository.path("full_name").isString()) {
        into.add(repository.path("full_name").stringValue());
      }
    }
  }

  private static String text(JsonNode node, String... path) {
    JsonNode current = node;
    for (String field : path) {
      current = current.path(field);
    }
    if (!current.isString() || current.stringValue().isBlank()) {
      throw new MalformedPayloadException("payload lacks " + String.join(".", path));
    }
    return current.stringValue();
  }

  /**
   * The first comment of a {@code pull_request_review_thread} event's thread: the one that opened
   * it, which is the bot's finding comment when the thread is the bot's.
   */
  static ThreadRoot threadRoot(JsonNode payload) {
    String repository = text(payload, "repository", "full_name");
    int number = payload.path("pull_request").path("number").asInt(-1);
    if (number <= 0) {
      throw new MalformedPayloadException(
          "pull_request_review_thread event without pull_request.number");
    }
    JsonNode comments = payload.path("thread").path("comments");
    if (!comments.isArray() || comments.isEmpty()) {
      throw new MalformedPayloadException(
          "pull_request_review_thread event without thread.comments");
    }
    JsonNode first = comments.get(0);
    if (!first.path("id").isIntegralNumber()) {
      throw new MalformedPayloadException("pull_request_review_thread comment without an id");
    }
    return new ThreadRoot(
        repository,
        number,
        first.path("id").longValue(),
        first.path("body").isString() ? first.path("body").stringValue() : "");
  }

  /** The comment a {@code pull_request_review_comment} event is about, and what it replies to. */
  static ReviewComment reviewComment(JsonNode payload) {
    String repository = text(payload, "repository", "full_name");
    int number = payload.path("pull_request").path("number").asInt(-1);
    JsonNode comment = payload.path("comment");
    if (number <= 0 || !comment.path("id").isIntegralNumber()) {
      throw new MalformedPayloadException(
          "pull_request_review_comment event without pull_request.number or comment.id");
    }
    JsonNode parent = comment.path("in_reply_to_id");
    return new ReviewComment(
        repository,
        number,
        comment.path("id").longValue(),
        parent.isIntegralNumber() ? parent.longValue() : null);
  }

  /** True when a bot account (e.g. reviewbot itself resolving a fixed finding's thread) acted. */
  static boolean sentByBot(JsonNode payload) {
    return "Bot".equals(payload.path("sender").path("type").asString(""));
  }

  record ThreadRoot(String repository, int prNumber, long commentId, String body) {}

  record ReviewComment(String repository, int prNumber, long commentId, Long inReplyTo) {}
}
