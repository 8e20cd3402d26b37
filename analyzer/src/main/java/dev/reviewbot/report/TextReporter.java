package dev.reviewbot.report;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.report.internal.PlainText;
import dev.reviewbot.report.internal.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For people at a terminal. Findings grouped by file, each on one line that starts with {@code
 * path:line:} so terminals and editors turn it into a link:
 *
 * <pre>
 * Compared origin/main (merge-base 1a2b3c4) … working tree
 *
 * src/main/java/A.java:12: error [argument-count] Method 'charge' has 7 parameters (max 5)
 *     suggestion: Group the parameters into a record
 * </pre>
 *
 * <p>The first line says what was compared (the base's name and short SHA, the head), so a
 * surprising result ("0 files analyzed") explains itself; a scan, which compares nothing, has none.
 *
 * <p>then, under {@code Summary:}, what a pull request's summary comment would say (findings about
 * the whole change and those in the summary channel), then notices, crashes, and one closing count
 * line (with a baseline: how many findings it held, and how many of its entries are gone). Colour
 * only when asked for.
 */
public final class TextReporter implements Reporter {
  /** Shown where a path would be for a finding about the whole change. */
  public static final String CHANGE_LABEL = "(change)";

  private static final String RESET = "\u001B[0m";
  private static final String BOLD_RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String CYAN = "\u001B[36m";
  private static final String DIM = "\u001B[2m";
  private static final String INDENT = "    ";

  private final boolean colour;

  /**
   * @param colour ANSI colours; the caller passes {@code true} only when writing to a terminal
   *     (never to a file or a pipe)
   */
  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    if (input.base() != null && input.head() != null) {
      text.append(
              paint(
                  DIM,
                  "Compared "
                      + PlainText.clean(input.base())
                      + " … "
                      + PlainText.clean(input.head())))
          .append("\n\n");
    }
    for (List<Finding> group :
        byFile(input.findings().stream().filter(Finding::isInline).toList())) {
      for (Finding finding : group) {
        appendFinding(text, finding);
      }
      text.append('\n');
    }
    List<Finding> summary = input.findings().stream().filter(f -> !f.isInline()).toList();
    if (!summary.isEmpty()) {
      // the same split as a pull request's review: inline comments above, the summary comment here
      text.append(paint(CYAN, "Summary:")).append('\n');
      for (Finding finding : summary) {
        text.append("  ");
        appendFinding(text, finding);
      }
      text.append('\n');
    }
    appendNotices(
        text, "Not analyzed:", input.notices().stream().filter(n -> !n.advisoryNotice()).toList());
    appendNotices(
        text, "Notices:", input.notices().stream().filter(Notice::advisoryNotice).toList());
    if (!input.crashes().isEmpty()) {
      text.append(paint(BOLD_RED, "Rule crashes (please report them):")).append('\n');
      for (RuleCrash crash : input.crashes()) {
        text.append("  ")
            .append(PlainText.indentContinuation(PlainText.clean(crash.toString()), INDENT))
            .append('\n');
      }
      text.append('\n');
    }
    text.append(closingLine(input)).append('\n');
    out.write(text.toString());
    out.flush();
  }

  private void appendNotices(StringBuilder text, String heading, List<Notice> notices) {
    if (notices.isEmpty()) {
      return;
    }
    text.append(paint(YELLOW, heading)).append('\n');
    for (Notice notice : notices) {
      text.append("  ")
          .append(PlainText.indentContinuation(PlainText.clean(notice.toString()), INDENT))
          .append('\n');
    }
    text.append('\n');
  }

  private void appendFinding(StringBuilder text, Finding finding) {
    text.append(location(finding))
        .append(": ")
        .append(paint(colourOf(finding.severity()), finding.severity().id()))
        .append(' ')
        .append(paint(DIM, "[" + finding.ruleId() + "]"))
        .append(' ')
        .append(PlainText.indentContinuation(PlainText.clean(finding.message()), INDENT))
        .append('\n');
    finding
        .suggestionIfAny()
        .ifPresent(
            suggestion ->
                text.append(INDENT)
                    .append("suggestion: ")
                    .append(
                        PlainText.indentContinuation(PlainText.clean(suggestion), INDENT + "  "))
                    .append('\n'));
  }

  /** {@code path:line} with the first line only: {@code path:12-14} would not link. */
  private static String location(Finding finding) {
    if (finding.path() == null) {
      return CHANGE_LABEL;
    }
    String path = PlainText.clean(finding.path());
    return finding.lines() == null ? path : path + ":" + finding.lines().start();
  }

  private String closingLine(ReportInput input) {
    Tally tally = Tally.of(input);
    List<String> parts = new ArrayList<>();
    if (tally.findings() == 0) {
      parts.add("No findings");
    } else {
      parts.add(
          Tally.plural(tally.findings(), "finding")
              + " ("
              + tally.severities()
              + ") "
              + tally.where());
    }
    if (input.hiddenFindings() > 0) {
      parts.add(input.hiddenFindings() + " more hidden by the filter mode");
    }
    if (input.baseline().applied()) {
      parts.add(input.baseline().baselined() + " baselined");
      if (!input.baseline().absent().isEmpty()) {
        parts.add(
            Tally.plural(input.baseline().absent().size(), "baseline entry", "baseline entries")
                + " no longer found");
      }
    }
    parts.add(Tally.plural(input.filesAnalyzed(), "file") + " analyzed");
    if (!input.notices().isEmpty()) {
      parts.add(Tally.plural(input.notices().size(), "notice"));
    }
    if (!input.crashes().isEmpty()) {
      parts.add(Tally.plural(input.crashes().size(), "rule crash", "rule crashes"));
    }
    String line = String.join("; ", parts) + ".";
    return tally.count(Severity.ERROR) > 0 ? paint(BOLD_RED, line) : line;
  }

  private static List<List<Finding>> byFile(List<Finding> findings) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding finding : findings) {
      groups
          .computeIfAbsent(finding.path() == null ? "" : finding.path(), k -> new ArrayList<>())
          .add(finding);
    }
    return List.copyOf(groups.values());
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> BOLD_RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
