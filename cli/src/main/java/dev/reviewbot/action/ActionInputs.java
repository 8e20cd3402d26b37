package dev.reviewbot.action;

import java.nio.file.Path;
import java.util.List;

/**
 * The Action's inputs (see {@code action.yml}), after the command line has parsed them.
 *
 * @param mode review, analyze or publish
 * @param workingDirectory the repository, relative to {@code GITHUB_WORKSPACE}; {@code null}: the
 *     workspace itself
 * @param config the configuration file, relative to the repository; {@code null}: {@code
 *     .reviewbot.yml} if present
 * @param failOn {@code info}, {@code warning}, {@code error} or {@code none}; {@code null}: the
 *     configuration's
 * @param filterMode {@code added}, {@code diff_context}, {@code file} or {@code nofilter}; {@code
 *     null}: the configuration's
 * @param commentBudget most inline comments per review; {@code null}: the default
 * @param coverage JaCoCo reports (paths or globs, relative to the repository) for patch coverage
 * @param baseCoverage JaCoCo reports of the base, for the coverage delta
 * @param allowMissingCoverage coverage reports that do not exist, or cover none of the changed
 *     files, fail no gate; {@code null}: the configuration's
 * @param bundle the review bundle: written by review/analyze on a pull request, read by publish;
 *     {@code null}: {@code RUNNER_TEMP/reviewbot/review-bundle.json} (publish needs it set)
 * @param sarif where to write SARIF for code scanning; {@code null}: {@code
 *     RUNNER_TEMP/reviewbot/reviewbot.sarif}
 */
public record ActionInputs(
    ActionMode mode,
    Path workingDirectory,
    Path config,
    String failOn,
    String filterMode,
    Integer commentBudget,
    List<String> coverage,
    List<String> baseCoverage,
    Boolean allowMissingCoverage,
    Path bundle,
    Path sarif) {

  public ActionInputs {
    coverage = List.copyOf(coverage);
    baseCoverage = List.copyOf(baseCoverage);
    if (commentBudget != null && commentBudget < 0) {
      throw new ActionException("comment-budget must be 0 or more but was " + commentBudget);
    }
  }

  /** Every input at its default, in the given mode. */
  public static ActionInputs defaults(ActionMode mode) {
    return new ActionInputs(
        mode, null, null, null, null, null, List.of(), List.of(), null, null, null);
  }
}
