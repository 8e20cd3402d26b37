package dev.reviewbot.action.internal;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.report.GitHubActionsReporter;
import dev.reviewbot.report.ReportInput;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Workflow-command annotations for the most severe findings. GitHub shows at most {@value
 * #PER_TYPE} annotations of each type (error, warning, notice) per step and silently drops the
 * rest, so only that many of each are emitted, and a plain log line says how many more there are
 * and that the job summary lists them all.
 *
 * @param shown what is annotated: rule crashes and errors, then warnings and files not analyzed,
 *     then notices
 * @param omittedErrors errors (findings and rule crashes) not annotated
 * @param omittedWarnings warnings (findings and files not analyzed) not annotated
 * @param omittedNotices info findings not annotated
 */
public record Annotations(
    ReportInput shown, int omittedErrors, int omittedWarnings, int omittedNotices) {
  public static final int PER_TYPE = 10;

  /**
   * The first {@value #PER_TYPE} of each type, in the report's order (crashes count as errors,
   * notices as warnings).
   */
  public static Annotations select(ReportInput input) {
    List<RuleCrash> crashes = input.crashes().stream().limit(PER_TYPE).toList();
    int errorRoom = PER_TYPE - crashes.size();
    List<Finding> errors = bySeverity(input, Severity.ERROR);
    List<Finding> warnings = bySeverity(input, Severity.WARNING);
    List<Finding> infos = bySeverity(input, Severity.INFO);
    List<Finding> keptWarnings = warnings.stream().limit(PER_TYPE).toList();
    List<Notice> notices = input.notices().stream().limit(PER_TYPE - keptWarnings.size()).toList();

    // by identity: two equal findings are still two annotations
    Set<Finding> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(errors.stream().limit(errorRoom).toList());
    kept.addAll(keptWarnings);
    kept.addAll(infos.stream().limit(PER_TYPE).toList());
    // keep the report's own order (change-level first, then by path and line) among what was kept
    List<Finding> ordered = input.findings().stream().filter(kept::contains).toList();
    ReportInput shown =
        new ReportInput(
            ordered,
            input.hiddenFindings(),
            notices,
            crashes,
            input.rules(),
            input.base(),
            input.head(),
            input.filesAnalyzed(),
            input.toolVersion());
    int allErrors = errors.size() + input.crashes().size();
    int allWarnings = warnings.size() + input.notices().size();
    return new Annotations(
        shown,
        allErrors - Math.min(allErrors, PER_TYPE),
        allWarnings - Math.min(allWarnings, PER_TYPE),
        infos.size() - Math.min(infos.size(), PER_TYPE));
  }

  public int omitted() {
    return omittedErrors + omittedWarnings + omittedNotices;
  }

  /** Writes the workflow commands, then, when some were left out, one plain line that says so. */
  public void write(Writer out) throws IOException {
    new GitHubActionsReporter().write(shown, out);
    if (omitted() > 0) {
      out.write(
          "reviewbot: annotated the "
              + PER_TYPE
              + " most severe of each type (GitHub shows at most "
              + PER_TYPE
              + " error, "
              + PER_TYPE
              + " warning and "
              + PER_TYPE
              + " notice annotations per step); "
              + omittedText()
              + " not annotated: the job summary lists every finding.\n");
    }
    out.flush();
  }

  /** E.g. {@code 3 more errors, 12 more warnings}. */
  public String omittedText() {
    List<String> parts = new ArrayList<>();
    add(parts, omittedErrors, "error", "errors");
    add(parts, omittedWarnings, "warning", "warnings");
    add(parts, omittedNotices, "notice", "notices");
    return String.join(", ", parts);
  }

  private static List<Finding> bySeverity(ReportInput input, Severity severity) {
    return input.findings().stream().filter(f -> f.severity() == severity).toList();
  }

  private static void add(List<String> parts, int count, String one, String many) {
    if (count > 0) {
      parts.add(count + " more " + (count == 1 ? one : many));
    }
  }
}
