package dev.reviewbot.server.review;

import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.engine.Review;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.engine.RuleRegistry;
import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.GitHubPublisher;
import dev.reviewbot.github.PublishException;
import dev.reviewbot.github.PublishOptions;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.PullRequestFile;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.review.ReviewPlan;
import dev.reviewbot.review.ReviewPlanner;
import dev.reviewbot.review.ReviewPolicy;
import dev.reviewbot.review.SummarySection;
import dev.reviewbot.server.auth.GitHubClients;
import dev.reviewbot.server.installation.InstallationChange;
import dev.reviewbot.server.installation.InstallationStore;
import dev.reviewbot.server.queue.ClaimedJob;
import dev.reviewbot.server.queue.JobHandler;
import dev.reviewbot.server.queue.LeaseGuard;
import dev.reviewbot.server.queue.LeaseLostException;
import dev.reviewbot.server.queue.PermanentJobFailure;
import dev.reviewbot.server.queue.ReviewRequest;
import dev.reviewbot.source.ChangeSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews one head of one pull request, entirely through the API: list the changed files, fetch
 * base and head contents of the ones to analyze, read {@code .reviewbot.yml} from the base
 * branch (a pull request cannot switch its own review off), run the analyzer, publish through
 * the github module. Nothing from the pull request is checked out, built or run. Posting is
 * idempotent (the publisher skips findings whose fingerprint it already posted), so a rerun after
 * a crash adds no duplicate comments.
 */
public final class ReviewJob implements JobHandler {
  private static final Logger log = LoggerFactory.getLogger(ReviewJob.class);
  /** The files endpoint lists at most this many files of a pull request. */
  static final int FILES_ENDPOINT_CAP = 3000;

  private final GitHubClients clients;
  private final InstallationStore installations;
  private final RuleRegistry registry;
  private final ConfigLoader configLoader;
  private final Settings settings;

  /**
   * @param checkRunName {@code null} or empty: no check run
   * @param fetchThreads concurrent content requests per review
   */
  public record Settings(long maxFileBytes, String checkRunName, boolean requestChanges, int fetchThreads) {}

  public ReviewJob(GitHubClients clients, InstallationStore installations, RuleRegistry registry, Settings settings) {
    this.clients = clients;
    this.installations = installations;
    this.registry = registry;
    this.configLoader = new ConfigLoader(registry);
    this.settings = settings;
  }

  @Override
  public String run(ClaimedJob job, LeaseGuard lease) throws Exception {
    ReviewRequest request = job.request();
    refuseInactiveInstallation(request);
    try {
      GitHubApiClient client = clients.forRepository(request.installationId(), request.repository());
      GHRepository repository = client.hub4j().getRepository(request.repository());
      GHPullRequest pr = repository.getPullRequest(request.prNumber());
      if (pr.getState() == GHIssueState.CLOSED) {
        log.info("{} is closed; nothing to review", request.prKey());
        return request.headSha();
      }
      String head = pr.getHead().getSha();
      if (!head.equals(request.headSha())) {
        // The files endpoint only shows the current head: review that; the event for it will find it done.
        log.info("{} moved on from {} to {}; reviewing the current head", request.prKey(), request.headSha(), head);
      }
      List<PullRequestFile> files = PullRequestFile.list(pr);
      ReviewPlan plan = plan(repository, pr, head, files);
      if (!lease.held()) {
        throw new LeaseLostException("lease on " + request.prKey() + " lost before publishing; another worker reviews it");
      }
      PublishResult result = new GitHubPublisher(client, publishOptions()).publish(plan,
          new PullRequestRef(request.owner(), request.name(), request.prNumber(), head), files);
      return switch (result.status()) {
        case PUBLISHED -> {
          log.debug("{}", result.message());
          yield head;
        }
        case SUPERSEDED -> throw new IOException("head moved while reviewing: " + result.message());
        case REFUSED -> throw new PermanentJobFailure("GitHub refused the review: " + result.message());
      };
    } catch (GHFileNotFoundException gone) {
      throw new PermanentJobFailure(request.prKey() + " or its repository is not accessible (404): " + gone.getMessage(), gone);
    } catch (HttpException e) {
      if (e.getResponseCode() == 401) {
        clients.invalidate(request.installationId());
      }
      throw e;
    } catch (PublishException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void gaveUp(ClaimedJob job, String reason) throws IOException {
    ReviewRequest request = job.request();
    GitHubApiClient client = clients.forRepository(request.installationId(), request.repository());
    new GitHubPublisher(client, publishOptions()).publishNotReviewed(
        new PullRequestRef(request.owner(), request.name(), request.prNumber(), request.headSha()), reason);
  }

  private ReviewPlan plan(GHRepository repository, GHPullRequest pr, String head, List<PullRequestFile> files) throws IOException {
    String base = pr.getBase().getSha();
    ContentFetcher contents = new ContentFetcher(repository, settings.maxFileBytes());
    BaseBranchConfig.Loaded config = BaseBranchConfig.read(contents, configLoader, base);
    String mergeBase = repository.getCompare(base, head).getMergeBaseCommit().getSHA1();
    PullRequestChanges.Fetched fetched = new PullRequestChanges(contents, settings.fetchThreads()).fetch(files, mergeBase, head, config.config());
    ChangeSet change = new ReleaseLookup(repository, contents).addTo(fetched.change(), mergeBase);
    ReviewOutcome outcome = new Review(registry, config.config()).run(change);

    List<SummarySection> sections = new ArrayList<>();
    config.problem().ifPresent(problem -> sections.add(new SummarySection("Configuration not used",
        "`.reviewbot.yml` on the base branch could not be used, so the defaults applied: " + problem)));
    if (!config.config().plugins().isEmpty()) {
      // repository content never loads code into the server: only the operator's plugins directory does
      sections.add(new SummarySection("Plugins not loaded", "`.reviewbot.yml` names plugins (" + String.join(", ",
          config.config().plugins()) + "); the bot never loads code from a repository. Ask the bot's operator to install "
          + "them in its plugins directory, or run them in the GitHub Action."));
    }
    int changedFiles = pr.getChangedFiles();
    if (changedFiles > files.size() || files.size() >= FILES_ENDPOINT_CAP) {
      sections.add(new SummarySection("Files not reviewed", "This pull request changes " + changedFiles
          + " files; GitHub lists at most " + FILES_ENDPOINT_CAP + ", so only the first " + files.size() + " were reviewed."));
    }
    if (!fetched.skipped().isEmpty()) {
      sections.add(new SummarySection("Files not analyzed", "- " + String.join("\n- ", fetched.skipped())));
    }
    ReviewPolicy policy = ReviewPolicy.defaults().withFailOn(config.config().failOn());
    return new ReviewPlanner(policy).plan(outcome, head, sections);
  }

  private PublishOptions publishOptions() throws IOException {
    String checkRun = settings.checkRunName() == null || settings.checkRunName().isBlank() ? null : settings.checkRunName();
    PublishOptions options = PublishOptions.defaults().withCheckRunName(checkRun).withRequestChanges(settings.requestChanges());
    return clients.botLogin().map(options::withBotLogin).orElse(options);
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
}
