package dev.reviewbot.eval;

import dev.reviewbot.eval.CommitRun.Result;
import dev.reviewbot.eval.CommitRun.Row;
import dev.reviewbot.eval.CommitRun.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Runs reviewbot over the commits of eval/commits.tsv and reports what it would post. Started by
 * eval/run, which clones the repositories first.
 *
 * <pre>
 * Eval --eval-dir DIR [--work DIR] [--out DIR] [--only OWNER/NAME] [--limit N] [--jobs N] [--fork]
 * </pre>
 */
public final class Eval {
  static final String ROWS_HEADER = "repo\tsha\tchannel\trule\tseverity\tpath\tline\tfingerprint\tmessage\tplaces\tsource";
  static final String RUNS_HEADER = "repo\tsha\tkind\texit\tmillis\tinline\tsummary\trule_crashes\tnotices\terror";
  static final String UNLABELLED_HEADER = "repo\tsha\trule\tfingerprint\tpath\tline\tmessage";

  private Eval() {}

  public static void main(String[] args) throws Exception {
    Path evalDir = Path.of("eval");
    Path work = null;
    Path out = null;
    String only = null;
    int limit = Integer.MAX_VALUE;
    int jobs = 1;
    boolean fork = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--eval-dir" -> evalDir = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--jobs" -> jobs = Integer.parseInt(args[++i]);
        case "--fork" -> fork = true;
        default -> {
          System.err.println("eval: unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    work = (work != null ? work : evalDir.resolve("work")).toAbsolutePath();
    out = (out != null ? out : evalDir.resolve("out")).toAbsolutePath();

    List<Commit> commits = new ArrayList<>();
    Map<String, Integer> perRepo = new HashMap<>();
    for (Map<String, String> row : Tsv.read(evalDir.resolve("commits.tsv"))) {
      Commit commit = new Commit(row.get("repo"), row.get("sha"), row.get("kind"), row.get("date"), row.get("subject"));
      if ((only == null || only.equals(commit.repo())) && perRepo.merge(commit.repo(), 1, Integer::sum) <= limit) {
        commits.add(commit);
      }
    }
    if (commits.isEmpty()) {
      System.err.println("eval: no commits to run" + (only != null ? " for " + only : ""));
      System.exit(2);
    }
    Labels labels = Labels.read(evalDir.resolve("labels.tsv"));

    Map<String, Repository> repos = new LinkedHashMap<>();
    for (Commit commit : commits) {
      if (!repos.containsKey(commit.repo())) {
        Path clone = clone(work, commit.repo());
        repos.put(commit.repo(), new FileRepositoryBuilder().setGitDir(clone.resolve(".git").toFile()).setMustExist(true).build());
      }
    }

    ThreadOutput.install();
    CommitRun.Runner runner = new CommitRun.Runner(fork, System.getProperty("java.class.path"));
    Path outDir = out;
    Path workDir = work;
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    List<Future<Result>> futures = new ArrayList<>();
    for (Commit commit : commits) {
      futures.add(pool.submit(() -> {
        Result result = CommitRun.run(commit, clone(workDir, commit.repo()), repos.get(commit.repo()), outDir, runner);
        progress(done.incrementAndGet(), commits.size(), result);
        return result;
      }));
    }
    List<Result> results = new ArrayList<>();
    for (Future<Result> future : futures) {
      results.add(future.get());
    }
    pool.shutdown();
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    repos.values().forEach(Repository::close);

    Report report = new Report(results, labels, wallMillis, String.format(Locale.ROOT,
        "setup: %s, %d job(s)%s%s; labels from %s%nreviewbot: %s", fork ? "one JVM per commit" : "in-process", jobs,
        only != null ? ", only " + only : "", limit != Integer.MAX_VALUE ? ", at most " + limit + " per repository" : "",
        evalDir.resolve("labels.tsv"), codeSource()));
    write(out, results, report);
    String text = report.render();
    Files.writeString(out.resolve("report.txt"), text, StandardCharsets.UTF_8);
    System.out.print(text);
    System.out.println("\nrows: " + out.resolve("rows.tsv") + "\nunlabelled: " + out.resolve("unlabelled.tsv")
        + "\nreport: " + out.resolve("report.txt"));
  }

  /** Where the command line's classes came from, so a report says which build it measured. */
  private static String codeSource() {
    try {
      Path jar = Path.of(dev.reviewbot.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar + " (" + Files.getLastModifiedTime(jar).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")";
    } catch (Exception e) {
      return "unknown (" + e + ")";
    }
  }

  private static Path clone(Path work, String repo) {
    Path clone = work.resolve(repo.replace('/', '+'));
    if (!Files.isDirectory(clone.resolve(".git"))) {
      throw new IllegalStateException("no clone of " + repo + " at " + clone + " (eval/run makes it)");
    }
    return clone;
  }

  private static synchronized void progress(int done, int total, Result result) {
    System.err.printf(Locale.ROOT, "[%d/%d] %s %s %-9s %6d ms  %s%n", done, total, result.commit().repo(), result.commit().shortSha(),
        result.commit().kind(), result.millis(),
        result.crashed() ? "CRASH " + result.error() : result.inline() + " inline, " + result.summary() + " summary");
  }

  private static void write(Path out, List<Result> results, Report report) throws IOException {
    List<String> rows = new ArrayList<>();
    List<String> runs = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    for (Result result : results) {
      Commit c = result.commit();
      runs.add(Tsv.line(c.repo(), c.sha(), c.kind(), result.exitCode(), result.millis(), result.inline(), result.summary(),
          String.join(",", result.ruleCrashes()), result.notices(), result.error()));
      for (Row row : result.rows()) {
        rows.add(Tsv.line(row.repo(), row.sha(), row.channel(), row.finding().ruleId(), row.finding().severity().name().toLowerCase(Locale.ROOT),
            row.path(), row.line() > 0 ? row.line() : "", row.finding().fingerprint(), row.finding().message(), row.places(),
            row.source().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      }
    }
    for (Row row : report.unlabelled()) {
      unlabelled.add(Tsv.line(row.repo(), row.sha(), row.finding().ruleId(), row.finding().fingerprint(), row.path(), row.line(),
          row.finding().message()));
    }
    Tsv.write(out.resolve("rows.tsv"), ROWS_HEADER, rows);
    Tsv.write(out.resolve("runs.tsv"), RUNS_HEADER, runs);
    Tsv.write(out.resolve("unlabelled.tsv"), UNLABELLED_HEADER, unlabelled);
  }

  static boolean isInline(Row row) {
    return row.source() == Source.INLINE;
  }
}
