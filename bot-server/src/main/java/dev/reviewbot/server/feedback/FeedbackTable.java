package dev.reviewbot.server.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-repository, per-rule table of what became of the bot's comments, as rows for JSON, as CSV
 * for the operator to export, and as plain text to read in a terminal.
 */
public final class FeedbackTable {
  private static final String HEADER =
      "repository,rule,posted,open,fixed,dismissed,not_useful,fixed_share,rejected_share,summary_only";

  private final List<RuleStats> stats;
  private final DemotionPolicy policy;

  public FeedbackTable(List<RuleStats> stats, DemotionPolicy policy) {
    this.stats = List.copyOf(stats);
    this.policy = policy;
  }

  /**
   * One rule in one repository.
   *
   * @param summaryOnly the rule's findings go to the summary in this repository (unless its {@code
   *     .reviewbot.yml} names the rule's channel)
   */
  public record Row(
      String rule,
      int posted,
      int open,
      int fixed,
      int dismissed,
      int notUseful,
      double fixedShare,
      double rejectedShare,
      boolean summaryOnly) {}

  /** Rows by repository, in name order. */
  public Map<String, List<Row>> byRepository() {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (RuleStats s : stats) {
      rows.computeIfAbsent(s.repository(), r -> new ArrayList<>()).add(row(s));
    }
    return rows;
  }

  public String csv() {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (RuleStats s : stats) {
      Row row = row(s);
      out.append(cell(s.repository()))
          .append(',')
          .append(cell(row.rule()))
          .append(',')
          .append(row.posted())
          .append(',')
          .append(row.open())
          .append(',')
          .append(row.fixed())
          .append(',')
          .append(row.dismissed())
          .append(',')
          .append(row.notUseful())
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.fixedShare()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.rejectedShare()))
          .append(',')
          .append(row.summaryOnly())
          .append("\r\n");
    }
    return out.toString();
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    byRepository()
        .forEach(
            (repository, rows) -> {
              out.append(repository).append('\n');
              out.append(
                  String.format(
                      Locale.ROOT,
                      "  %-32s %7s %7s %7s %9s %10s %9s%n",
                      "rule",
                      "posted",
                      "fixed",
                      "open",
                      "dismissed",
                      "not useful",
                      "rejected"));
              for (Row row : rows) {
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  %-32s %7d %7d %7d %9d %10d %8.0f%%%s%n",
                        row.rule(),
                        row.posted(),
                        row.fixed(),
                        row.open(),
                        row.dismissed(),
                        row.notUseful(),
                        100 * row.rejectedShare(),
                        row.summaryOnly() ? "  -> summary" : ""));
              }
            });
    return out.length() == 0 ? "no comments recorded yet\n" : out.toString();
  }

  private Row row(RuleStats s) {
    return new Row(
        s.ruleId(),
        s.posted(),
        s.open(),
        s.fixed(),
        s.dismissed(),
        s.notUseful(),
        s.share(s.fixed()),
        s.share(s.rejected()),
        policy.demotes(s));
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break. */
  private static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
