package dev.reviewbot.rules.surface;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a breaking-change finding: what changed, which kind of break it is, and how to make
 * the change without it. One change gets the full consequence; several get a short one each and the
 * advice once per kind.
 */
final class BreakMessages {
  private BreakMessages() {}

  /**
   * {@code subject} names the type, e.g. {@code `Widgets`}; {@code null} for a type that is itself
   * gone.
   */
  static String describe(String subject, List<ApiChange> breaks) {
    String to = subject == null ? "" : " to " + subject;
    if (breaks.size() == 1) {
      ApiChange only = breaks.get(0);
      return "breaking change"
          + to
          + ": "
          + only.what()
          + "; "
          + only.kind().consequence()
          + ". To avoid the break, "
          + only.kind().advice();
    }
    String items =
        TypeFindings.list(breaks.stream().map(c -> c.what() + " (" + effect(c.kind()) + ")"), "; ");
    Set<String> advice = new LinkedHashSet<>();
    breaks.forEach(c -> advice.add(c.kind().advice()));
    return breaks.size()
        + " breaking changes"
        + to
        + ": "
        + items
        + ". To avoid the breaks: "
        + String.join("; ", advice);
  }

  /**
   * Changes that would break callers of {@code subject}, but of API the release {@code tag} did not
   * have.
   */
  static String unreleased(String subject, List<ApiChange> breaks, String tag) {
    String items = TypeFindings.list(breaks.stream().map(ApiChange::what), "; ");
    return "changes API that no release has had yet (newest release: `"
        + tag
        + "`), so no user's code breaks: "
        + items
        + (subject == null ? "" : " (in " + subject + ")")
        + "; say so in the release notes if a pre-release had it";
  }

  /**
   * Breaks of what release {@code tag} had, made while the base builds {@code next}, a new major
   * version.
   */
  static String inMajorVersion(String subject, List<ApiChange> breaks, String tag, String next) {
    String items =
        TypeFindings.list(breaks.stream().map(c -> c.what() + " (" + effect(c.kind()) + ")"), "; ");
    return "breaks API that `"
        + tag
        + "` released, on the way to the next major version (`"
        + next
        + "`), where breaks are "
        + "expected: "
        + items
        + (subject == null ? "" : " (in " + subject + ")")
        + "; list "
        + (breaks.size() == 1 ? "it" : "them")
        + " in the migration notes";
  }

  /** Removals of what the base deprecated. */
  static String announced(String subject, List<ApiChange> removals) {
    String items = TypeFindings.list(removals.stream().map(c -> c.subject()));
    return "removes deprecated "
        + items
        + (subject == null ? "" : " from " + subject)
        + ", as announced: code still using "
        + (removals.size() == 1 ? "it" : "them")
        + " stops compiling and, already compiled, fails to link; "
        + "name "
        + (removals.size() == 1 ? "it" : "them")
        + " in the release notes of a major version";
  }

  /** Removals that may be moves up to {@code superclass}, declared in another file. */
  static String possiblyMovedUp(String subject, String superclass, List<ApiChange> removals) {
    String items = TypeFindings.list(removals.stream().map(c -> c.subject()));
    boolean one = removals.size() == 1;
    return "removes "
        + items
        + " from "
        + subject
        + ": fine if "
        + superclass
        + " (or a class above it) now declares "
        + (one ? "it" : "them")
        + ", as a move up; otherwise callers stop compiling and already-compiled callers fail to "
        + "link, so deprecate "
        + (one ? "it" : "them")
        + " first";
  }

  /** Which kind of break, in a few words. */
  static String effect(ApiChangeKind kind) {
    if (kind == ApiChangeKind.CONSTANT_VALUE_CHANGED) {
      return "already-compiled callers keep the old value";
    }
    Compatibility compatibility = kind.compatibility();
    return compatibility.breaksSource() && compatibility.breaksBinary()
        ? "callers stop compiling, and already-compiled callers fail to link"
        : compatibility.breaksSource()
            ? "callers stop compiling"
            : "already-compiled callers fail to link";
  }
}
