package dev.reviewbot.engine.internal;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.ActiveRule;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.engine.RuleCrash;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Runs the {@link ChangeRule}s once over the whole change. */
public final class ChangeChecker {
  private final List<ActiveRule> rules;

  public ChangeChecker(List<ActiveRule> rules) {
    this.rules = rules.stream().filter(r -> r.descriptor().isChangeRule()).toList();
  }

  public void check(
      List<ChangedFileSummary> files,
      boolean isDiff,
      List<Finding> findings,
      List<RuleCrash> crashes) {
    check(files, isDiff, Attachments.none(), findings, crashes);
  }

  public void check(
      List<ChangedFileSummary> files,
      boolean isDiff,
      Attachments attachments,
      List<Finding> findings,
      List<RuleCrash> crashes) {
    check(files, ChangeSources.none(), isDiff, attachments, findings, crashes);
  }

  public void check(
      List<ChangedFileSummary> files,
      ChangeSources sources,
      boolean isDiff,
      Attachments attachments,
      List<Finding> findings,
      List<RuleCrash> crashes) {
    for (ActiveRule rule : rules) {
      try {
        ((ChangeRule) rule.descriptor().newInstance())
            .check(new Context(rule, files, sources, isDiff, attachments, findings));
      } catch (Throwable e) {
        crashes.add(Crashes.of(rule.id(), null, e));
      }
    }
  }

  private static final class Context implements ChangeContext {
    private final ActiveRule rule;
    private final List<ChangedFileSummary> files;
    private final ChangeSources sources;
    private final boolean isDiff;
    private final Attachments attachments;
    private final List<Finding> sink;

    /**
     * Two identical file findings get distinct fingerprints, by order of report (as in
     * FileChecker).
     */
    private final Map<String, Integer> seenFingerprints = new HashMap<>();

    Context(
        ActiveRule rule,
        List<ChangedFileSummary> files,
        ChangeSources sources,
        boolean isDiff,
        Attachments attachments,
        List<Finding> sink) {
      this.rule = rule;
      this.files = files;
      this.sources = sources;
      this.isDiff = isDiff;
      this.attachments = attachments;
      this.sink = sink;
    }

    @Override
    public List<ChangedFileSummary> files() {
      return files;
    }

    @Override
    public boolean isDiff() {
      return isDiff;
    }

    @Override
    public <T> T option(Option<T> option) {
      return rule.option(option);
    }

    @Override
    public Severity severity() {
      return rule.severity();
    }

    @Override
    public void report(String message) {
      report("", message, null, null);
    }

    @Override
    public void report(String key, String message, Severity severity, String suggestion) {
      sink.add(
          new Finding(
              rule.id(),
              severity == null ? rule.severity() : severity,
              null,
              null,
              message,
              Fingerprints.forKey(rule.id(), null, key),
              suggestion,
              Channel.SUMMARY));
    }

    @Override
    public void report(
        String path, LineRange lines, String key, String message, Severity severity) {
      report(path, lines, key, message, severity, null);
    }

    @Override
    public void report(
        String path,
        LineRange lines,
        String key,
        String message,
        Severity severity,
        Channel channel) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(lines, "lines");
      boolean testCode = files.stream().anyMatch(f -> f.path().equals(path) && f.testCode());
      Severity effective =
          rule.severityFor(testCode, severity == null ? rule.severity() : severity);
      if (effective == null) {
        return;
      }
      String fingerprint = Fingerprints.forKey(rule.id(), path, key);
      int occurrence = seenFingerprints.merge(fingerprint, 1, Integer::sum);
      sink.add(
          new Finding(
              rule.id(),
              effective,
              path,
              lines,
              message,
              occurrence == 1 ? fingerprint : fingerprint + "-" + occurrence,
              null,
              rule.channelFor(testCode, channel)));
    }

    @Override
    public <T> Optional<T> attachment(Class<T> type) {
      return attachments.get(type);
    }

    @Override
    public Optional<CompilationUnit> baseCompilationUnit(String path) {
      return sources.base(path);
    }

    @Override
    public ChangedLines changedLines(String path) {
      return sources.changedLines(path);
    }

    @Override
    public Optional<CompilationUnit> headCompilationUnit(String path) {
      return sources.head(path);
    }
  }
}
