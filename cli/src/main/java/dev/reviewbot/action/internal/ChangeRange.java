package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.GitHubEvent;

/**
 * What to review, taken from the event: the base and head commits and, on a pull request, its
 * number. The head is always the pull request's or push's own commit, never the merge commit {@code
 * GITHUB_SHA} names on {@code pull_request}.
 *
 * @param base a commit id, or a ref such as {@code origin/main} for a new branch
 * @param baseField where {@code base} came from, for messages
 * @param head a commit id; {@code null} when there is nothing to review (a deleted branch)
 * @param pullRequest the pull request number, 0 on a push
 */
public record ChangeRange(
    String base, String baseField, String head, String headField, int pullRequest) {

  public static ChangeRange of(GitHubEvent event) {
    if (event instanceof GitHubEvent.PullRequest pr) {
      return new ChangeRange(
          pr.baseSha(),
          "pull_request.base.sha",
          pr.headSha(),
          "pull_request.head.sha",
          pr.number());
    }
    if (event instanceof GitHubEvent.Push push) {
      return push(push);
    }
    throw new ActionException(
        "on "
            + event.name()
            + ", reviewbot only posts a review bundle (mode: publish): analyzing "
            + "here would mean checking out pull request code in a job that holds a write token. Analyze in the pull_request "
            + "workflow (mode: analyze) and publish its bundle here; see docs/github-action.md");
  }

  /** False for a push that deleted its branch. */
  public boolean hasHead() {
    return head != null;
  }

  public boolean isPullRequest() {
    return pullRequest > 0;
  }

  private static ChangeRange push(GitHubEvent.Push push) {
    if (push.deletesBranch()) {
      return new ChangeRange(push.before(), "before", null, "after", 0);
    }
    if (push.createsBranch()) {
      // a new branch: compare with the default branch, as a pull request from it would
      String base = push.defaultBranch() == null ? null : "origin/" + push.defaultBranch();
      return new ChangeRange(base, "repository.default_branch", push.after(), "after", 0);
    }
    return new ChangeRange(push.before(), "before", push.after(), "after", 0);
  }
}
