package dev.reviewbot.action.internal;

import dev.reviewbot.action.GitHubEvent;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * On {@code pull_request_target} the job holds a write token and secrets; checking out the pull
 * request's head there lets its build scripts run with them. reviewbot only reads git objects, but
 * says so loudly, since the steps around it may not.
 */
public final class HeadCheckout {
  private HeadCheckout() {}

  public static void warnIfPullRequestHead(GitHubEvent event, Path repo, StepLog log) {
    if (!(event instanceof GitHubEvent.PullRequest pr)
        || !pr.name().equals("pull_request_target")) {
      return;
    }
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(repo.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return;
    }
    try (Repository repository = builder.build()) {
      ObjectId head = repository.resolve("HEAD");
      if (head != null && head.name().equals(pr.headSha())) {
        log.warning(
            "The pull request's head is checked out in a "
                + "pull_request_target job, which holds a write token and secrets: any later step that builds or runs it hands "
                + "them to the pull request's author, and its .reviewbot.yml is what reviewbot read. Check out the base "
                + "(the default) and let reviewbot read the pull request's commits, or use the two-workflow setup in "
                + "docs/github-action.md.");
      }
    } catch (IOException e) {
      // only a warning depends on it
    }
  }
}
