package dev.reviewbot.action;

import dev.reviewbot.action.internal.Annotations;
import dev.reviewbot.action.internal.ChangeRange;
import dev.reviewbot.action.internal.CodeScanningSarif;
import dev.reviewbot.action.internal.CoverageInputs;
import dev.reviewbot.action.internal.History;
import dev.reviewbot.action.internal.JobSummary;
import dev.reviewbot.action.internal.StepOutputs;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.coverage.PatchCoverageCalculator;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.engine.Review;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.engine.RuleRegistry;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.internal.WorkflowCommands;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The GitHub Action's entry: reads the event and the runner's variables, reviews the change, then
 * posts the review or, when it may not (a fork's read-only token, a push), leaves annotations, a
 * job summary, SARIF and a review bundle. Writes the step's outputs; returns the exit code.
 */
public final class ActionRunner {
  /** Exit codes, as the command line's: 0 clean, 1 findings at or above the fail level. */
  public static final int CLEAN = 0;
  public static final int FINDINGS = 1;

  private final ActionEnvironment env;
  private final RuleRegistry registry;
  private final String toolVersion;
  private final PrintWriter log;

  /** @param log the step's log (standard output): workflow commands and progress lines go here */
  public ActionRunner(ActionEnvironment env, RuleRegistry registry, String toolVersion, PrintWriter log) {
    this.env = env;
    this.registry = registry;
    this.toolVersion = toolVersion;
    this.log = log;
  }

  public int run(ActionInputs inputs) throws IOException {
    if (inputs.mode() == ActionMode.PUBLISH) {
      throw new ActionException("mode publish needs the github module's publisher, which this build lacks");
    }
    GitHubEvent event = GitHubEvent.read(env.requireEventName(), env.requireEventPath());
    ChangeRange range = ChangeRange.of(event);
    StepOutputs outputs = new StepOutputs();
    if (!range.hasHead()) {
      log.println("reviewbot: the push deleted its branch; nothing to review");
      counts(outputs, null).put("patch-coverage", "n/a").put("bundle", "").put("sarif", "").put("result", "nothing-to-review");
      outputs.appendTo(env.output());
      return CLEAN;
    }
    Path repo = repository(inputs);
    warnIfPullRequestHeadCheckedOut(event, repo);
    ReviewConfig config = config(inputs, repo);
    Optional<Severity> failOn = failLevel(inputs, config);
    Optional<CoverageOptions> coverageOptions = CoverageInputs.options(config.section(CoverageOptions.SECTION), repo,
        inputs.coverage(), inputs.baseCoverage(), this::warn);
    log.println("reviewbot: reviewing " + range.base() + " .. " + range.head() + " (" + event.name()
        + (range.isPullRequest() ? " #" + range.pullRequest() : "") + ")");
    ChangeSet change = read(repo, range);
    Optional<PatchCoverage> coverage = coverageOptions.map(options -> PatchCoverageCalculator.compute(change, repo, options));
    ReviewOutcome outcome = CoverageInputs.withProblems(new Review(registry, config).run(change,
        coverage.map(c -> Attachments.of(PatchCoverage.class, c)).orElse(Attachments.none())), coverage);
    ReportInput report = ReportInput.of(outcome, registry.all(), toolVersion);
    log.println("reviewbot: " + report.findings().size() + " finding(s): " + count(report, Severity.ERROR) + " error(s), "
        + count(report, Severity.WARNING) + " warning(s), " + count(report, Severity.INFO) + " info");

    JobSummary summary = new JobSummary();
    coverage.ifPresent(c -> summary.section(c.toMarkdownTable()));
    counts(outputs, report).put("patch-coverage", CoverageInputs.output(coverage));
    annotate(report, summary);
    outputs.put("bundle", "");
    Path sarif = sarif(report, inputs, summary);
    outputs.put("sarif", sarif.toString()).put("result", "analyzed");
    summary.appendTo(env.stepSummary(), report, linkBase(range.head()));
    outputs.appendTo(env.output());
    return failOn.isPresent() && outcome.failsAt(failOn.get()) ? FINDINGS : CLEAN;
  }

  private void warn(String message) {
    log.println("::warning title=reviewbot::" + WorkflowCommands.escapeData(message));
  }

  private Path repository(ActionInputs inputs) {
    Path workspace = env.workspace() != null ? env.workspace() : Path.of("").toAbsolutePath();
    return inputs.workingDirectory() == null ? workspace : workspace.resolve(inputs.workingDirectory());
  }

  private ReviewConfig config(ActionInputs inputs, Path repo) {
    ConfigLoader loader = new ConfigLoader(registry).withSection(CoverageOptions.SECTION);
    ReviewConfig config = inputs.config() == null ? loader.loadFromRepository(repo) : loader.load(repo.resolve(inputs.config()));
    return inputs.filterMode() == null ? config : config.withFilterMode(FilterMode.parse(inputs.filterMode()));
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
      throw new ActionException("fail-on must be one of info, warning, error, none but was '" + inputs.failOn() + "'");
    }
  }

  private static ChangeSet read(Path repo, ChangeRange range) {
    try (GitChangeSource source = GitChangeSource.open(repo)) {
      return source.read(range.base(), GitChangeSource.Head.commit(range.head()));
    } catch (ChangeSourceException e) {
      throw History.explain(e, repo, new History.Endpoint(range.base(), range.baseField()),
          new History.Endpoint(range.head(), range.headField()));
    }
  }

  private void annotate(ReportInput report, JobSummary summary) throws IOException {
    Annotations annotations = Annotations.select(report);
    annotations.write(log);
    if (annotations.omitted() > 0) {
      summary.note("Annotations: the " + Annotations.PER_TYPE + " most severe of each type (GitHub shows at most "
          + Annotations.PER_TYPE + " per type per step); " + annotations.omittedText() + " are listed only here.");
    }
  }

  private Path sarif(ReportInput report, ActionInputs inputs, JobSummary summary) throws IOException {
    Path file = inputs.sarif() != null ? resolve(inputs.sarif()) : env.scratchDirectory().resolve("reviewbot.sarif");
    CodeScanningSarif sarif = CodeScanningSarif.of(report);
    sarif.write(file);
    summary.note("SARIF for code scanning: " + JobSummary.code(file.toString()) + " (" + sarif.results() + " result(s)"
        + (sarif.changeLevelOmitted() > 0 ? "; " + sarif.changeLevelOmitted() + " about the whole change left out, as code scanning needs a file" : "")
        + ").");
    return file;
  }

  /** The shown findings by severity; all zero without a report. */
  private static StepOutputs counts(StepOutputs outputs, ReportInput report) {
    return outputs.put("errors", count(report, Severity.ERROR)).put("warnings", count(report, Severity.WARNING))
        .put("infos", count(report, Severity.INFO)).put("findings", report == null ? 0 : report.findings().size());
  }

  private static long count(ReportInput report, Severity severity) {
    return report == null ? 0 : report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * On {@code pull_request_target} the job holds a write token and secrets; checking out the pull
   * request's head there lets its build scripts run with them. reviewbot only reads git objects,
   * but says so loudly, since the steps around it may not.
   */
  private void warnIfPullRequestHeadCheckedOut(GitHubEvent event, Path repo) {
    if (!(event instanceof GitHubEvent.PullRequest pr) || !pr.name().equals("pull_request_target")) {
      return;
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(repo.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return;
    }
    try (Repository repository = builder.build()) {
      ObjectId head = repository.resolve("HEAD");
      if (head != null && head.name().equals(pr.headSha())) {
        log.println("::warning title=reviewbot::" + WorkflowCommands.escapeData("The pull request's head is checked out in a "
            + "pull_request_target job, which holds a write token and secrets: any later step that builds or runs it hands "
            + "them to the pull request's author, and its .reviewbot.yml is what reviewbot read. Check out the base "
            + "(the default) and let reviewbot read the pull request's commits, or use the two-workflow setup in "
            + "docs/github-action.md."));
      }
    } catch (IOException e) {
      // only a warning depends on it
    }
  }

  private String linkBase(String headSha) {
    return env.repository() == null ? null : env.serverUrl() + "/" + env.repository() + "/blob/" + headSha + "/";
  }

  private Path resolve(Path path) {
    return env.workspace() == null || path.isAbsolute() ? path : env.workspace().resolve(path);
  }
}
