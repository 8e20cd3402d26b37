package dev.reviewbot.engine.internal;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.ActiveRule;
import dev.reviewbot.engine.RuleCrash;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@link ChangeRule}s once over the whole change. */
public final class ChangeChecker {
  private final List<ActiveRule> rules;

  public ChangeChecker(List<ActiveRule> rules) {
    this.rules = rules.stream().filter(r -> r.descriptor().isChangeRule()).toList();
  }

  public void check(List<ChangedFileSummary> files, boolean isDiff, List<Finding> findings, List<RuleCrash> crashes) {
    for (ActiveRule rule : rules) {
      try {
        ((ChangeRule) rule.descriptor().newInstance()).check(new Context(rule, files, isDiff, findings));
      } catch (Throwable e) {
        crashes.add(Crashes.of(rule.id(), null, e));
      }
    }
  }

  private record Context(ActiveRule rule, List<ChangedFileSummary> files, boolean isDiff, List<Finding> sink)
      implements ChangeContext {
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
      sink.add(new Finding(rule.id(), severity == null ? rule.severity() : severity, null, null, message,
          Fingerprints.forKey(rule.id(), null, key), suggestion));
    }
  }
}
