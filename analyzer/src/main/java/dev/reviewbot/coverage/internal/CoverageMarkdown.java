package dev.reviewbot.coverage.internal;

import dev.reviewbot.coverage.FileCoverage;
import dev.reviewbot.coverage.GateFailure;
import dev.reviewbot.coverage.LineGroup;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.coverage.UnresolvedSource;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.markdown.MarkdownText;
import java.util.List;
import java.util.OptionalDouble;

/** Renders {@link PatchCoverage} as the Markdown section the summaries include. */
public final class CoverageMarkdown {
  private static final int FOLD_AFTER = 10;

  private CoverageMarkdown() {}

  public static String render(PatchCoverage coverage) {
    StringBuilder out = new StringBuilder("### Coverage of changed lines\n\n");
    if (coverage.files().isEmpty()) {
      out.append("No changed file appears in the coverage reports.\n");
    } else {
      out.append("| File | Patch coverage | Missing lines | Δ file coverage |\n");
      out.append("|---|---:|---|---:|\n");
      for (FileCoverage file : coverage.files()) {
        out.append("| ")
            .append(MarkdownText.tableCode(file.path()))
            .append(" | ")
            .append(file.lines().format())
            .append(" | ")
            .append(MarkdownText.cell(file.missingRanges()))
            .append(" | ")
            .append(fileDelta(coverage, file))
            .append(" |\n");
      }
      out.append("| **Total** | **")
          .append(coverage.lines().format())
          .append("** | | ")
          .append(projectDelta(coverage))
          .append(" |\n");
    }
    out.append('\n');
    out.append("Patch branch coverage: ").append(coverage.branches().format()).append(". ");
    out.append("Project line coverage: ");
    if (coverage.hasBase()) {
      out.append(coverage.baseProject().format())
          .append(" at base, ")
          .append(coverage.headProject().format())
          .append(" at head");
      OptionalDouble delta = coverage.projectDelta();
      if (delta.isPresent()) {
        out.append(" (").append(Percentages.points(delta.getAsDouble())).append(')');
      }
    } else {
      out.append(coverage.headProject().format());
    }
    out.append(".\n\n");
    gates(coverage, out);
    partial(coverage, out);
    list(
        out,
        "Report files matched to no repository file",
        coverage.unresolved().stream().map(CoverageMarkdown::unresolved).toList());
    list(
        out,
        "Coverage inputs that could not be read",
        coverage.problems().stream().map(Notice::toString).map(MarkdownText::escape).toList());
    return out.toString();
  }

  private static void gates(PatchCoverage coverage, StringBuilder out) {
    List<String> failures = coverage.gateFailures().stream().map(GateFailure::message).toList();
    String patchGate =
        "patch coverage ≥ " + Percentages.threshold(coverage.minPatchCoverage()) + "%";
    String dropGate =
        coverage.maxCoverageDrop() == null
            ? ""
            : ", project coverage drop ≤ "
                + Percentages.threshold(coverage.maxCoverageDrop())
                + " pp";
    if (failures.isEmpty()) {
      out.append("Gates passed (").append(patchGate).append(dropGate).append(").\n\n");
    } else {
      list(out, "**Gates failed**", failures);
    }
  }

  private static void partial(PatchCoverage coverage, StringBuilder out) {
    List<String> items =
        coverage.files().stream()
            .flatMap(
                file ->
                    file.partial().stream()
                        .map(
                            group ->
                                MarkdownText.code(file.path())
                                    + " "
                                    + group.describe()
                                    + ": "
                                    + missedBranches(group)))
            .toList();
    list(out, "Partly covered added lines (counted as covered)", items);
  }

  static String missedBranches(LineGroup group) {
    int total = group.missedBranches() + group.coveredBranches();
    return group.missedBranches() + " of " + total + " branches missed";
  }

  /** A titled bullet list; long lists fold into a details block so they do not bury the table. */
  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    boolean fold = items.size() > FOLD_AFTER;
    String heading = title + " (" + items.size() + ")";
    out.append(fold ? "<details><summary>" + heading + "</summary>\n\n" : heading + ":\n\n");
    for (String item : items) {
      out.append("- ").append(item).append('\n');
    }
    out.append(fold ? "\n</details>\n\n" : "\n");
  }

  private static String unresolved(UnresolvedSource source) {
    return MarkdownText.code(source.reportPath())
        + (source.module().isEmpty() ? "" : " [" + MarkdownText.escape(source.module()) + "]")
        + " from "
        + MarkdownText.code(source.origin())
        + ": "
        + MarkdownText.escape(source.reason());
  }

  private static String fileDelta(PatchCoverage coverage, FileCoverage file) {
    if (!coverage.hasBase()) {
      return "n/a";
    }
    if (file.baseFile() == null) {
      return "new";
    }
    OptionalDouble delta = file.fileDelta();
    return delta.isPresent() ? Percentages.points(delta.getAsDouble()) : "n/a";
  }

  private static String projectDelta(PatchCoverage coverage) {
    OptionalDouble delta = coverage.projectDelta();
    return delta.isPresent() ? "**" + Percentages.points(delta.getAsDouble()) + "**" : "n/a";
  }
}
