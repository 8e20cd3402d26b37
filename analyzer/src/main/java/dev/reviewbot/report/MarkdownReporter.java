package dev.reviewbot.report;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleLinks;
import dev.reviewbot.report.internal.Tally;
import dev.reviewbot.report.internal.Uris;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A summary for a pull-request comment or an Actions job summary: counts by severity and rule, a
 * table of findings with links to {@code file#Lnn}, then notices and crashes.
 *
 * <p>Everything that comes from code or refs is escaped ({@link MarkdownText}), so a message can
 * neither break the table, inject HTML nor mention anyone. The output never exceeds {@code
 * maxChars}: items that do not fit are counted in a closing {@code N more findings not shown} line
 * instead.
 */
public final class MarkdownReporter implements Reporter {
  /** Smallest cap accepted: the title, the summary and the closing line always fit. */
  public static final int MIN_MAX_CHARS = 1_000;

  private static final int MAX_LABEL_CHARS = 120;
  // room kept for the "N more ... not shown" line, whose length is only known at the end
  private static final int RESERVE = 200;

  private final int maxChars;
  private final String linkBase;

  /**
   * @param maxChars hard cap on the output's length in characters
   * @param linkBase prefix for file links, e.g. {@code https://github.com/o/r/blob/<sha>/}; {@code
   *     null} for links relative to the repository root
   */
  public MarkdownReporter(int maxChars, String linkBase) {
    if (maxChars < MIN_MAX_CHARS) {
      throw new IllegalArgumentException(
          "maxChars must be at least " + MIN_MAX_CHARS + " but was " + maxChars);
    }
    this.maxChars = maxChars;
    this.linkBase = linkBase == null ? "" : linkBase;
  }

  private enum Kind {
    FINDING,
    NOTICE,
    CRASH,
    OTHER
  }

  private record Piece(Kind kind, String text) {}

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    StringBuilder text = new StringBuilder("### reviewbot\n\n").append(summary(input));
    int[] omitted = new int[Kind.values().length];
    boolean full = false;
    for (Piece piece : pieces(input)) {
      if (!full && text.length() + piece.text().length() + RESERVE <= maxChars) {
        text.append(piece.text());
      } else {
        // once something does not fit, later items are left out too, so the order stays readable
        full = true;
        omitted[piece.kind().ordinal()]++;
      }
    }
    if (full) {
      List<String> notShown = new ArrayList<>();
      addCount(notShown, omitted[Kind.FINDING.ordinal()], "finding", "findings");
      addCount(notShown, omitted[Kind.NOTICE.ordinal()], "notice", "notices");
      addCount(notShown, omitted[Kind.CRASH.ordinal()], "rule crash", "rule crashes");
      text.append("\n**")
          .append(notShown.isEmpty() ? "Some details" : String.join(", ", notShown))
          .append(" not shown** (this summary is limited to ")
          .append(maxChars)
          .append(" characters).\n");
    }
    out.write(text.toString());
    out.flush();
  }

  private String summary(ReportInput input) {
    Tally tally = Tally.of(input);
    List<String> parts = new ArrayList<>();
    parts.add(
        tally.findings() == 0
            ? "**No findings**"
            : "**"
                + Tally.plural(tally.findings(), "finding")
                + "** ("
                + tally.severities()
                + ") "
                + tally.where());
    if (input.hiddenFindings() > 0) {
      parts.add(input.hiddenFindings() + " more hidden by the filter mode");
    }
    parts.add(Tally.plural(input.filesAnalyzed(), "file") + " analyzed");
    long skipped = input.notices().stream().filter(n -> !n.advisoryNotice()).count();
    if (skipped > 0) {
      parts.add(Tally.plural((int) skipped, "file") + " not analyzed");
    }
    if (skipped < input.notices().size()) {
      parts.add(Tally.plural(input.notices().size() - (int) skipped, "notice"));
    }
    if (!input.crashes().isEmpty()) {
      parts.add(Tally.plural(input.crashes().size(), "rule crash", "rule crashes"));
    }
    StringBuilder text = new StringBuilder(String.join(" · ", parts)).append('\n');
    if (input.base() != null) {
      text.append("\nCompared ")
          .append(label(input.base()))
          .append(" with ")
          .append(input.head() == null ? "the head" : label(input.head()))
          .append(".\n");
    } else if (input.head() != null) {
      text.append("\nReviewed ").append(label(input.head())).append(".\n");
    }
    return text.toString();
  }

  private List<Piece> pieces(ReportInput input) {
    List<Piece> pieces = new ArrayList<>();
    Map<String, Integer> byRule = Tally.of(input).byRule();
    if (!byRule.isEmpty()) {
      List<String> counts = new ArrayList<>();
      // rule ids link to their docs here once, not in every row, to spare the length budget
      byRule.forEach((rule, count) -> counts.add(rule(input, rule) + " " + count));
      pieces.add(new Piece(Kind.OTHER, "\nBy rule: " + String.join(" · ", counts) + "\n"));
    }
    boolean first = true;
    for (Finding finding : input.findings()) {
      String row =
          "| "
              + severity(finding.severity())
              + " | "
              + location(finding)
              + " | "
              + MarkdownText.tableCode(finding.ruleId())
              + " | "
              + message(finding)
              + " |\n";
      pieces.add(
          new Piece(
              Kind.FINDING,
              first
                  ? "\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n" + row
                  : row));
      first = false;
    }
    addNotices(
        pieces, "Not analyzed", input.notices().stream().filter(n -> !n.advisoryNotice()).toList());
    addNotices(pieces, "Notices", input.notices().stream().filter(Notice::advisoryNotice).toList());
    first = true;
    for (RuleCrash crash : input.crashes()) {
      String origin = RuleDescriptor.originLabel(crash.origin());
      String item =
          "- rule "
              + MarkdownText.code(crash.ruleId())
              + (origin.isEmpty() ? "" : " (" + MarkdownText.cell(origin) + ")")
              + (crash.path() == null ? "" : " on " + MarkdownText.code(crash.path()))
              + ": "
              + MarkdownText.cell(crash.exception())
              + "\n";
      pieces.add(
          new Piece(
              Kind.CRASH,
              first
                  ? "\n#### Rule crashes\n\nPlease report these; the other rules ran.\n\n" + item
                  : item));
      first = false;
    }
    return pieces;
  }

  private static String severity(Severity severity) {
    return severity == Severity.ERROR ? "**error**" : severity.id();
  }

  private String location(Finding finding) {
    if (finding.path() == null) {
      return "_whole change_";
    }
    String target = linkBase + Uris.relative(finding.path());
    if (finding.lines() == null) {
      return "[" + MarkdownText.cell(finding.path()) + "](" + target + ")";
    }
    String anchor =
        "#L"
            + finding.lines().start()
            + (finding.lines().isSingleLine() ? "" : "-L" + finding.lines().end());
    return "["
        + MarkdownText.cell(finding.path() + ":" + finding.lines().start())
        + "]("
        + target
        + anchor
        + ")";
  }

  private static String rule(ReportInput input, String ruleId) {
    String code = MarkdownText.code(ruleId);
    return input
        .rule(ruleId)
        .flatMap(RuleLinks.DEFAULT::page)
        .map(page -> "[" + code + "](" + page + ")")
        .orElse(code);
  }

  private static String message(Finding finding) {
    String message = MarkdownText.cell(finding.message());
    return finding.suggestion() == null
        ? message
        : message + "<br>**Suggestion:** " + MarkdownText.cell(finding.suggestion());
  }

  private static void addNotices(List<Piece> pieces, String heading, List<Notice> notices) {
    boolean first = true;
    for (Notice notice : notices) {
      String item =
          "- "
              + MarkdownText.code(noticeLocation(notice))
              + " "
              + MarkdownText.cell(notice.message())
              + "\n";
      pieces.add(new Piece(Kind.NOTICE, first ? "\n#### " + heading + "\n\n" + item : item));
      first = false;
    }
  }

  private static String noticeLocation(Notice notice) {
    String path = notice.path() == null ? "" : notice.path();
    return notice.line() > 0
        ? path + ":" + notice.line() + (notice.column() > 0 ? ":" + notice.column() : "")
        : path;
  }

  private static String label(String text) {
    String shortened =
        text.length() > MAX_LABEL_CHARS ? text.substring(0, MAX_LABEL_CHARS - 1) + "…" : text;
    return MarkdownText.code(shortened);
  }

  private static void addCount(List<String> parts, int count, String one, String many) {
    if (count > 0) {
      parts.add(count + " more " + (count == 1 ? one : many));
    }
  }
}
