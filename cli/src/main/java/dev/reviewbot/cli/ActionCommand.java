package dev.reviewbot.cli;

import dev.reviewbot.action.ActionEnvironment;
import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.ActionInputs;
import dev.reviewbot.action.ActionMode;
import dev.reviewbot.action.ActionRunner;
import dev.reviewbot.action.internal.StepLog;
import dev.reviewbot.registry.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code action.yml} runs. Every option defaults to the {@code INPUT_<NAME>} variable the
 * Action sets from its input of that name ({@code --fail-on} ← {@code INPUT_FAIL_ON}), so the step
 * is just {@code java -jar reviewbot-cli.jar action}. The token comes from {@code GITHUB_TOKEN},
 * never from the command line, where other processes could read it.
 */
@Command(
    name = "action",
    mixinStandardHelpOptions = true,
    description = {
      "Runs as a GitHub Actions step: reads GITHUB_EVENT_PATH and the runner's variables, reviews the pull "
          + "request or push, and posts the review; when posting is refused (a fork's read-only token) it leaves annotations, "
          + "a job summary, SARIF and a review bundle instead.",
      "Each option defaults to the INPUT_<NAME> environment variable (e.g. --fail-on to INPUT_FAIL_ON)."
    })
final class ActionCommand implements Callable<Integer> {
  private final Map<String, String> env;

  @Spec CommandSpec spec;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "review",
      description =
          "review (post, else fall back), analyze (never post: phase A), publish (post a bundle: phase B). Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(
      names = "--working-directory",
      paramLabel = "DIR",
      description = "The repository, relative to GITHUB_WORKSPACE (default: the workspace).")
  Path workingDirectory;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file, relative to the repository (default: .reviewbot.yml if present).")
  Path config;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Fail the step on findings at or above info, warning or error; none never fails (default: the config's).")
  String failOn;

  @Option(
      names = "--filter-mode",
      paramLabel = "MODE",
      description = "added, diff_context, file or nofilter (default: the config's).")
  String filterMode;

  @Option(
      names = "--comment-budget",
      paramLabel = "N",
      description = "Most inline comments per review; the rest go to the summary comment.")
  Integer commentBudget;

  @Option(
      names = "--coverage",
      paramLabel = "PATH",
      split = "[,\\n]",
      splitSynopsisLabel = ",",
      description =
          "JaCoCo XML reports (paths or globs, relative to the repository; comma- or newline-separated).")
  List<String> coverage = new ArrayList<>();

  @Option(
      names = "--base-coverage",
      paramLabel = "PATH",
      split = "[,\\n]",
      splitSynopsisLabel = ",",
      description = "JaCoCo XML reports of the base, for the coverage delta.")
  List<String> baseCoverage = new ArrayList<>();

  @Option(
      names = "--allow-missing-coverage",
      paramLabel = "BOOL",
      description =
          "true: coverage reports that do not exist, or that cover none of the changed files, are no gate failure "
              + "(default: the config's coverage allow-missing, else false).")
  String allowMissingCoverage;

  @Option(
      names = "--bundle",
      paramLabel = "FILE",
      description = "Review bundle: written by review/analyze on a pull request, read by publish.")
  Path bundle;

  @Option(
      names = "--sarif",
      paramLabel = "FILE",
      description =
          "Where to write SARIF for code scanning (default: RUNNER_TEMP/reviewbot/reviewbot.sarif).")
  Path sarif;

  ActionCommand() {
    this(System.getenv());
  }

  ActionCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ActionInputs inputs =
          new ActionInputs(
              ActionMode.parse(mode),
              workingDirectory,
              config,
              failOn,
              filterMode,
              commentBudget,
              trimmed(coverage),
              trimmed(baseCoverage),
              flag("allow-missing-coverage", allowMissingCoverage),
              bundle,
              sarif);
      return new ActionRunner(
              ActionEnvironment.from(env), RuleRegistry.builtIn(), Version.current(), out)
          .run(inputs);
    } catch (Exception e) {
      // as a workflow command the runner shows it as an error annotation on the run, not only in
      // the log
      String message = e instanceof ActionException ? e.getMessage() : ExitCode.describe(e);
      String firstLine = message.lines().findFirst().orElse(message);
      new StepLog(out).error(firstLine);
      if (!firstLine.equals(message)) {
        spec.commandLine().getErr().println("reviewbot: " + message);
      }
      return ExitCode.forException(e);
    } finally {
      out.flush();
    }
  }

  /** An Action input that is true or false; {@code null} when not given. */
  private static Boolean flag(String input, String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ActionException(input + " must be true or false but was '" + value + "'");
    };
  }

  private static List<String> trimmed(List<String> paths) {
    return paths.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /**
   * Option defaults from {@code INPUT_<NAME>}: the name upper-cased with {@code -} as {@code _}
   * (what action.yml sets), or with {@code -} kept (what the runner itself sets for Docker
   * actions). A blank input counts as not given.
   */
  static IDefaultValueProvider inputDefaults(Map<String, String> env) {
    return (ArgSpec arg) -> {
      if (!(arg instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
        return null;
      }
      String name = option.longestName().substring(2).toUpperCase(Locale.ROOT);
      for (String key : List.of("INPUT_" + name.replace('-', '_'), "INPUT_" + name)) {
        String value = env.get(key);
        if (value != null && !value.isBlank()) {
          return value.strip();
        }
      }
      return null;
    };
  }
}
