package dev.reviewbot.action;

import dev.reviewbot.action.internal.EventReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The part of the workflow's triggering event the Action needs: which commits to compare and which
 * pull request to post on. Read from {@code GITHUB_EVENT_PATH}.
 */
public sealed interface GitHubEvent {

  /** {@code GITHUB_EVENT_NAME}, e.g. {@code pull_request_target}. */
  String name();

  /**
   * {@code pull_request} or {@code pull_request_target}.
   *
   * @param repository {@code owner/name} of the base repository: where the pull request lives
   * @param baseSha {@code pull_request.base.sha}: the base branch's tip when the event fired
   * @param headSha {@code pull_request.head.sha}: the pull request's own last commit. Never {@code
   *     GITHUB_SHA}, which on {@code pull_request} is a merge commit GitHub made
   * @param headRepository {@code owner/name} the head branch lives in; another repository for a
   *     fork. {@code null} when the fork was deleted
   */
  record PullRequest(
      String name,
      String repository,
      int number,
      String baseSha,
      String headSha,
      String headRepository)
      implements GitHubEvent {

    /**
     * True when the head lives in another repository: the token is then read-only on {@code
     * pull_request}.
     */
    public boolean fromFork() {
      return headRepository == null || !headRepository.equalsIgnoreCase(repository);
    }
  }

  /**
   * {@code push}.
   *
   * @param before the branch's tip before the push; 40 zeros for a new branch
   * @param after the pushed tip; 40 zeros when the branch was deleted
   * @param defaultBranch the repository's default branch, a base for a new branch
   */
  record Push(String name, String repository, String before, String after, String defaultBranch)
      implements GitHubEvent {
    public static final String ZERO_SHA = "0".repeat(40);

    public boolean createsBranch() {
      return ZERO_SHA.equals(before);
    }

    public boolean deletesBranch() {
      return ZERO_SHA.equals(after);
    }
  }

  /**
   * {@code workflow_run}: another workflow finished. Phase B of the fork-safe setup runs on it.
   *
   * @param runId the finished run, whose artifacts hold the review bundle
   * @param triggeringEvent what started that run, e.g. {@code pull_request}
   * @param headSha the commit that run was for: the pull request's head
   * @param pullRequests the pull requests GitHub links to the run; empty for pull requests from
   *     forks
   */
  record WorkflowRun(
      String name,
      String repository,
      long runId,
      String triggeringEvent,
      String headSha,
      String headRepository,
      List<LinkedPullRequest> pullRequests)
      implements GitHubEvent {
    public WorkflowRun {
      pullRequests = List.copyOf(pullRequests);
    }
  }

  /** A pull request listed in {@code workflow_run.pull_requests}. */
  record LinkedPullRequest(int number, String headSha) {}

  /**
   * Reads the payload at {@code path} as the event {@code name}.
   *
   * @throws ActionException for an event the Action does not handle, or a payload without what it
   *     needs, naming the file and the missing field
   */
  static GitHubEvent read(String name, Path path) {
    return EventReader.read(name, path);
  }

  /** The event names the Action understands. */
  List<String> SUPPORTED = List.of("pull_request", "pull_request_target", "push", "workflow_run");
}
