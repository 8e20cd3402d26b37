package dev.reviewbot.eval;

import dev.reviewbot.api.Finding;
import dev.reviewbot.cli.Main;
import dev.reviewbot.github.PullRequestFile;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.github.internal.DiffAnchors;
import dev.reviewbot.plan.InlineComment;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.Selection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Repository;

/**
 * One commit of the evaluation: {@code reviewbot check} writes the bundle a pull request of just
 * this commit would get, and the publisher's selection decides what would be posted inline.
 */
final class CommitRun {
  /** Where a row comes from. */
  enum Source { INLINE, SUMMARY_ONLY, OVER_BUDGET, UNANCHORED }

  /** One inline comment (its lead finding) or one summary item. */
  record Row(String repo, String sha, Source source, Finding finding, String path, int line, int places) {
    String channel() {
      return source == Source.INLINE ? "inline" : "summary";
    }
  }

  /**
   * What a commit gave.
   *
   * @param exitCode the command's exit code; -1 when it threw past the command line
   * @param error first line of the problem when the run counts as a crash, else null
   * @param ruleCrashes rules that threw inside a run that otherwise worked (rule ids)
   * @param notices files the review could not analyze
   */
  record Result(Commit commit, int exitCode, long millis, String error, List<Row> rows, List<String> ruleCrashes, int notices) {
    boolean crashed() {
      return error != null;
    }

    long inline() {
      return rows.stream().filter(r -> r.source() == Source.INLINE).count();
    }

    long summary() {
      return rows.size() - inline();
    }
  }

  /** How to run the command line: in this JVM (default), or one JVM per commit for comparison. */
  record Runner(boolean fork, String classPath) {}

  private CommitRun() {}

  static Result run(Commit commit, Path clone, Repository repo, Path out, Runner runner) {
    String key = commit.repo().replace('/', '+');
    Path bundle = out.resolve("bundles").resolve(key).resolve(commit.sha() + ".json");
    Path report = out.resolve("reports").resolve(key).resolve(commit.sha() + ".txt");
    Path log = out.resolve("logs").resolve(key).resolve(commit.sha() + ".log");
    String[] args = {"check", "-C", clone.toString(), "--base", commit.sha() + "^", "--head", commit.sha(),
        "--bundle", bundle.toString(), "--pull-request", commit.repo() + "#1", "-o", report.toString()};
    long start = System.nanoTime();
    int exitCode;
    String printed;
    try {
      Files.deleteIfExists(bundle);
      Files.createDirectories(report.getParent());
      if (runner.fork()) {
        Files.createDirectories(log.getParent());
        exitCode = forked(runner.classPath(), args, log);
        printed = Files.readString(log, StandardCharsets.UTF_8);
      } else {
        ThreadOutput.Captured<Integer> captured = ThreadOutput.capture(() -> {
          try {
            return Main.run(args);
          } catch (RuntimeException | Error e) {
            e.printStackTrace();
            return -1;
          }
        });
        exitCode = captured.value();
        printed = captured.out() + captured.err();
      }
    } catch (IOException | InterruptedException e) {
      return new Result(commit, -1, elapsed(start), "eval: " + e, List.of(), List.of(), 0);
    }
    long millis = elapsed(start);
    keepLog(log, printed);
    if (exitCode != 0 && exitCode != 1) {
      return new Result(commit, exitCode, millis, "exit " + exitCode + ": " + firstLine(printed), List.of(), List.of(), 0);
    }
    try {
      ReviewPlan plan = ReviewBundle.read(bundle).plan();
      List<PullRequestFile> files = PullRequestDiff.files(repo, commit.sha());
      Selection selection = plan.select(DiffAnchors.of(files), Set.of());
      List<Row> rows = new ArrayList<>();
      for (InlineComment comment : selection.inline()) {
        rows.add(new Row(commit.repo(), commit.sha(), Source.INLINE, comment.lead(), comment.anchor().path(),
            comment.anchor().startLine(), comment.findings().size()));
      }
      plan.summaryOnly().forEach(f -> rows.add(summary(commit, Source.SUMMARY_ONLY, f)));
      selection.overBudget().forEach(f -> rows.add(summary(commit, Source.OVER_BUDGET, f)));
      selection.unanchored().forEach(f -> rows.add(summary(commit, Source.UNANCHORED, f)));
      List<String> crashes = plan.crashes().stream().map(c -> c.ruleId()).toList();
      return new Result(commit, exitCode, millis, null, rows, crashes, plan.notices().size());
    } catch (RuntimeException | IOException e) {
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      keepLog(log, printed + "\neval: reading the bundle or selecting the comments failed:\n" + trace);
      return new Result(commit, exitCode, millis, "eval: " + e, List.of(), List.of(), 0);
    }
  }

  private static Row summary(Commit commit, Source source, Finding finding) {
    return new Row(commit.repo(), commit.sha(), source, finding, finding.path(), finding.line(), 1);
  }

  private static int forked(String classPath, String[] args, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, "dev.reviewbot.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -2;
    }
    return process.exitValue();
  }

  private static void keepLog(Path log, String printed) {
    try {
      if (printed.isBlank()) {
        Files.deleteIfExists(log);
      } else {
        Files.createDirectories(log.getParent());
        Files.writeString(log, printed, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      // the log is only a convenience
    }
  }

  private static String firstLine(String text) {
    return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("(printed nothing)");
  }

  private static long elapsed(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
