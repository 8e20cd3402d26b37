package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionEnvironment;
import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.ActionResult;
import dev.reviewbot.action.GitHubEvent;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.plan.ReviewPolicy;
import java.util.Optional;

/**
 * Posts the review on the event's pull request (mode review, with a token). Delivered when posted;
 * otherwise (no pull request, no token, refused, failed) the Action's fallback sinks run, and
 * {@link #result()} says why.
 */
public final class PullRequestReview implements ReviewSink {
  private final ActionEnvironment env;
  private final GitHubEvent event;
  private final Optional<GitHubEvent.PullRequest> pullRequest;
  private final boolean post;
  private final ReviewPolicy policy;
  private final JobSummary summary;
  private final StepLog log;
  private ActionResult result = ActionResult.ANALYZED;

  /**
   * @param post mode review: post when there is a pull request and a token
   */
  public PullRequestReview(
      ActionEnvironment env,
      GitHubEvent event,
      boolean post,
      ReviewPolicy policy,
      JobSummary summary,
      StepLog log) {
    this.env = env;
    this.event = event;
    this.pullRequest =
        event instanceof GitHubEvent.PullRequest pr ? Optional.of(pr) : Optional.empty();
    this.post = post;
    this.policy = policy;
    this.summary = summary;
    this.log = log;
  }

  /** Where the review goes; empty when the event is not about a pull request. */
  public Optional<PullRequestRef> target() {
    return pullRequest.map(pr -> Posting.pullRequest(pr.repository(), pr.number(), pr.headSha()));
  }

  public ActionResult result() {
    return result;
  }

  @Override
  public boolean deliver(ReviewResult review) {
    if (pullRequest.isEmpty()) {
      summary.note(
          "No pull request to post on ("
              + event.name()
              + "): the findings are annotated and listed here.");
      return false;
    }
    if (!post) {
      return false;
    }
    if (env.token() == null) {
      log.warning("no GITHUB_TOKEN: the review is not posted (set the token input)");
      return false;
    }
    PullRequestRef target = target().orElseThrow();
    try {
      PublishResult posted = Posting.publish(env, review.plan(policy), target);
      posted.warnings().forEach(log::warning);
      if (posted.isRefused()) {
        refused(posted);
        return false;
      }
      log.info(posted.message());
      boolean published = posted.status() == PublishResult.Status.PUBLISHED;
      summary.note(
          published
              ? "Posted on "
                  + MarkdownText.code(target.toString())
                  + ": "
                  + posted.inlinePosted()
                  + " new inline comment(s), the summary comment, the check run."
              : "Not posted: " + MarkdownText.code(posted.message()));
      result = published ? ActionResult.PUBLISHED : ActionResult.SUPERSEDED;
      return true;
    } catch (ActionException e) {
      log.error(e.getMessage());
      summary.note("Posting failed: " + MarkdownText.code(e.getMessage()));
      result = ActionResult.FAILED;
      return false;
    }
  }

  private void refused(PublishResult posted) {
    log.warning(posted.message());
    summary.note(
        "GitHub refused the review ("
            + (pullRequest.orElseThrow().fromFork()
                ? "a pull request from a fork gets a read-only token"
                : "the token may not write")
            + "), so the findings are annotated and listed here.");
    result = ActionResult.REFUSED;
  }
}
