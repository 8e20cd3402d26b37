package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleLinks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary comment: counts, what could not be inlined, extra sections, files not analyzed and
 * rule crashes, under a size limit. When the limit cuts it short, an explicit line says how much
 * was left out.
 */
public final class SummaryRenderer {
  /** GitHub's limit for an issue comment body. */
  public static final int GITHUB_COMMENT_LIMIT = 65_536;

  /** GitHub's limit for a check run's output summary. */
  public static final int GITHUB_CHECK_SUMMARY_LIMIT = 65_535;

  private static final int RESERVE = 200;

  private final RuleLinks links;
  private final int limit;

  public SummaryRenderer(RuleLinks links, int limit) {
    if (limit < 1_000) {
      throw new IllegalArgumentException("summary limit too small: " + limit);
    }
    this.links = links;
    this.limit = limit;
  }

  public String render(ReviewPlan plan, Selection selection, SummaryFacts facts) {
    StringBuilder head = new StringBuilder(2_048);
    head.append(Markers.summary()).append('\n');
    head.append("### reviewbot\n\n");
    head.append(overview(plan, selection, facts)).append('\n');
    for (String note : facts.notes()) {
      head.append("\n> ").append(MarkdownText.escape(note)).append('\n');
    }

    Bounded tail = new Bounded(limit / 2);
    for (SummarySection section : plan.sections()) {
      tail.block(
          "\n#### "
              + MarkdownText.escape(section.title())
              + "\n\n"
              + section.markdown().strip()
              + "\n",
          "section \u201c" + section.title() + "\u201d");
    }
    listNotices(tail, plan.notices());
    listCrashes(tail, plan.crashes());

    Bounded body = new Bounded(limit - RESERVE - tail.length() - head.length());
    countsTable(body, plan);
    listNotInline(body, plan, selection);

    StringBuilder out =
        new StringBuilder(limit).append(head).append(body.text()).append(tail.text());
    int omittedFindings = body.omittedItems + tail.omittedItems;
    List<String> omittedBlocks = new ArrayList<>(body.omittedBlocks);
    omittedBlocks.addAll(tail.omittedBlocks);
    if (omittedFindings > 0 || !omittedBlocks.isEmpty()) {
      out.append("\n**")
          .append(omittedFindings)
          .append(" more not shown**")
          .append(
              omittedBlocks.isEmpty()
                  ? ""
                  : " (and " + omittedBlocks.size() + " section(s) left out)")
          .append(": this summary is limited to ")
          .append(String.format("%,d", limit))
          .append(" characters.\n");
    }
    return out.toString();
  }

  private String overview(ReviewPlan plan, Selection selection, SummaryFacts facts) {
    String sha =
        plan.headSha() == null ? "the change" : MarkdownText.code(shortSha(plan.headSha()));
    StringBuilder text = new StringBuilder(256);
    int total = plan.findingCount();
    if (total == 0) {
      text.append("No findings on ").append(sha).append('.');
    } else {
      text.append("**")
          .append(total)
          .append(total == 1 ? " finding" : " findings")
          .append("** on ")
          .append(sha)
          .append(": ")
          .append(plan.count(Severity.ERROR))
          .append(" error(s), ")
          .append(plan.count(Severity.WARNING))
          .append(" warning(s), ")
          .append(plan.count(Severity.INFO))
          .append(" info.");
      text.append(
          plan.fails() ? " Fails at " + MarkdownText.code(plan.policy().failOn().id()) + "." : "");
    }
    text.append("\n\n")
        .append(selection.inline().size())
        .append(" new inline comment(s), ")
        .append(selection.alreadyPosted().size())
        .append(" finding(s) already commented on earlier, ")
        .append(facts.resolved())
        .append(" earlier comment(s) resolved.");
    if (plan.hiddenByFilter() > 0) {
      text.append(' ')
          .append(plan.hiddenByFilter())
          .append(" finding(s) outside the changed lines not shown (filter mode).");
    }
    return text.toString();
  }

  private void countsTable(Bounded out, ReviewPlan plan) {
    if (plan.counts().isEmpty()) {
      return;
    }
    Map<String, Map<Severity, Integer>> byRule = new LinkedHashMap<>();
    plan.counts()
        .forEach(
            c ->
                byRule
                    .computeIfAbsent(c.ruleId(), id -> new EnumMap<>(Severity.class))
                    .merge(c.severity(), c.count(), Integer::sum));
    out.block("\n| Rule | Errors | Warnings | Info |\n|---|---:|---:|---:|\n", "counts table");
    // a | inside a cell, even in code, would split it
    byRule.forEach(
        (rule, n) ->
            out.block(
                "| "
                    + links.markdown(rule).replace("|", "\\|")
                    + " | "
                    + n.getOrDefault(Severity.ERROR, 0)
                    + " | "
                    + n.getOrDefault(Severity.WARNING, 0)
                    + " | "
                    + n.getOrDefault(Severity.INFO, 0)
                    + " |\n",
                null));
  }

  private void listNotInline(Bounded out, ReviewPlan plan, Selection selection) {
    if (!plan.summaryOnly().isEmpty()) {
      out.block("\n#### For the reviewer (" + plan.summaryOnly().size() + ")\n", null);
      Map<String, List<Finding>> byRule = new java.util.TreeMap<>();
      plan.summaryOnly()
          .forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
      byRule.forEach((rule, findings) -> group(out, links.markdown(rule), findings));
    }
    int notInline = selection.unanchored().size() + selection.overBudget().size();
    if (notInline == 0) {
      return;
    }
    out.block("\n#### Not posted inline (" + notInline + ")\n", null);
    group(out, "Outside the diff GitHub can comment on", selection.unanchored());
    group(
        out,
        "Over the budget of " + plan.policy().commentBudget() + " inline comments per review",
        selection.overBudget());
  }

  private void group(Bounded out, String title, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    if (!out.block("\n" + title + " (" + findings.size() + "):\n\n", null)) {
      out.omittedItems += findings.size();
      return;
    }
    for (Finding finding : findings) {
      out.item(item(finding));
    }
  }

  private String item(Finding finding) {
    StringBuilder line =
        new StringBuilder(200)
            .append("- **")
            .append(CommentRenderer.label(finding.severity()))
            .append("** ")
            .append(links.markdown(finding.ruleId()));
    if (finding.path() != null) {
      line.append(' ')
          .append(
              MarkdownText.code(
                  finding.path() + (finding.lines() == null ? "" : ":" + finding.lines())));
    }
    return line.append(' ')
        .append(MarkdownText.escapeKeepingCode(finding.message()))
        .append('\n')
        .toString();
  }

  private static void listNotices(Bounded out, List<Notice> notices) {
    listNotices(
        out, "Files not analyzed", notices.stream().filter(n -> !n.advisoryNotice()).toList());
    listNotices(out, "Notices", notices.stream().filter(Notice::advisoryNotice).toList());
  }

  private static void listNotices(Bounded out, String heading, List<Notice> notices) {
    if (notices.isEmpty()) {
      return;
    }
    out.block("\n#### " + heading + " (" + notices.size() + ")\n\n", null);
    for (Notice notice : notices) {
      String where =
          notice.path()
              + (notice.line() > 0
                  ? ":" + notice.line() + (notice.column() > 0 ? ":" + notice.column() : "")
                  : "");
      out.item(
          "- " + MarkdownText.code(where) + " " + MarkdownText.escape(notice.message()) + "\n");
    }
  }

  private void listCrashes(Bounded out, List<RuleCrash> crashes) {
    if (crashes.isEmpty()) {
      return;
    }
    out.block(
        "\n#### Rule crashes ("
            + crashes.size()
            + ")\n\nThese rules failed; their findings may be missing. Please report it.\n\n",
        null);
    for (RuleCrash crash : crashes) {
      String origin = RuleDescriptor.originLabel(crash.origin());
      out.item(
          "- "
              + links.markdown(crash.ruleId())
              + (origin.isEmpty() ? "" : " (" + MarkdownText.escape(origin) + ")")
              + (crash.path() == null ? "" : " on " + MarkdownText.code(crash.path()))
              + ": "
              + MarkdownText.code(crash.exception())
              + "\n");
    }
  }

  static String shortSha(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }

  /** Text under a character budget that counts what it had to leave out. */
  private static final class Bounded {
    private final StringBuilder text = new StringBuilder();
    private final int budget;
    private int omittedItems;
    private final List<String> omittedBlocks = new ArrayList<>();

    Bounded(int budget) {
      this.budget = Math.max(0, budget);
    }

    /**
     * @param what names the block in the "left out" count; {@code null} for headings and rows
     */
    boolean block(String markdown, String what) {
      if (text.length() + markdown.length() > budget) {
        if (what != null) {
          omittedBlocks.add(what);
        }
        return false;
      }
      text.append(markdown);
      return true;
    }

    void item(String markdown) {
      if (omittedItems > 0 || text.length() + markdown.length() > budget) {
        omittedItems++;
      } else {
        text.append(markdown);
      }
    }

    int length() {
      return text.length();
    }

    String text() {
      return text.toString();
    }
  }
}
