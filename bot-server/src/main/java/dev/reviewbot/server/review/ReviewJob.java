package dev.reviewbot.server.review;

import dev.reviewbot.engine.RuleRegistry;
import dev.reviewbot.server.auth.GitHubClients;
import dev.reviewbot.server.installation.InstallationChange;
import dev.reviewbot.server.installation.InstallationStore;
import dev.reviewbot.server.queue.ClaimedJob;
import dev.reviewbot.server.queue.JobHandler;
import dev.reviewbot.server.queue.LeaseGuard;
import dev.reviewbot.server.queue.PermanentJobFailure;
import dev.reviewbot.server.queue.ReviewRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestFileDetail;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews one head of one pull request, entirely through the API: list the changed files, fetch
 * base and head contents of the ones to analyze, read {@code .reviewbot.yml} from the base
 * branch (a pull request cannot switch its own review off), run the analyzer, publish.
 */
public final class ReviewJob implements JobHandler {
  private static final Logger log = LoggerFactory.getLogger(ReviewJob.class);
  /** The files endpoint lists at most this many files of a pull request. */
  static final int FILES_ENDPOINT_CAP = 3000;

  private final GitHubClients clients;
  private final InstallationStore installations;
  private final RuleRegistry registry;
  private final long maxFileBytes;

  public ReviewJob(GitHubClients clients, InstallationStore installations, RuleRegistry registry, long maxFileBytes) {
    this.clients = clients;
    this.installations = installations;
    this.registry = registry;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public String run(ClaimedJob job, LeaseGuard lease) throws Exception {
    ReviewRequest request = job.request();
    refuseInactiveInstallation(request);
    try {
      GitHub github = clients.forRepository(request.installationId(), request.repository());
      GHRepository repository = github.getRepository(request.repository());
      GHPullRequest pr = repository.getPullRequest(request.prNumber());
      String head = pr.getHead().getSha();
      if (pr.getState() == GHIssueState.CLOSED) {
        log.info("{} is closed; nothing to review", request.prKey());
        return request.headSha();
      }
      if (!head.equals(request.headSha())) {
        // The files endpoint only shows the current head; review that, a later event for it finds it done.
        log.info("{} moved on from {} to {}; reviewing the current head", request.prKey(), request.headSha(), head);
      }
      List<PullRequestFile> files = listFiles(pr);
      throw new PermanentJobFailure("publishing is not wired yet (" + files.size() + " files)");
    } catch (GHFileNotFoundException gone) {
      throw new PermanentJobFailure(request.prKey() + " or its repository is not accessible (404): " + gone.getMessage(), gone);
    } catch (HttpException e) {
      if (e.getResponseCode() == 401) {
        clients.invalidate(request.installationId());
      }
      throw e;
    }
  }

  private void refuseInactiveInstallation(ReviewRequest request) throws PermanentJobFailure {
    if (request.installationId() == null) {
      return;
    }
    InstallationChange.Status status = installations.status(request.installationId()).orElse(InstallationChange.Status.ACTIVE);
    if (status != InstallationChange.Status.ACTIVE) {
      throw new PermanentJobFailure("installation " + request.installationId() + " is " + status.name().toLowerCase());
    }
  }

  private static List<PullRequestFile> listFiles(GHPullRequest pr) throws IOException {
    List<PullRequestFile> files = new ArrayList<>();
    for (GHPullRequestFileDetail file : pr.listFiles().withPageSize(100)) {
      files.add(new PullRequestFile(file.getFilename(), file.getPreviousFilename(), file.getStatus(), file.getPatch(),
          file.getAdditions(), file.getDeletions()));
    }
    return files;
  }
}
