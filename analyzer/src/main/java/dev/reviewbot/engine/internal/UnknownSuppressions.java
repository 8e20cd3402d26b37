package dev.reviewbot.engine.internal;

import dev.reviewbot.config.DidYouMean;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.suppress.Suppressions;
import java.util.List;
import java.util.Set;

/**
 * Suppressions naming a rule no one knows, e.g. a typo: they silence nothing, so each becomes a
 * notice naming the file, the line and the likely rule, never passed over.
 *
 * @param knownRuleIds every rule of the run, enabled or not (suppressing a disabled rule is fine)
 * @param pluginsNotLoaded the configuration lists plugins this run did not load: an unknown id may
 *     be one of theirs, and the notice says so
 */
public record UnknownSuppressions(Set<String> knownRuleIds, boolean pluginsNotLoaded) {
  public UnknownSuppressions {
    knownRuleIds = Set.copyOf(knownRuleIds);
  }

  public List<Notice> of(String path, Suppressions suppressions) {
    return suppressions.namedRules().stream()
        .filter(named -> !knownRuleIds.contains(named.ruleId()))
        .map(named -> new Notice(path, named.line(), 0, message(named), true))
        .toList();
  }

  private String message(Suppressions.NamedRule named) {
    String nearest =
        DidYouMean.nearest(named.ruleId(), knownRuleIds)
            .map(id -> "; did you mean '" + id + "'?")
            .orElse(".");
    String plugins =
        pluginsNotLoaded ? " (unless it is a rule of a plugin this run did not load)" : "";
    return named.form()
        + " names unknown rule '"
        + named.ruleId()
        + "'"
        + nearest
        + " It suppresses nothing"
        + plugins
        + ".";
  }
}
