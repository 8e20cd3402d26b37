package dev.reviewbot.coverage.internal;

import dev.reviewbot.coverage.GateFailure;
import dev.reviewbot.engine.Notice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fails the coverage gates closed: data that could not be read, is empty, belongs to other code or
 * says nothing about the change would otherwise pass any threshold ("n/a" passes), as a build whose
 * tests never ran would.
 */
public final class CoverageDataGate {
  private static final int NAMED_FILES = 3;

  private CoverageDataGate() {}

  /**
   * What the data read for a change says about itself.
   *
   * @param unusable inputs that exist but could not be used (unreadable, truncated, empty, not
   *     matching the classes)
   * @param missing inputs that do not exist
   * @param sourcesRead source files the readable inputs hold
   * @param sourcesInRepository of those, the ones matched to a file of the repository
   * @param expected changed non-test Java files with added lines, which a test run would have
   *     measured
   * @param measured changed files the data covers
   */
  public record Evidence(
      List<Notice> unusable,
      List<Notice> missing,
      int sourcesRead,
      int sourcesInRepository,
      List<String> expected,
      Collection<String> measured) {}

  /** The reasons the data cannot back a gate; empty when it can. */
  public static List<GateFailure> failures(Evidence evidence, boolean allowMissing) {
    List<Notice> unusable = new ArrayList<>(evidence.unusable());
    if (!allowMissing) {
      unusable.addAll(evidence.missing());
    }
    if (!unusable.isEmpty()) {
      return List.of(
          new GateFailure(
              GateFailure.Gate.UNUSABLE_DATA,
              "coverage data that cannot be used, so no gate can pass: "
                  + unusable.stream()
                      .map(CoverageDataGate::describe)
                      .collect(Collectors.joining("; "))
                  + (allowMissing || evidence.missing().isEmpty()
                      ? ""
                      : " (allow-missing accepts inputs that do not exist)")));
    }
    if (evidence.sourcesRead() > 0 && evidence.sourcesInRepository() == 0) {
      return List.of(
          new GateFailure(
              GateFailure.Gate.NO_DATA_FOR_CHANGE,
              "none of the "
                  + evidence.sourcesRead()
                  + " source files in the coverage data is a file of this repository: is it a report of another project?"));
    }
    boolean noneMeasured =
        !evidence.expected().isEmpty()
            && evidence.expected().stream().noneMatch(evidence.measured()::contains);
    if (noneMeasured && !allowMissing) {
      return List.of(
          new GateFailure(
              GateFailure.Gate.NO_DATA_FOR_CHANGE,
              "no coverage data for the changed files ("
                  + named(evidence.expected())
                  + "): did the tests run under the JaCoCo agent?"));
    }
    return List.of();
  }

  private static String describe(Notice problem) {
    String message = problem.message();
    String reason =
        message.endsWith("; not used")
            ? message.substring(0, message.length() - "; not used".length())
            : message;
    return problem.path() + ": " + reason;
  }

  private static String named(List<String> paths) {
    String shown = paths.stream().limit(NAMED_FILES).collect(Collectors.joining(", "));
    return paths.size() > NAMED_FILES
        ? shown + " and " + (paths.size() - NAMED_FILES) + " more"
        : shown;
  }
}
