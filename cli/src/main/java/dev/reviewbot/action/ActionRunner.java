package dev.reviewbot.action;

import dev.reviewbot.action.internal.ActionOutputs;
import dev.reviewbot.action.internal.AnnotationSink;
import dev.reviewbot.action.internal.BundleFile;
import dev.reviewbot.action.internal.BundlePublishing;
import dev.reviewbot.action.internal.ChangeRange;
import dev.reviewbot.action.internal.CoverageInputs;
import dev.reviewbot.action.internal.HeadCheckout;
import dev.reviewbot.action.internal.History;
import dev.reviewbot.action.internal.JobSummary;
import dev.reviewbot.action.internal.PullRequestReview;
import dev.reviewbot.action.internal.SarifFile;
import dev.reviewbot.action.internal.StepLog;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The GitHub Action's entry: reads the event and the runner's variables, reviews the change, then
 * posts the review or, when it may not (a fork's read-only token, a push), leaves annotations and a
 * review bundle; always SARIF, the job summary and the step's outputs. In publish mode it posts a
 * bundle instead. Returns the exit code.
 */
public final class ActionRunner {
  /**
   * Exit codes, as the command line's: 0 clean, 1 findings at or above the fail level, 2 GitHub or
   * input trouble.
   */
  public static final int CLEAN = 0;

  public static final int FINDINGS = 1;
  public static final int FAILED = 2;

  private final ActionEnvironment env;
  private final RuleRegistry registry;
  private final String toolVersion;
  private final StepLog log;

  /**
   * @param log the step's log (standard output): workflow commands and progress lines go here
   */
  public ActionRunner(
      ActionEnvironment env, RuleRegistry registry, String toolVersion, PrintWriter log) {
    this.env = env;
    this.registry = registry;
    this.toolVersion = toolVersion;
    this.log = new StepLog(log);
  }

  public int run(ActionInputs inputs) throws IOException {
    GitHubEvent event = GitHubEvent.read(env.requireEventName(), env.requireEventPath());
    if (inputs.mode() == ActionMode.PUBLISH) {
      new BundlePublishing(env, log)
          .publish(event, inputs.bundle() == null ? null : resolve(inputs.bundle()));
      return CLEAN;
    }
    ChangeRange range = ChangeRange.of(event);
    if (!range.hasHead()) {
      log.info("the push deleted its branch; nothing to review");
      ActionOutputs.nothingToReview().appendTo(env.output());
      return CLEAN;
    }
    return review(inputs, event, range);
  }

  private int review(ActionInputs inputs, GitHubEvent event, ChangeRange range) throws IOException {
    Path repo = repository(inputs);
    HeadCheckout.warnIfPullRequestHead(event, repo, log);
    ActionSettings settings = ActionSettings.of(inputs, registry, repo);
    ReviewPipeline pipeline = pipeline(inputs, settings.config(), repo);
    log.info(
        "reviewing " + range.base() + " .. " + range.head() + " (" + describe(event, range) + ")");
    ReviewResult result = pipeline.run(read(repo, range));
    log.info(
        result.outcome().shown().size()
            + " finding(s): "
            + result.count(Severity.ERROR)
            + " error(s), "
            + result.count(Severity.WARNING)
            + " warning(s), "
            + result.count(Severity.INFO)
            + " info");

    JobSummary summary = new JobSummary();
    ReviewPolicy policy = settings.policy();
    PullRequestReview review =
        new PullRequestReview(env, event, inputs.mode() == ActionMode.REVIEW, policy, summary, log);
    BundleFile bundle =
        new BundleFile(
            review.target(), output(inputs.bundle(), "review-bundle.json"), policy, summary);
    Path sarif = output(inputs.sarif(), "reviewbot.sarif");
    ReviewSink.all(
            ReviewSink.firstOf(
                review, ReviewSink.all(bundle, new AnnotationSink(log, toolVersion, summary))),
            new SarifFile(sarif, toolVersion, summary),
            summary.writtenTo(env.stepSummary(), linkBase(range.head()), toolVersion))
        .deliver(result);
    ActionOutputs.of(result, review.result(), bundle.written(), sarif).appendTo(env.output());
    if (review.result() == ActionResult.FAILED) {
      return FAILED;
    }
    return settings.failOn().filter(result::failsAt).isPresent() ? FINDINGS : CLEAN;
  }

  /** The review with the coverage the inputs and the configuration ask for. */
  private ReviewPipeline pipeline(ActionInputs inputs, ReviewConfig config, Path repo) {
    return new ReviewPipeline(registry, config)
        .withCoverage(
            CoverageInputs.options(
                config.section(CoverageOptions.SECTION),
                repo,
                inputs.coverage(),
                inputs.baseCoverage(),
                inputs.allowMissingCoverage(),
                log::warning),
            repo);
  }

  private static String describe(GitHubEvent event, ChangeRange range) {
    return event.name() + (range.isPullRequest() ? " #" + range.pullRequest() : "");
  }

  private static ChangeSet read(Path repo, ChangeRange range) {
    try (GitChangeSource source = GitChangeSource.open(repo)) {
      return source.read(range.base(), GitChangeSource.Head.commit(range.head()));
    } catch (ChangeSourceException e) {
      throw History.explain(
          e,
          repo,
          new History.Endpoint(range.base(), range.baseField()),
          new History.Endpoint(range.head(), range.headField()));
    }
  }

  private Path repository(ActionInputs inputs) {
    Path workspace = env.workspace() != null ? env.workspace() : Path.of("").toAbsolutePath();
    return inputs.workingDirectory() == null
        ? workspace
        : workspace.resolve(inputs.workingDirectory());
  }

  /** The input's path, else {@code name} in the runner's scratch directory. */
  private Path output(Path input, String name) {
    return input != null ? resolve(input) : env.scratchDirectory().resolve(name);
  }

  private String linkBase(String headSha) {
    return env.repository() == null
        ? null
        : env.serverUrl() + "/" + env.repository() + "/blob/" + headSha + "/";
  }

  private Path resolve(Path path) {
    return env.workspace() == null || path.isAbsolute() ? path : env.workspace().resolve(path);
  }
}
