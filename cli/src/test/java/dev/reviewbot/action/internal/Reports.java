package dev.reviewbot.action.internal;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.report.ReportInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Report inputs with a chosen number of findings of each kind, built from the built-in rules' ids.
 */
final class Reports {
  private Reports() {}

  static Finding at(Severity severity, String path, int line, String message) {
    return new Finding(
        "argument-count",
        severity,
        path,
        LineRange.of(line),
        message,
        "fp-" + path + "-" + line + "-" + severity,
        null);
  }

  static Finding wholeFile(String path) {
    return new Finding(
        "public-api-surface",
        Severity.INFO,
        path,
        null,
        "adds a public class",
        "fp-file-" + path,
        null);
  }

  static Finding wholeChange() {
    return new Finding(
        "shared-mutable-state",
        Severity.WARNING,
        null,
        null,
        "this change adds 1,240 lines",
        "fp-change",
        null);
  }

  static List<Finding> many(Severity severity, int count) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      findings.add(
          at(
              severity,
              "src/main/java/p/" + severity.id() + ".java",
              i,
              severity.id() + " number " + i));
    }
    return findings;
  }

  static ReportInput of(List<Finding> findings, List<Notice> notices, List<RuleCrash> crashes) {
    return new ReportInput(
        findings,
        0,
        notices,
        crashes,
        RuleRegistry.builtIn().all(),
        "main (merge-base 1a2b3c4)",
        "HEAD 5d6e7f8",
        3,
        "0.1.0-test");
  }

  static ReportInput of(List<Finding> findings) {
    return of(findings, List.of(), List.of());
  }
}
