package dev.reviewbot.server.webhook;

import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.plan.Markers;
import dev.reviewbot.server.feedback.FeedbackEvents;
import dev.reviewbot.server.installation.InstallationChange;
import dev.reviewbot.server.installation.InstallationStore;
import dev.reviewbot.server.queue.Delivery;
import dev.reviewbot.server.queue.EnqueueOutcome;
import dev.reviewbot.server.queue.JobQueue;
import dev.reviewbot.server.queue.JobWorkers;
import dev.reviewbot.server.queue.QueueObserver;
import dev.reviewbot.server.queue.ReviewRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Decides what a verified delivery means and stores it. {@code feedback} is {@code null} when the
 * feedback loop is off: its events are then ignored. Blocking (database); the HTTP layer calls it
 * off the event loop. Only a signed body ever gets here.
 */
public final class WebhookIntake {
  private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);
  private static final Set<String> REVIEW_ACTIONS =
      Set.of("opened", "synchronize", "reopened", "ready_for_review");

  private final ObjectMapper json;
  private final JobQueue queue;
  private final InstallationStore installations;
  private final JobWorkers workers;
  private final QueueObserver observer;
  private final boolean reviewDrafts;
  private final FeedbackEvents feedback;

  public WebhookIntake(
      ObjectMapper json,
      JobQueue queue,
      InstallationStore installations,
      JobWorkers workers,
      QueueObserver observer,
      boolean reviewDrafts,
      FeedbackEvents feedback) {
    this.feedback = feedback;
    this.json = json;
    this.queue = queue;
    this.installations = installations;
    this.workers = workers;
    this.observer = observer;
    this.reviewDrafts = reviewDrafts;
  }

  /**
   * @param event the {@code X-GitHub-Event} header
   * @param deliveryId the {@code X-GitHub-Delivery} header
   */
  public WebhookReply accept(String event, String deliveryId, byte[] body, Instant receivedAt) {
    if (event == null || event.isBlank()) {
      return WebhookReply.badRequest("missing X-GitHub-Event header");
    }
    if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 64) {
      return WebhookReply.badRequest("missing or overlong X-GitHub-Delivery header");
    }
    MDC.put("delivery", deliveryId);
    try {
      return switch (event) {
        case "ping" -> WebhookReply.ok("pong");
        case "pull_request" -> pullRequest(deliveryId, parse(body), receivedAt);
        case "pull_request_review_thread" -> reviewThread(deliveryId, parse(body), receivedAt);
        case "pull_request_review_comment" -> reviewComment(deliveryId, parse(body), receivedAt);
        case "installation", "installation_repositories" ->
            installation(event, deliveryId, parse(body), receivedAt);
        default -> WebhookReply.ignored("event " + event + " is not used");
      };
    } catch (MalformedPayloadException e) {
      log.warn("refused {} delivery: {}", event, e.getMessage());
      return WebhookReply.badRequest(e.getMessage());
    } finally {
      MDC.remove("delivery");
      MDC.remove("pr");
    }
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode payload = json.readTree(body);
      if (payload == null || !payload.isObject()) {
        throw new MalformedPayloadException("payload is not a JSON object");
      }
      return payload;
    } catch (JacksonException e) {
      throw new MalformedPayloadException("payload is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private WebhookReply pullRequest(String deliveryId, JsonNode payload, Instant receivedAt) {
    String action = Payloads.action(payload);
    if ("closed".equals(action) && feedback != null) {
      ReviewRequest closed = Payloads.reviewRequest(payload, receivedAt);
      MDC.put("pr", closed.prKey());
      feedback.closed(
          closed.installationId(),
          new PullRequestRef(closed.owner(), closed.name(), closed.prNumber(), closed.headSha()));
      return WebhookReply.ignored("pull_request closed needs no review; feedback final");
    }
    if (action == null || !REVIEW_ACTIONS.contains(action)) {
      return WebhookReply.ignored("pull_request " + action + " needs no review");
    }
    ReviewRequest request = Payloads.reviewRequest(payload, receivedAt);
    MDC.put("pr", request.prKey());
    if (Payloads.isDraft(payload) && !reviewDrafts) {
      log.info("skipped draft pull request {}", request.prKey());
      return WebhookReply.ignored(
          "draft pull request skipped (set reviewbot.review.drafts=true to review drafts)");
    }
    EnqueueOutcome outcome =
        queue.enqueue(request, new Delivery(deliveryId, "pull_request", action, receivedAt));
    observer.enqueued(outcome);
    if (outcome.createdWork()) {
      workers.wake();
    }
    log.info(
        "pull_request {} for {} at {}: {}", action, request.prKey(), request.headSha(), outcome);
    return switch (outcome) {
      case DUPLICATE_DELIVERY -> WebhookReply.ok("delivery already received");
      case QUEUED -> WebhookReply.accepted("review queued");
      case SUPERSEDED_OLDER ->
          WebhookReply.accepted("review queued; replaces the one for an older head");
      case ALREADY_PENDING -> WebhookReply.accepted("review of this head already queued");
      case ALREADY_REVIEWED -> WebhookReply.accepted("this head was already reviewed");
      case STALE ->
          WebhookReply.accepted("event is older than one already received; nothing to do");
    };
  }

  /** A person resolved or unresolved a review thread: dismissed, unless the finding goes away. */
  private WebhookReply reviewThread(String deliveryId, JsonNode payload, Instant receivedAt) {
    String action = Payloads.action(payload);
    Payloads.ThreadRoot root = Payloads.threadRoot(payload);
    MDC.put("pr", root.repository() + "#" + root.prNumber());
    if (feedback == null || !("resolved".equals(action) || "unresolved".equals(action))) {
      return WebhookReply.ignored("pull_request_review_thread " + action + " is not used");
    }
    if (Payloads.sentByBot(payload)) {
      return WebhookReply.ignored(
          "thread " + action + " by a bot (reviewbot resolves fixed findings)");
    }
    List<String> fingerprints = Markers.fingerprintsIn(root.body());
    if (fingerprints.isEmpty()) {
      return WebhookReply.ignored("not a reviewbot thread");
    }
    boolean recorded =
        feedback.threadChanged(
            new Delivery(deliveryId, "pull_request_review_thread", action, receivedAt),
            root.repository(),
            root.prNumber(),
            root.commentId(),
            fingerprints,
            "resolved".equals(action));
    if (!recorded) {
      return WebhookReply.ok("delivery already received");
    }
    log.info("thread of comment {} {}", root.commentId(), action);
    return WebhookReply.ok("recorded");
  }

  /** A person replied to a review comment; only replies are used. */
  private WebhookReply reviewComment(String deliveryId, JsonNode payload, Instant receivedAt) {
    String action = Payloads.action(payload);
    Payloads.ReviewComment comment = Payloads.reviewComment(payload);
    MDC.put("pr", comment.repository() + "#" + comment.prNumber());
    if (feedback == null
        || !"created".equals(action)
        || comment.inReplyTo() == null
        || Payloads.sentByBot(payload)) {
      return WebhookReply.ignored("pull_request_review_comment " + action + " is not a reply");
    }
    boolean recorded =
        feedback.replied(
            new Delivery(deliveryId, "pull_request_review_comment", action, receivedAt),
            comment.repository(),
            comment.prNumber(),
            comment.inReplyTo());
    return recorded ? WebhookReply.ok("recorded") : WebhookReply.ok("delivery already received");
  }

  private WebhookReply installation(
      String event, String deliveryId, JsonNode payload, Instant receivedAt) {
    String action = Payloads.action(payload);
    InstallationChange change = Payloads.installationChange(event, action, payload);
    boolean applied =
        installations.apply(change, new Delivery(deliveryId, event, action, receivedAt));
    if (!applied) {
      return WebhookReply.ok("delivery already received");
    }
    log.info(
        "{} {} for installation {} ({})",
        event,
        action,
        change.installationId(),
        change.accountLogin());
    return WebhookReply.ok("recorded");
  }
}
