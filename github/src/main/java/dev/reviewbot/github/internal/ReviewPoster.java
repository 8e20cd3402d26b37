package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.plan.AnchorFit;
import dev.reviewbot.plan.CommentRenderer;
import dev.reviewbot.plan.InlineComment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the new inline comments as one review. When GitHub rejects the review (422, e.g. a line
 * that is no longer in the diff), the comments are checked again against a fresh diff and posted
 * one by one, so one bad anchor never loses the others.
 */
public final class ReviewPoster {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewPoster.class);

  private final RestCalls rest;
  private final PullRequestRef pr;
  private final CommentRenderer renderer;

  public ReviewPoster(RestCalls rest, PullRequestRef pr, CommentRenderer renderer) {
    this.rest = rest;
    this.pr = pr;
    this.renderer = renderer;
  }

  /**
   * @param freshAnchors reads the diff again, for the one-by-one fallback
   * @return the review id (0 when the fallback posted single comments) and the comments GitHub
   *     refused
   */
  public Outcome post(
      List<InlineComment> comments, String event, String body, AnchorSource freshAnchors)
      throws IOException, WriteRefused {
    if (comments.isEmpty()) {
      return new Outcome(0, List.of(), false);
    }
    ObjectNode review = rest.object();
    review.put("commit_id", pr.headSha());
    review.put("event", event);
    review.put("body", body);
    ArrayNode array = review.putArray("comments");
    comments.forEach(c -> array.add(comment(c, false)));
    try {
      long id = rest.post(reviewsPath(), review).path("id").asLong();
      LOG.info("posted review {} with {} comment(s) on {}", id, comments.size(), pr);
      return new Outcome(id, List.of(), false);
    } catch (GitHubHttpException e) {
      if (Failures.isPermission(e)) {
        throw new WriteRefused("posting the review", Failures.describe(e));
      }
      if (e.status() != 422) {
        throw e;
      }
      LOG.warn(
          "GitHub rejected the review on {} ({}); checking each comment again and posting them one by one",
          pr,
          Failures.describe(e));
      return oneByOne(comments, event, body, freshAnchors.read());
    }
  }

  private Outcome oneByOne(
      List<InlineComment> comments, String event, String body, AnchorFit anchors)
      throws IOException, WriteRefused {
    List<InlineComment> refused = new ArrayList<>();
    for (InlineComment comment : comments) {
      Optional<InlineComment> refitted = anchors.fit(comment.anchor()).map(comment::withAnchor);
      if (refitted.isEmpty()) {
        refused.add(comment);
        continue;
      }
      ObjectNode single = comment(refitted.get(), true);
      try {
        rest.post("/repos/" + pr.fullName() + "/pulls/" + pr.number() + "/comments", single);
      } catch (GitHubHttpException e) {
        if (Failures.isPermission(e)) {
          throw new WriteRefused("posting a review comment", Failures.describe(e));
        }
        if (e.status() != 422) {
          throw e;
        }
        LOG.warn(
            "GitHub rejected the comment on {} ({}); it goes to the summary",
            refitted.get().anchor(),
            Failures.describe(e));
        refused.add(comment);
      }
    }
    long reviewId = 0;
    if (!"COMMENT".equals(event) && refused.size() < comments.size()) {
      // the single comments carry no verdict: ask for changes in a review of its own
      ObjectNode verdict = rest.object();
      verdict.put("commit_id", pr.headSha());
      verdict.put("event", event);
      verdict.put("body", body);
      try {
        reviewId = rest.post(reviewsPath(), verdict).path("id").asLong();
      } catch (GitHubHttpException e) {
        LOG.warn("could not post the {} verdict on {} ({})", event, pr, Failures.describe(e));
      }
    }
    return new Outcome(reviewId, refused, true);
  }

  /** A review comment; {@code standalone} adds what a comment outside a review needs. */
  ObjectNode comment(InlineComment comment, boolean standalone) {
    ObjectNode json = rest.object();
    json.put("path", comment.anchor().path());
    if (comment.anchor().isMultiLine()) {
      json.put("start_line", comment.anchor().startLine());
      json.put("start_side", "RIGHT");
    }
    json.put("line", comment.anchor().line());
    json.put("side", "RIGHT");
    json.put("body", renderer.render(comment));
    if (standalone) {
      json.put("commit_id", pr.headSha());
    }
    return json;
  }

  private String reviewsPath() {
    return "/repos/" + pr.fullName() + "/pulls/" + pr.number() + "/reviews";
  }

  /** Reads the pull request's diff again. */
  @FunctionalInterface
  public interface AnchorSource {
    AnchorFit read() throws IOException;
  }

  /**
   * @param reviewId the review posted, 0 if none
   * @param refused comments GitHub would not take; they belong in the summary
   * @param oneByOne true when the review was rejected and comments went one by one
   */
  public record Outcome(long reviewId, List<InlineComment> refused, boolean oneByOne) {
    public Outcome {
      refused = List.copyOf(refused);
    }
  }
}
