package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.GitChangeSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What the installed pre-push hook runs: reviews each pushed ref's new commits. */
@Command(
    name = "hook",
    hidden = true,
    mixinStandardHelpOptions = true,
    description =
        "Runs a git hook; 'hook pre-push REMOTE URL' reads the refs being pushed on standard input.")
final class HookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report;

  @Mixin RepositoryOption repo;

  @Mixin BaselineOptions baseline;

  @Parameters(index = "0", paramLabel = "HOOK", description = "Only 'pre-push' is supported.")
  String hook;

  @Parameters(
      index = "1..*",
      paramLabel = "ARG",
      description = "The hook's arguments (remote name and URL).")
  List<String> hookArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!hook.equals("pre-push")) {
      throw new UserError("unsupported hook '" + hook + "'; only pre-push is");
    }
    RuleRegistry registry = RuleRegistry.builtIn();
    PrintWriter out = spec.commandLine().getOut();
    Verdict verdict = new Verdict();
    try (GitChangeSource source = GitChangeSource.open(repo.dir());
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      ReviewConfig config = report.loadConfig(registry, source.workTree());
      ReviewPipeline pipeline = baseline.applyTo(new ReviewPipeline(registry, config));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length == 4) {
          check(source, pipeline, fields, out, verdict);
        }
      }
    }
    verdict.fixHint().ifPresent(spec.commandLine().getErr()::println);
    if (verdict.worst == ExitCode.FINDINGS) {
      spec.commandLine()
          .getErr()
          .println(
              "reviewbot: push blocked by findings at or above the fail level; fix them, or push with --no-verify to skip the check");
    }
    return verdict.worst;
  }

  /** Reviews one pushed ref, given as {@code <local ref> <local sha> <remote ref> <remote sha>}. */
  private void check(
      GitChangeSource source,
      ReviewPipeline pipeline,
      String[] fields,
      PrintWriter out,
      Verdict verdict)
      throws Exception {
    ChangeSet change = source.pushed(fields[1], fields[3]);
    if (change.files().isEmpty()) {
      return;
    }
    out.println(
        "reviewbot: checking " + fields[0] + " (" + change.base() + " .. " + change.head() + ")");
    ReviewResult result = pipeline.run(change);
    report.sink(out).deliver(result);
    long fixes = result.outcome().shown().stream().filter(m -> m.finding().hasFix()).count();
    verdict.add(report.exitCode(result), (int) fixes, fields[3]);
  }

  /** What the reviews of all pushed refs add up to. */
  private static final class Verdict {
    int worst = ExitCode.CLEAN;
    int fixable;
    String fixBase;

    void add(int exitCode, int fixes, String remoteSha) {
      worst = Math.max(worst, exitCode);
      if (fixes > 0) {
        fixable += fixes;
        // the remote's commit; none for a new branch, where fix's default base serves
        fixBase = remoteSha.matches("0+") ? null : remoteSha;
      }
    }

    /** The line that names {@code reviewbot fix}, when findings come with fixes. */
    Optional<String> fixHint() {
      if (fixable == 0) {
        return Optional.empty();
      }
      return Optional.of(
          "reviewbot: "
              + fixable
              + (fixable == 1 ? " finding comes" : " findings come")
              + " with a fix: 'reviewbot fix"
              + (fixBase == null ? "" : " --base " + fixBase)
              + "' applies "
              + (fixable == 1 ? "it" : "them")
              + " to the working tree (see the diff first with --dry-run), then commit and push again");
    }
  }
}
