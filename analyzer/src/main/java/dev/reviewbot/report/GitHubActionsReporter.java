package dev.reviewbot.report;

import dev.reviewbot.api.Finding;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.report.internal.PlainText;
import dev.reviewbot.report.internal.WorkflowCommands;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per line, which the runner turns into annotations:
 *
 * <pre>
 * ::error file=src/A.java,line=12,endLine=14,title=argument-count::Method 'charge' has 7 parameters
 * </pre>
 *
 * <p>Severity maps to the command: error → {@code ::error}, warning → {@code ::warning}, info →
 * {@code ::notice}. A finding about the whole change has no {@code file}; one about a whole file
 * has no {@code line}. A suggestion follows the message on its own line. A notice (file not
 * analyzed) is a {@code ::warning}, a rule crash an {@code ::error}. Data and properties are
 * escaped the way the runner unescapes them, so a message can never start a command of its own;
 * other control characters are shown as {@code \u001b}-style escapes. Nothing else is printed.
 */
public final class GitHubActionsReporter implements Reporter {

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    input.findings().forEach(finding -> finding(text, finding));
    input.notices().forEach(notice -> notice(text, notice));
    for (RuleCrash crash : input.crashes()) {
      List<String> properties = new ArrayList<>();
      if (crash.path() != null) {
        properties.add(property("file", crash.path()));
      }
      properties.add(property("title", "reviewbot: rule " + crash.rule() + " crashed"));
      command(text, "error", properties, crash.exception());
    }
    out.write(text.toString());
    out.flush();
  }

  private static void finding(StringBuilder text, Finding finding) {
    List<String> properties = new ArrayList<>();
    String place = "";
    if (finding.isInline()) {
      properties.add(property("file", finding.path()));
      properties.add(property("line", Integer.toString(finding.lines().start())));
      properties.add(property("endLine", Integer.toString(finding.lines().end())));
    } else if (finding.path() != null) {
      // a summary finding names its place in the text: with file and line GitHub would show it on
      // the diff
      place =
          finding.path() + (finding.lines() == null ? "" : ":" + finding.lines().start()) + ": ";
    }
    properties.add(property("title", finding.ruleId()));
    String advice = finding.suggestion() == null ? "" : "\nSuggestion: " + finding.suggestion();
    command(text, command(finding), properties, place + finding.message() + advice);
  }

  private static void notice(StringBuilder text, Notice notice) {
    List<String> properties = new ArrayList<>();
    if (notice.path() != null) {
      properties.add(property("file", notice.path()));
    }
    if (notice.line() > 0) {
      properties.add(property("line", Integer.toString(notice.line())));
      if (notice.column() > 0) {
        properties.add(property("col", Integer.toString(notice.column())));
      }
    }
    properties.add(property("title", "reviewbot: not analyzed"));
    command(text, "warning", properties, notice.message());
  }

  private static String command(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static void command(
      StringBuilder text, String command, List<String> properties, String message) {
    text.append("::")
        .append(command)
        .append(' ')
        .append(String.join(",", properties))
        .append("::")
        .append(WorkflowCommands.escapeData(PlainText.clean(message)))
        .append('\n');
  }

  private static String property(String name, String value) {
    return name + "=" + WorkflowCommands.escapeProperty(PlainText.clean(value));
  }
}
