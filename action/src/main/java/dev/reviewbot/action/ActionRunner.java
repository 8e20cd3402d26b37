package dev.reviewbot.action;

import dev.reviewbot.action.internal.Annotations;
import dev.reviewbot.action.internal.BundleCheck;
import dev.reviewbot.action.internal.ChangeRange;
import dev.reviewbot.action.internal.CoverageInputs;
import dev.reviewbot.action.internal.History;
import dev.reviewbot.action.internal.JobSummary;
import dev.reviewbot.action.internal.Posting;
import dev.reviewbot.action.internal.StepOutputs;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.coverage.PatchCoverageCalculator;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.Review;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.github.ReviewBundleException;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.SarifReporter;
import dev.reviewbot.report.internal.WorkflowCommands;
import dev.reviewbot.review.ReviewPlan;
import dev.reviewbot.review.ReviewPlanner;
import dev.reviewbot.review.ReviewPolicy;
import dev.reviewbot.review.SummarySection;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import dev.reviewbot.suppress.BaselineSetting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The GitHub Action's entry: reads the event and the runner's variables, reviews the change, then
 * posts the review or, when it may not (a fork's read-only token, a push), leaves annotations, a
 * job summary, SARIF and a review bundle. In publish mode it posts a bundle instead. Writes the
 * step's outputs; returns the exit code.
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
  private final PrintWriter log;

  /**
   * @param log the step's log (standard output): workflow commands and progress lines go here
   */
  public ActionRunner(
      ActionEnvironment env, RuleRegistry registry, String toolVersion, PrintWriter log) {
    this.env = env;
    this.registry = registry;
    this.toolVersion = toolVersion;
    this.log = log;
  }

  public int run(ActionInputs inputs) throws IOException {
    GitHubEvent event = GitHubEvent.read(env.requireEventName(), env.requireEventPath());
    return inputs.mode() == ActionMode.PUBLISH
        ? publishBundle(inputs, event)
        : review(inputs, event);
  }

  private int review(ActionInputs inputs, GitHubEvent event) throws IOException {
    ChangeRange range = ChangeRange.of(event);
    StepOutputs outputs = new StepOutputs();
    if (!range.hasHead()) {
      log.println("reviewbot: the push deleted its branch; nothing to review");
      outputs
          .put("errors", 0)
          .put("warnings", 0)
          .put("infos", 0)
          .put("findings", 0)
          .put("patch-coverage", "n/a")
          .put("bundle", "")
          .put("sarif", "")
          .put("result", "nothing-to-review")
          .appendTo(env.output());
      return CLEAN;
    }
    Path repo = repository(inputs);
    warnIfPullRequestHeadCheckedOut(event, repo);
    ReviewConfig config = config(inputs, repo);
    Optional<Severity> failOn = failLevel(inputs, config);
    Optional<CoverageOptions> coverageOptions =
        CoverageInputs.options(
            config.section(CoverageOptions.SECTION),
            repo,
            inputs.coverage(),
            inputs.baseCoverage(),
            inputs.allowMissingCoverage(),
            this::warn);
    log.println(
        "reviewbot: reviewing "
            + range.base()
            + " .. "
            + range.head()
            + " ("
            + event.name()
            + (range.isPullRequest() ? " #" + range.pullRequest() : "")
            + ")");
    ChangeSet change = read(repo, range);
    Optional<PatchCoverage> coverage =
        coverageOptions.map(
            options -> PatchCoverageCalculator.compute(change, repo, options, config::isTestCode));
    ReviewOutcome outcome =
        withoutBaselined(
            new Review(registry, config)
                .run(change, PatchCoverage.attachments(coverage))
                .withNotices(PatchCoverage.problemsOf(coverage)),
            config);
    ReportInput report = ReportInput.of(outcome, config.registry(registry).all(), toolVersion);
    log.println(
        "reviewbot: "
            + report.findings().size()
            + " finding(s): "
            + count(report, Severity.ERROR)
            + " error(s), "
            + count(report, Severity.WARNING)
            + " warning(s), "
            + count(report, Severity.INFO)
            + " info");

    JobSummary summary = new JobSummary();
    List<SummarySection> sections =
        coverage
            .map(
                c ->
                    List.of(
                        new SummarySection("Coverage of the changed lines", c.toMarkdownTable())))
            .orElse(List.of());
    sections.forEach(section -> summary.section(section.markdown()));
    Delivery delivery =
        deliver(
            inputs,
            event,
            new ReviewPlanner(policy(inputs, config, failOn)),
            outcome,
            sections,
            summary);
    if (!delivery.posted()) {
      annotate(report, summary);
    }
    Path sarif = sarif(report, inputs, summary);
    summary.appendTo(env.stepSummary(), report, linkBase(range.head()));
    outputs
        .put("errors", count(report, Severity.ERROR))
        .put("warnings", count(report, Severity.WARNING))
        .put("infos", count(report, Severity.INFO))
        .put("findings", report.findings().size())
        .put("patch-coverage", CoverageInputs.output(coverage))
        .put("bundle", delivery.bundle() == null ? "" : delivery.bundle().toString())
        .put("sarif", sarif.toString())
        .put("result", delivery.result())
        .appendTo(env.output());
    if (delivery.result().equals("failed")) {
      return FAILED;
    }
    return failOn.isPresent() && outcome.failsAt(failOn.get()) ? FINDINGS : CLEAN;
  }

  /**
   * What happened to the review.
   *
   * @param result {@code published}, {@code superseded}, {@code refused}, {@code failed} or {@code
   *     analyzed}
   * @param bundle the review bundle written, {@code null} if none
   */
  private record Delivery(String result, Path bundle) {
    boolean posted() {
      return result.equals("published") || result.equals("superseded");
    }
  }

  /**
   * Posts on the pull request in review mode; writes the bundle when it did not (or must not) post.
   */
  private Delivery deliver(
      ActionInputs inputs,
      GitHubEvent event,
      ReviewPlanner planner,
      ReviewOutcome outcome,
      List<SummarySection> sections,
      JobSummary summary)
      throws IOException {
    if (!(event instanceof GitHubEvent.PullRequest pr)) {
      summary.note(
          "No pull request to post on ("
              + event.name()
              + "): the findings are annotated and listed here.");
      return new Delivery("analyzed", null);
    }
    PullRequestRef target = Posting.pullRequest(pr.repository(), pr.number(), pr.headSha());
    ReviewPlan plan = planner.plan(outcome, pr.headSha(), sections);
    String result = "analyzed";
    if (inputs.mode() == ActionMode.REVIEW && env.token() == null) {
      warn("no GITHUB_TOKEN: the review is not posted (set the token input)");
    } else if (inputs.mode() == ActionMode.REVIEW) {
      try {
        PublishResult posted = Posting.publish(env, plan, target);
        posted.warnings().forEach(this::warn);
        if (!posted.isRefused()) {
          log.println("reviewbot: " + posted.message());
          summary.note(
              posted.status() == PublishResult.Status.PUBLISHED
                  ? "Posted on "
                      + MarkdownText.code(target.toString())
                      + ": "
                      + posted.inlinePosted()
                      + " new inline comment(s), the summary comment, the check run."
                  : "Not posted: " + MarkdownText.code(posted.message()));
          return new Delivery(
              posted.status() == PublishResult.Status.PUBLISHED ? "published" : "superseded", null);
        }
        warn(posted.message());
        summary.note(
            "GitHub refused the review ("
                + (pr.fromFork()
                    ? "a pull request from a fork gets a read-only token"
                    : "the token may not write")
                + "), so the findings are annotated and listed here.");
        result = "refused";
      } catch (ActionException e) {
        log.println("::error title=reviewbot::" + WorkflowCommands.escapeData(e.getMessage()));
        summary.note("Posting failed: " + MarkdownText.code(e.getMessage()));
        result = "failed";
      }
    }
    Path bundle =
        inputs.bundle() != null
            ? resolve(inputs.bundle())
            : env.scratchDirectory().resolve("review-bundle.json");
    try {
      ReviewBundle.of(target, plan).write(bundle);
    } catch (ReviewBundleException e) {
      throw new ActionException(e.getMessage(), e);
    }
    summary.note(
        "Review bundle for the publishing workflow (phase B): "
            + MarkdownText.code(bundle.toString())
            + ".");
    return new Delivery(result, bundle);
  }

  /**
   * Phase B: posts a bundle made by an analyze run, after checking it belongs to the run that
   * triggered this one.
   */
  private int publishBundle(ActionInputs inputs, GitHubEvent event) throws IOException {
    if (!(event instanceof GitHubEvent.WorkflowRun run)) {
      throw new ActionException(
          "mode publish runs on workflow_run (phase B of the fork-safe setup), not on "
              + event.name()
              + "; on pull requests use mode review or analyze");
    }
    if (inputs.bundle() == null) {
      throw new ActionException(
          "mode publish needs the bundle input: the review-bundle.json the analyze run uploaded");
    }
    Path file = resolve(inputs.bundle());
    ReviewBundle bundle;
    try {
      bundle = ReviewBundle.read(file);
    } catch (ReviewBundleException e) {
      throw new ActionException(e.getMessage(), e);
    }
    BundleCheck.requireMatches(bundle, run, env.requireRepository());
    PublishResult posted = Posting.publish(env, bundle.plan(), bundle.pullRequest());
    if (posted.isRefused()) {
      throw new ActionException(
          posted.message()
              + " The publishing job needs 'permissions: pull-requests: write' "
              + "(and checks: write for the check run).");
    }
    posted.warnings().forEach(this::warn);
    log.println("reviewbot: " + posted.message());
    ReviewPlan plan = bundle.plan();
    JobSummary.appendText(
        env.stepSummary(),
        "### reviewbot\n\n"
            + (posted.status() == PublishResult.Status.PUBLISHED
                ? "Posted the review of "
                    + MarkdownText.code(bundle.pullRequest().toString())
                    + ": "
                    + plan.findingCount()
                    + " finding(s), "
                    + posted.inlinePosted()
                    + " new inline comment(s)."
                : "Not posted: " + MarkdownText.code(posted.message()))
            + "\n");
    new StepOutputs()
        .put("errors", plan.count(Severity.ERROR))
        .put("warnings", plan.count(Severity.WARNING))
        .put("infos", plan.count(Severity.INFO))
        .put("findings", plan.findingCount())
        .put("patch-coverage", "n/a")
        .put("bundle", file.toString())
        .put("sarif", "")
        .put(
            "result",
            posted.status() == PublishResult.Status.PUBLISHED ? "published" : "superseded")
        .appendTo(env.output());
    return CLEAN;
  }

  /**
   * A warning annotation on the run; the message is escaped so it cannot start a command of its
   * own.
   */
  private void warn(String message) {
    log.println("::warning title=reviewbot::" + WorkflowCommands.escapeData(message));
  }

  private Path repository(ActionInputs inputs) {
    Path workspace = env.workspace() != null ? env.workspace() : Path.of("").toAbsolutePath();
    return inputs.workingDirectory() == null
        ? workspace
        : workspace.resolve(inputs.workingDirectory());
  }

  /**
   * The pull request's configuration. Its {@code banned:} rules run; its {@code plugins:} are
   * recorded but never loaded: the Action must not run code that the reviewed change can name.
   */
  private ReviewConfig config(ActionInputs inputs, Path repo) {
    ConfigLoader loader =
        new ConfigLoader(registry)
            .withSection(CoverageOptions.SECTION)
            .withSection(BaselineSetting.SECTION);
    ReviewConfig config =
        inputs.config() == null
            ? loader.loadFromRepository(repo)
            : loader.load(repo.resolve(inputs.config()));
    return inputs.filterMode() == null
        ? config
        : config.toBuilder().filterMode(FilterMode.parse(inputs.filterMode())).build();
  }

  /**
   * The outcome without the findings of the configuration's {@code baseline:} file, as {@code
   * reviewbot check} reports it. Reading that file is reading data, so a pull request may name it;
   * the SARIF for code scanning then simply lacks them (no baseline states).
   */
  private static ReviewOutcome withoutBaselined(ReviewOutcome outcome, ReviewConfig config) {
    BaselineSetting baseline = config.section(BaselineSetting.SECTION);
    return baseline == null ? outcome : baseline.load().apply(outcome).outcome();
  }

  /** The level that fails the step; empty for {@code none}. */
  private static Optional<Severity> failLevel(ActionInputs inputs, ReviewConfig config) {
    if (inputs.failOn() == null) {
      return Optional.of(config.failOn());
    }
    if (inputs.failOn().equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.parse(inputs.failOn()));
    } catch (IllegalArgumentException e) {
      throw new ActionException(
          "fail-on must be one of info, warning, error, none but was '" + inputs.failOn() + "'");
    }
  }

  /**
   * The review's budget and fail level; with fail-on none the check run still follows the
   * configuration's level.
   */
  private static ReviewPolicy policy(
      ActionInputs inputs, ReviewConfig config, Optional<Severity> failOn) {
    ReviewPolicy policy = ReviewPolicy.defaults().withFailOn(failOn.orElse(config.failOn()));
    return inputs.commentBudget() == null
        ? policy
        : policy.withCommentBudget(inputs.commentBudget());
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

  private void annotate(ReportInput report, JobSummary summary) throws IOException {
    Annotations annotations = Annotations.select(report);
    annotations.write(log);
    if (annotations.omitted() > 0) {
      summary.note(
          "Annotations: the "
              + Annotations.PER_TYPE
              + " most severe of each type (GitHub shows at most "
              + Annotations.PER_TYPE
              + " per type per step); "
              + annotations.omittedText()
              + " are listed only here.");
    }
  }

  private Path sarif(ReportInput report, ActionInputs inputs, JobSummary summary)
      throws IOException {
    Path file =
        inputs.sarif() != null
            ? resolve(inputs.sarif())
            : env.scratchDirectory().resolve("reviewbot.sarif");
    SarifReporter.Sarif sarif = new SarifReporter().render(report);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, sarif.json(), StandardCharsets.UTF_8);
    summary.note(
        "SARIF for code scanning: "
            + MarkdownText.code(file.toString())
            + " ("
            + sarif.results()
            + " result(s)"
            + (sarif.changeLevelOmitted() > 0
                ? "; "
                    + sarif.changeLevelOmitted()
                    + " about the whole change left out, as code scanning needs a file"
                : "")
            + ").");
    return file;
  }

  private static long count(ReportInput report, Severity severity) {
    return report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * On {@code pull_request_target} the job holds a write token and secrets; checking out the pull
   * request's head there lets its build scripts run with them. reviewbot only reads git objects,
   * but says so loudly, since the steps around it may not.
   */
  private void warnIfPullRequestHeadCheckedOut(GitHubEvent event, Path repo) {
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
        warn(
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

  private String linkBase(String headSha) {
    return env.repository() == null
        ? null
        : env.serverUrl() + "/" + env.repository() + "/blob/" + headSha + "/";
  }

  private Path resolve(Path path) {
    return env.workspace() == null || path.isAbsolute() ? path : env.workspace().resolve(path);
  }
}
