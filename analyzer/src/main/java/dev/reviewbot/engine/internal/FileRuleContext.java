package dev.reviewbot.engine.internal;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.ReleasedFile;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.ActiveRule;
import dev.reviewbot.fix.FixResolver;
import dev.reviewbot.suppress.Suppressions;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The {@link RuleContext} one rule gets for one file. */
final class FileRuleContext implements RuleContext {
  private final ActiveRule rule;
  private final Severity severity;
  private final ParsedFile file;
  private final Supplier<Optional<CompilationUnit>> base;
  private final Optional<ReleasedFile> released;
  private final Suppressions suppressions;
  private final List<Finding> sink;

  FileRuleContext(
      ActiveRule rule,
      Severity severity,
      ParsedFile file,
      Supplier<Optional<CompilationUnit>> base,
      Optional<ReleasedFile> released,
      Suppressions suppressions,
      List<Finding> sink) {
    this.rule = rule;
    this.severity = severity;
    this.file = file;
    this.base = base;
    this.released = released;
    this.suppressions = suppressions;
    this.sink = sink;
  }

  @Override
  public String path() {
    return file.path();
  }

  @Override
  public boolean isTestCode() {
    return file.testCode();
  }

  @Override
  public CompilationUnit compilationUnit() {
    return file.unit();
  }

  @Override
  public Optional<CompilationUnit> baseCompilationUnit() {
    return base.get();
  }

  @Override
  public Optional<ReleasedFile> lastRelease() {
    return released;
  }

  @Override
  public ChangedLines changedLines() {
    return file.changedLines();
  }

  @Override
  public <T> T option(Option<T> option) {
    return rule.option(option);
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public void report(Report report) {
    LineRange lines =
        report.lines() != null ? report.lines() : Anchors.of(report.node()).orElse(null);
    if (suppressions.isSuppressed(rule.id(), report.node(), lines)) {
      return;
    }
    String fingerprint =
        report.node() != null
            ? Fingerprints.forNode(rule.id(), file.path(), report.node(), report.key())
            : Fingerprints.forKey(rule.id(), file.path(), report.key());
    Severity effective =
        report.severity() == null ? severity : rule.severityFor(file.testCode(), report.severity());
    sink.add(
        new Finding(
            rule.id(),
            effective,
            file.path(),
            lines,
            report.message(),
            fingerprint,
            report.suggestion(),
            rule.channelFor(file.testCode(), report.channel()),
            resolved(report.fixes())));
  }

  /** Fixes as exact replacements in this file; one that points outside it is dropped. */
  private List<Fix> resolved(List<Fix> fixes) {
    return fixes.stream()
        .flatMap(f -> FixResolver.resolve(f, file.unit(), file.content()).stream())
        .toList();
  }
}
