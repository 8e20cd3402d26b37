package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.plan.Markers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    List<PostedComment> review = new ArrayList<>();
    for (JsonNode comment :
        rest.getAll("/repos/" + pr.fullName() + "/pulls/" + pr.number() + "/comments")) {
      String body = comment.path("body").asText("");
      // replies in a thread are never the bot's finding comments
      if (isBot.test(comment.path("user").path("login").asText(""))
          && !comment.hasNonNull("in_reply_to_id")) {
        List<String> fingerprints = Markers.fingerprintsIn(body);
        if (!fingerprints.isEmpty()) {
          review.add(
              new PostedComment(
                  comment.path("id").asLong(),
                  comment.path("path").asText(null),
                  body,
                  fingerprints,
                  Markers.resolvedIn(body)));
        }
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

  /** The bot's review comments not yet marked resolved. */
  public List<PostedComment> openReviewComments() {
    return reviewComments.stream().filter(c -> c.resolvedIn().isEmpty()).toList();
  }

  public Optional<GHIssueComment> summary() {
    return Optional.ofNullable(summary);
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
