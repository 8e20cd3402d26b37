package dev.reviewbot.rules.leftover;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commented-out code a change added to one file, and where each finding goes. Debug output is a
 * leftover whatever note is above it; other code is inline from {@code minLines} lines with no note
 * (the author may have said why it stays), in the summary from two lines, and a single line is not
 * reported. One inline comment per file at most: the same remark on every block of a file is noise,
 * so the others go to the summary and the inline one counts them.
 */
final class CommentedOutFindings {
  private CommentedOutFindings() {}

  static List<Report> of(RuleContext ctx, int minLines) {
    String before = ctx.baseCompilationUnit().map(CommentRun::allText).orElse("");
    List<Report> inline = new ArrayList<>();
    List<Report> summary = new ArrayList<>();
    for (CommentRun run : CommentRun.of(ctx.compilationUnit())) {
      Optional<CommentedOutCode> found = CommentedOutCode.in(run);
      if (found.isEmpty()
          || !mostlyAdded(found.get(), ctx.changedLines())
          || !before.isEmpty() && before.contains(CommentRun.squeezed(found.get().lines()))) {
        continue;
      }
      CommentedOutCode code = found.get();
      if (code.consoleOnly() || code.codeLines() >= minLines && !code.explained()) {
        inline.add(report(run, code));
      } else if (code.codeLines() >= 2) {
        summary.add(report(run, code).inSummary());
      }
    }
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < inline.size(); i++) {
      reports.add(
          i == 0 ? withOthers(inline.get(0), inline.size() - 1) : inline.get(i).inSummary());
    }
    reports.addAll(summary);
    return reports;
  }

  private static Report report(CommentRun run, CommentedOutCode code) {
    String lines = code.codeLines() == 1 ? "A line" : code.codeLines() + " lines";
    String what = code.consoleOnly() ? "commented-out debug output" : "commented-out code";
    return Report.at(
            run.first(),
            lines
                + " of "
                + what
                + (code.explained() ? ", with a note above it," : "")
                + " added: a reader cannot tell whether "
                + (code.codeLines() == 1 ? "it is" : "they are")
                + " meant to come back, "
                + "and commented-out code goes stale as the code around it changes.")
        .withSuggestion(
            "Delete it (version control keeps it); if it must stay, say in a comment why and when it comes back.")
        .withKey(CommentRun.squeezed(code.lines()))
        .onLines(new LineRange(code.firstLine(), code.lastLine()));
  }

  /**
   * The report with a note that {@code others} more blocks of the file are listed in the summary.
   */
  private static Report withOthers(Report report, int others) {
    if (others == 0) {
      return report;
    }
    return new Report(
        report.node(),
        report.lines(),
        report.key(),
        report.message()
            + " "
            + others
            + " more such "
            + (others == 1 ? "block" : "blocks")
            + " in this file "
            + (others == 1 ? "is" : "are")
            + " listed in the summary.",
        report.severity(),
        report.suggestion(),
        report.channel());
  }

  /** More than half of the code's lines are added (white-space-only changes do not count). */
  private static boolean mostlyAdded(CommentedOutCode code, ChangedLines changed) {
    int added = 0;
    for (int line = code.firstLine(); line <= code.lastLine(); line++) {
      if (changed.isAdded(line)) {
        added++;
      }
    }
    return added * 2 > code.lastLine() - code.firstLine() + 1;
  }
}
