package dev.reviewbot.engine;

import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.Finding;
import dev.reviewbot.config.AnalysisLimits;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.internal.ChangeChecker;
import dev.reviewbot.engine.internal.ChangeSources;
import dev.reviewbot.engine.internal.DeepStack;
import dev.reviewbot.engine.internal.FileChecker;
import dev.reviewbot.engine.internal.FindingCap;
import dev.reviewbot.engine.internal.IsolatedFileCheck;
import dev.reviewbot.engine.internal.UnknownSuppressions;
import dev.reviewbot.engine.internal.Utf8;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.source.LastRelease;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: parses each changed Java file once, runs the enabled rules on it, then the
 * change-level rules. A file that does not parse, or that is too large, too deep, too slow or fails
 * in any other way, becomes a {@link Notice}; a rule that throws becomes a {@link RuleCrash}; none
 * of them stops the run. The budgets are the configuration's {@link AnalysisLimits}.
 */
public final class Analyzer {
  private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::fingerprint);

  private final ReviewConfig config;
  private final List<ActiveRule> rules;
  private final UnknownSuppressions unknownSuppressions;
  private final int threads;
  private final AnalysisProgress progress;

  public Analyzer(RuleRegistry registry, ReviewConfig config) {
    this(registry, config, Runtime.getRuntime().availableProcessors());
  }

  public Analyzer(RuleRegistry registry, ReviewConfig config, int threads) {
    this(registry, config, threads, AnalysisProgress.NONE);
  }

  public Analyzer(
      RuleRegistry registry, ReviewConfig config, int threads, AnalysisProgress progress) {
    this.progress = progress;
    this.config = config;
    this.rules = ActiveRule.resolve(registry, config);
    this.unknownSuppressions = unknownSuppressions(registry, config);
    this.threads = Math.max(1, threads);
  }

  public List<ActiveRule> rules() {
    return rules;
  }

  public AnalysisResult analyze(ChangeSet change) {
    return analyze(change, Attachments.none());
  }

  /**
   * Analyzes {@code change}; the change rules see {@code attachments} through {@link
   * dev.reviewbot.api.ChangeContext#attachment(Class)}.
   */
  public AnalysisResult analyze(ChangeSet change, Attachments attachments) {
    List<ChangedFile> javaFiles =
        change.files().stream()
            .filter(
                f ->
                    f.isJava()
                        && f.headContent() != null
                        && !f.binary()
                        && config.isIncluded(f.path()))
            .toList();
    List<IsolatedFileCheck.Result> results = checkAll(javaFiles, change.lastRelease());

    List<Finding> findings = new ArrayList<>();
    List<Notice> notices = new ArrayList<>(binaryNotices(change));
    List<RuleCrash> crashes = new ArrayList<>();
    Set<String> analyzed = new HashSet<>();
    Set<String> skipped = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      FileChecker.Outcome outcome = results.get(i).outcome();
      findings.addAll(outcome.findings());
      notices.addAll(outcome.notices());
      crashes.addAll(outcome.crashes());
      if (outcome.analyzed()) {
        analyzed.add(javaFiles.get(i).path());
        LOG.debug("analysed {}", javaFiles.get(i).path());
      }
      if (results.get(i).skipped()) {
        skipped.add(javaFiles.get(i).path());
      }
    }
    // the change rules do not see the files skipped above: what stopped their check would stop
    // these too
    ChangeSources sources =
        new ChangeSources(
            change.files().stream()
                .filter(
                    f ->
                        f.isJava()
                            && !f.binary()
                            && config.isIncluded(f.path())
                            && !skipped.contains(f.path()))
                .toList());
    DeepStack.run(
        "reviewbot-change-rules",
        () ->
            new ChangeChecker(rules)
                .check(
                    summaries(change), sources, !change.isScan(), attachments, findings, crashes));
    findings.sort(ORDER);
    return new AnalysisResult(findings, notices, withOrigins(crashes), analyzed.size(), analyzed);
  }

  /** A binary file named like Java source cannot be analyzed: say so rather than pass over it. */
  private List<Notice> binaryNotices(ChangeSet change) {
    return change.files().stream()
        .filter(f -> f.isJava() && f.binary() && config.isIncluded(f.path()))
        .map(f -> new Notice(f.path(), 0, 0, "is a binary file, not Java source text; skipped"))
        .toList();
  }

  /** Names each crashed rule's origin, so a plugin's crash is reported against the plugin. */
  private List<RuleCrash> withOrigins(List<RuleCrash> crashes) {
    return crashes.stream()
        .map(
            crash ->
                rules.stream()
                    .filter(r -> r.id().equals(crash.ruleId()))
                    .findFirst()
                    .map(r -> crash.withOrigin(r.descriptor().origin()))
                    .orElse(crash))
        .toList();
  }

  private List<IsolatedFileCheck.Result> checkAll(List<ChangedFile> files, LastRelease release) {
    FileChecker plain = new FileChecker(rules, unknownSuppressions);
    AnalysisLimits limits = config.section(AnalysisLimits.SECTION);
    IsolatedFileCheck isolated = new IsolatedFileCheck(limits.timePerFile());
    FindingCap cap = new FindingCap(limits.maxFindingsPerRule());
    AtomicInteger done = new AtomicInteger();
    progress.filesDone(0, files.size());
    Function<ChangedFile, IsolatedFileCheck.Result> checker =
        file -> {
          IsolatedFileCheck.Result result =
              tooLarge(file, limits)
                  .map(IsolatedFileCheck.Result::skipped)
                  .orElseGet(
                      () ->
                          isolated.run(
                              file.path(),
                              file.headContent(),
                              deadline ->
                                  capped(
                                      cap,
                                      file,
                                      plain.check(
                                          file,
                                          config.isTestCode(file.path()),
                                          release,
                                          deadline))));
          progress.filesDone(done.incrementAndGet(), files.size());
          return result;
        };
    int poolSize = Math.min(threads, files.size());
    if (poolSize <= 1) {
      return files.stream().map(checker).toList();
    }
    // these threads only wait: each file runs on a thread of its own (IsolatedFileCheck)
    ExecutorService pool =
        Executors.newFixedThreadPool(
            poolSize,
            runnable -> {
              Thread thread = new Thread(runnable, "reviewbot-analyzer");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<IsolatedFileCheck.Result>> futures =
          files.stream().map(f -> pool.submit(() -> checker.apply(f))).toList();
      List<IsolatedFileCheck.Result> results = new ArrayList<>(futures.size());
      for (Future<IsolatedFileCheck.Result> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileChecker.Outcome capped(
      FindingCap cap, ChangedFile file, FileChecker.Outcome outcome) {
    return new FileChecker.Outcome(
        cap.apply(file.path(), outcome.findings(), file.changedLines()),
        outcome.notices(),
        outcome.crashes(),
        outcome.analyzed());
  }

  private static Optional<Notice> tooLarge(ChangedFile file, AnalysisLimits limits) {
    long bytes = Utf8.length(file.headContent());
    if (bytes <= limits.maxFileBytes()) {
      return Optional.empty();
    }
    return Optional.of(
        new Notice(
            file.path(),
            0,
            0,
            "is "
                + bytes
                + " bytes; files over "
                + limits.maxFileBytes()
                + " bytes are not analyzed (limits.max-file-bytes); skipped"));
  }

  /**
   * Judges suppressions against every rule the run knows, disabled ones too. A configuration that
   * lists plugins none of whose rules are here (a server records them, never loads them) may name
   * their rules in suppressions: the notice then says so.
   */
  private static UnknownSuppressions unknownSuppressions(
      RuleRegistry registry, ReviewConfig config) {
    List<RuleDescriptor> known = registry.plus(config.addedRules()).all();
    boolean pluginsNotLoaded =
        !config.plugins().isEmpty() && known.stream().noneMatch(RuleDescriptor::isPlugin);
    return new UnknownSuppressions(
        known.stream().map(RuleDescriptor::id).collect(Collectors.toSet()), pluginsNotLoaded);
  }

  private List<ChangedFileSummary> summaries(ChangeSet change) {
    return change.files().stream()
        .map(
            f ->
                new ChangedFileSummary(
                    f.path(),
                    f.oldPath(),
                    f.kind(),
                    f.diffIfAny().map(d -> d.addedLineCount()).orElse(0),
                    f.diffIfAny().map(d -> d.removedLineCount()).orElse(0),
                    f.binary(),
                    config.isTestCode(f.path())))
        .toList();
  }
}
