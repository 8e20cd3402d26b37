package dev.reviewbot.rules.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a breaking-change finding: what changed, which kind of break it is, and how to make
 * the change without it. One change gets the full consequence; several get a short one each and
 * the advice once per kind.
 */
final class BreakMessages {
  private BreakMessages() {}

  /** {@code subject} names the type, e.g. {@code `Widgets`}; {@code null} for a type that is itself gone. */
  static String describe(String subject, List<ApiChange> breaks) {
    String to = subject == null ? "" : " to " + subject;
    if (breaks.size() == 1) {
      ApiChange only = breaks.get(0);
      return "breaking change" + to + ": " + only.what() + "; " + only.kind().consequence() + ". To avoid the break, "
          + only.kind().advice();
    }
    String items = TypeFindings.list(breaks.stream().map(c -> c.what() + " (" + effect(c.kind()) + ")"), "; ");
    Set<String> advice = new LinkedHashSet<>();
    breaks.forEach(c -> advice.add(c.kind().advice()));
    return breaks.size() + " breaking changes" + to + ": " + items + ". To avoid the breaks: " + String.join("; ", advice);
  }

  /** Removals of what the base deprecated. */
  static String announced(String subject, List<ApiChange> removals) {
    String items = TypeFindings.list(removals.stream().map(c -> c.subject()));
    return "removes deprecated " + items + (subject == null ? "" : " from " + subject) + ", as announced: code still using "
        + (removals.size() == 1 ? "it" : "them") + " stops compiling and, already compiled, fails to link; "
        + "name " + (removals.size() == 1 ? "it" : "them") + " in the release notes of a major version";
  }

  /** Which kind of break, in a few words. */
  static String effect(ApiChangeKind kind) {
    if (kind == ApiChangeKind.CONSTANT_VALUE_CHANGED) {
      return "already-compiled callers keep the old value";
    }
    Compatibility compatibility = kind.compatibility();
    return compatibility.breaksSource() && compatibility.breaksBinary()
        ? "callers stop compiling, and already-compiled callers fail to link"
        : compatibility.breaksSource() ? "callers stop compiling" : "already-compiled callers fail to link";
  }
}
