package dev.reviewbot.server.review;

import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.GitHubChangeSource;
import dev.reviewbot.github.GitHubErrors;
import dev.reviewbot.github.GitHubPublisher;
import dev.reviewbot.github.PublishException;
import dev.reviewbot.github.PublishOptions;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.PullRequestChange;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.server.auth.GitHubClients;
import dev.reviewbot.server.feedback.Adjustments;
import dev.reviewbot.server.feedback.FeedbackLoop;
import dev.reviewbot.server.installation.InstallationChange;
import dev.reviewbot.server.installation.InstallationStore;
import dev.reviewbot.server.queue.ClaimedJob;
import dev.reviewbot.server.queue.JobHandler;
import dev.reviewbot.server.queue.LeaseGuard;
import dev.reviewbot.server.queue.LeaseLostException;
import dev.reviewbot.server.queue.PermanentJobFailure;
import dev.reviewbot.server.queue.ReviewRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews one head of one pull request, entirely through the API: read {@code .reviewbot.yml} from
 * the base branch (a pull request cannot switch its own review off), read the change with {@link
 * GitHubChangeSource}, run the analyzer, publish through the github module. Nothing from the pull
 * request is checked out, built or run. Posting is idempotent (the publisher skips findings whose
 * fingerprint it already posted), so a rerun after a crash adds no duplicate comments.
 */
public final class ReviewJob implements JobHandler {
  private static final Logger log = LoggerFactory.getLogger(ReviewJob.class);

  private final GitHubClients clients;
  private final InstallationStore installations;
  private final RuleRegistry registry;
  private final ConfigLoader configLoader;
  private final Settings settings;
  private final GitHubChangeSource.Limits limits;
  private final FeedbackLoop feedback;

  /**
   * @param checkRunName {@code null} or empty: no check run
   * @param fetchThreads concurrent content requests per review
   */
  public record Settings(
      long maxFileBytes, String checkRunName, boolean requestChanges, int fetchThreads) {}

  public ReviewJob(
      GitHubClients clients,
      InstallationStore installations,
      RuleRegistry registry,
      Settings settings,
      FeedbackLoop feedback) {
    this.clients = clients;
    this.feedback = feedback;
    this.installations = installations;
    this.registry = registry;
    this.configLoader = new ConfigLoader(registry);
    this.settings = settings;
    this.limits = new GitHubChangeSource.Limits(settings.maxFileBytes(), settings.fetchThreads());
  }

  @Override
  public String run(ClaimedJob job, LeaseGuard lease) throws Exception {
    ReviewRequest request = job.request();
    refuseInactiveInstallation(request);
    try {
      GitHubApiClient client =
          clients.forRepository(request.installationId(), request.repository());
      GitHubChangeSource pullRequest =
          GitHubChangeSource.open(
              client, request.owner(), request.name(), request.prNumber(), limits);
      if (pullRequest.isClosed()) {
        log.info("{} is closed; nothing to review", request.prKey());
        return request.headSha();
      }
      String head = pullRequest.headSha();
      if (!head.equals(request.headSha())) {
        // The files endpoint only shows the current head: review that; the event for it will find
        // it done.
        log.info(
            "{} moved on from {} to {}; reviewing the current head",
            request.prKey(),
            request.headSha(),
            head);
      }
      BaseBranchConfig.Loaded config = BaseBranchConfig.read(pullRequest, configLoader);
      PullRequestChange change = pullRequest.read(config.config()::isIncluded);
      Adjustments adjustments =
          feedback.before(request.repository(), request.prNumber(), config.config());
      ReviewPlan plan = plan(config, change, adjustments);
      if (!lease.held()) {
        throw new LeaseLostException(
            "lease on " + request.prKey() + " lost before publishing; another worker reviews it");
      }
      PublishResult result =
          new GitHubPublisher(
                  client, publishOptions().withWithheldFingerprints(adjustments.withheld()))
              .publish(plan, change);
      return switch (result.status()) {
        case PUBLISHED -> {
          log.debug("{}", result.message());
          feedback.after(request.repository(), request.prNumber(), head, result.feedback());
          yield head;
        }
        case SUPERSEDED -> throw new IOException("head moved while reviewing: " + result.message());
        case REFUSED ->
            throw new PermanentJobFailure("GitHub refused the review: " + result.message());
      };
    } catch (IOException e) {
      if (GitHubErrors.isNotFound(e)) {
        throw new PermanentJobFailure(
            request.prKey() + " or its repository is not accessible (404): " + e.getMessage(), e);
      }
      if (GitHubErrors.isUnauthorized(e)) {
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
    new GitHubPublisher(client, publishOptions())
        .publishNotReviewed(
            new PullRequestRef(
                request.owner(), request.name(), request.prNumber(), request.headSha()),
            reason);
  }

  private ReviewPlan plan(
      BaseBranchConfig.Loaded config, PullRequestChange change, Adjustments adjustments) {
    ReviewConfig reviewConfig = config.config();
    ReviewPolicy policy = ReviewPolicy.defaults().withFailOn(reviewConfig.failOn());
    return new ReviewPipeline(registry, reviewConfig)
        .withSections(config.sections())
        .withSections(change.sections())
        .withSections(adjustments.sections())
        .run(change.change())
        .plan(new ReviewPlanner(policy).withSummaryRules(adjustments.summaryRules()));
  }

  private PublishOptions publishOptions() throws IOException {
    String checkRun =
        settings.checkRunName() == null || settings.checkRunName().isBlank()
            ? null
            : settings.checkRunName();
    PublishOptions options =
        PublishOptions.defaults()
            .withCheckRunName(checkRun)
            .withRequestChanges(settings.requestChanges());
    return clients.botLogin().map(options::withBotLogin).orElse(options);
  }

  private void refuseInactiveInstallation(ReviewRequest request) throws PermanentJobFailure {
    if (request.installationId() == null) {
      return;
    }
    InstallationChange.Status status =
        installations.status(request.installationId()).orElse(InstallationChange.Status.ACTIVE);
    if (status != InstallationChange.Status.ACTIVE) {
      throw new PermanentJobFailure(
          "installation " + request.installationId() + " is " + status.name().toLowerCase());
    }
  }
}
