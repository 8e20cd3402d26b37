package dev.reviewbot.github;

import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.source.ChangeSet;
import java.util.List;

/**
 * A pull request as {@link GitHubChangeSource} read it.
 *
 * @param pullRequest the pull request and the head that was read (the current one, which may be
 *     newer than the head an event named)
 * @param change what the analyzer gets
 * @param files GitHub's list of the pull request's files, as read; {@link
 *     GitHubPublisher#publish(dev.reviewbot.plan.ReviewPlan, PullRequestChange)} anchors comments
 *     on their patches without listing them again
 * @param sections what the summary must say about the reading: files GitHub did not list, files too
 *     large to analyze; the caller puts them in the plan
 */
public record PullRequestChange(
    PullRequestRef pullRequest,
    ChangeSet change,
    List<PullRequestFile> files,
    List<SummarySection> sections) {
  public PullRequestChange {
    files = List.copyOf(files);
    sections = List.copyOf(sections);
  }
}
