package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.plan.Markers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHPullRequest;

/**
 * What the bot posted on a pull request before: its inline review comments (with their fingerprint
 * markers) and its issue comments, the summary among them. Comments by anyone else are ignored, so
 * nobody can hide a finding by pasting a marker.
 */
public final class EarlierPosts {
  private final List<PostedComment> reviewComments;
  private final List<PostedComment> issueComments;
  private final GHIssueComment summary;

  private EarlierPosts(
      List<PostedComment> reviewComments,
      List<PostedComment> issueComments,
      GHIssueComment summary) {
    this.reviewComments = reviewComments;
    this.issueComments = issueComments;
    this.summary = summary;
  }

  public static EarlierPosts read(
      RestCalls rest, GHPullRequest pull, PullRequestRef pr, Predicate<String> isBot)
      throws IOException {
    List<JsonNode> own = new ArrayList<>();
    Map<Long, Integer> replies = new HashMap<>();
    for (JsonNode comment :
        rest.getAll("/repos/" + pr.fullName() + "/pulls/" + pr.number() + "/comments")) {
      boolean byBot = isBot.test(comment.path("user").path("login").asText(""));
      if (comment.hasNonNull("in_reply_to_id")) {
        // replies in a thread are never the bot's finding comments; a person's reply is feedback
        if (!byBot) {
          replies.merge(comment.path("in_reply_to_id").asLong(), 1, Integer::sum);
        }
      } else if (byBot) {
        own.add(comment);
      }
    }
    List<PostedComment> review = new ArrayList<>();
    for (JsonNode comment : own) {
      String body = comment.path("body").asText("");
      List<String> fingerprints = Markers.fingerprintsIn(body);
      if (!fingerprints.isEmpty()) {
        long id = comment.path("id").asLong();
        review.add(
            new PostedComment(
                id,
                comment.path("path").asText(null),
                body,
                fingerprints,
                Markers.resolvedIn(body),
                reactions(comment.path("reactions")),
                replies.getOrDefault(id, 0)));
      }
    }
    List<PostedComment> issue = new ArrayList<>();
    GHIssueComment summary = null;
    for (GHIssueComment comment : pull.listComments().withPageSize(100)) {
      if (!isBot.test(author(comment))) {
        continue;
      }
      String body = comment.getBody() == null ? "" : comment.getBody();
      if (Markers.isSummary(body)) {
        summary = summary == null ? comment : summary; // the oldest one is kept up to date
      } else if (!Markers.fingerprintsIn(body).isEmpty()) {
        issue.add(
            new PostedComment(
                comment.getId(),
                null,
                body,
                Markers.fingerprintsIn(body),
                Markers.resolvedIn(body)));
      }
    }
    return new EarlierPosts(review, issue, summary);
  }

  /** Fingerprints of findings that already have an open (not resolved) comment. */
  public Set<String> openFingerprints() {
    Set<String> open = new HashSet<>();
    for (List<PostedComment> comments : List.of(reviewComments, issueComments)) {
      comments.stream()
          .filter(c -> c.resolvedIn().isEmpty())
          .forEach(c -> open.addAll(c.fingerprints()));
    }
    return open;
  }

  /** Every review comment of the bot's with a fingerprint marker, resolved or not. */
  public List<PostedComment> reviewComments() {
    return List.copyOf(reviewComments);
  }

  /** The bot's review comments not yet marked resolved. */
  public List<PostedComment> openReviewComments() {
    return reviewComments.stream().filter(c -> c.resolvedIn().isEmpty()).toList();
  }

  public Optional<GHIssueComment> summary() {
    return Optional.ofNullable(summary);
  }

  private static PostedComment.Reactions reactions(JsonNode rollup) {
    if (!rollup.isObject()) {
      return new PostedComment.Reactions(0, 0, false);
    }
    return new PostedComment.Reactions(
        rollup.path("+1").asInt(0), rollup.path("-1").asInt(0), true);
  }

  /**
   * The author's login, from the listing itself: {@code getUser()} would fetch each author's
   * profile.
   */
  @SuppressWarnings("deprecation")
  private static String author(GHIssueComment comment) {
    return comment.getUserName();
  }
}
