package dev.reviewbot.coverage;

import java.util.List;

/**
 * A file of a coverage report that no repository file could be matched to. Never dropped silently:
 * its lines count for nothing in the patch, so the output lists it.
 *
 * @param reportPath the report's path, {@code package/SourceFile.java}
 * @param module the report group (or module directory for exec data) it belongs to, {@code ""} if
 *     none
 * @param origin the report or exec file it came from
 * @param candidates repository files that all matched equally; empty when none matched
 */
public record UnresolvedSource(
    String reportPath, String module, String origin, List<String> candidates) {
  public UnresolvedSource {
    candidates = List.copyOf(candidates);
  }

  /** Why it stayed unresolved, in words. */
  public String reason() {
    return candidates.isEmpty()
        ? "no repository file ends with " + reportPath
        : "ambiguous, "
            + candidates.size()
            + " repository files match: "
            + String.join(", ", candidates)
            + " (set coverage source roots to choose)";
  }

  @Override
  public String toString() {
    return reportPath
        + (module.isEmpty() ? "" : " [" + module + "]")
        + " from "
        + origin
        + ": "
        + reason();
  }
}
