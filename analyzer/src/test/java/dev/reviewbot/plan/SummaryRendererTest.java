package dev.reviewbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.registry.RuleLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SummaryRendererTest {
  private static final RuleLinks LINKS = new RuleLinks("https://docs.example/rules/");

  @Test
  void summarizesCountsWhatWasNotInlinedSectionsNoticesAndCrashes() {
    List<Finding> findings =
        new ArrayList<>(
            List.of(
                TestFindings.at("argument-count", Severity.ERROR, "src/A.java", 3),
                TestFindings.warning("shared-mutable-state", "src/A.java", 9),
                TestFindings.warning("shared-mutable-state", "src/Far.java", 400),
                TestFindings.changeLevel("pr-size", "This change adds 1,200 lines in 40 files")));
    AnalysisResult analysis =
        new AnalysisResult(
            findings,
            List.of(new Notice("src/Broken.java", 3, 14, "Parse error. Found \"}\"")),
            List.of(
                new RuleCrash(
                    "argument-count",
                    "src/C.java",
                    "java.lang.IllegalStateException: boom",
                    "trace")),
            3);
    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults().withCommentBudget(1))
            .plan(
                analysis,
                TestFindings.allShown(findings),
                "07374fe73aff1c2024a8d4114b32406c7a8e89b7",
                List.of(
                    new SummarySection(
                        "Patch coverage",
                        "| File | Covered |\n|---|---:|\n| `src/A.java` | 80% |")));
    AnchorFit firstHundredLines = a -> a.line() <= 100 ? Optional.of(a) : Optional.empty();

    String summary =
        new SummaryRenderer(LINKS, SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(
                plan,
                plan.select(firstHundredLines, Set.of()),
                new SummaryFacts(2, List.of("Only the first 3000 files were reviewed")));

    Golden.assertMatches("summary.md", summary);
    assertThat(Markers.isSummary(summary)).isTrue();
    assertThat(Markers.fingerprintsIn(summary))
        .as("the summary must not claim findings as posted")
        .isEmpty();
  }

  @Test
  void namesThePluginOfACrashedRule() {
    AnalysisResult analysis =
        new AnalysisResult(
            List.of(),
            List.of(),
            List.of(
                new RuleCrash(
                    "house-no-date",
                    "src/C.java",
                    "java.lang.NullPointerException: no scope",
                    "trace",
                    "house-rules.jar")),
            1);
    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults())
            .plan(analysis, List.of(), "07374fe73aff1c2024a8d4114b32406c7a8e89b7", List.of());

    String summary =
        new SummaryRenderer(LINKS, SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(plan, plan.select(AnchorFit.ANY, Set.of()), SummaryFacts.none());

    assertThat(summary)
        .contains(
            "(plugin house-rules.jar) on `src/C.java`: `java.lang.NullPointerException: no scope`");
  }

  @Test
  void namesTheThirtyFiveFindingsBeyondTheBudgetOfTwentyFive() {
    List<Finding> sixty = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sixty.add(
          TestFindings.warning(
              String.format("rule-%02d", i / 3), "src/F" + (i % 3) + ".java", 10 + i));
    }
    ReviewPlan plan = TestFindings.plan(ReviewPolicy.defaults(), sixty);
    Selection selection = plan.select(AnchorFit.ANY, Set.of());

    String summary =
        new SummaryRenderer(LINKS, SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(plan, selection, SummaryFacts.none());

    assertThat(summary).contains("Over the budget of 25 inline comments per review (35):");
    for (Finding finding : selection.overBudget()) {
      assertThat(summary)
          .contains(
              "`"
                  + finding.path()
                  + ":"
                  + finding.line()
                  + "` "
                  + MarkdownText.escape(finding.message()));
    }
    for (InlineComment comment : selection.inline()) {
      assertThat(summary)
          .doesNotContain("`" + comment.lead().path() + ":" + comment.lead().line() + "`");
    }
  }

  @Test
  void staysUnderTheLimitAndSaysHowManyMoreWereNotShown() {
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(
          TestFindings.warning(
              "rule-" + (i % 40),
              "src/main/java/very/long/package/name/File" + i + ".java",
              i + 1));
    }
    ReviewPlan plan = TestFindings.plan(ReviewPolicy.defaults(), many);
    Selection selection = plan.select(AnchorFit.ANY, Set.of());

    String summary =
        new SummaryRenderer(LINKS, SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(plan, selection, SummaryFacts.none());

    assertThat(summary.length()).isLessThanOrEqualTo(SummaryRenderer.GITHUB_COMMENT_LIMIT);
    Matcher more = Pattern.compile("\\*\\*(\\d+) more not shown\\*\\*").matcher(summary);
    assertThat(more.find()).isTrue();
    long listed = summary.lines().filter(l -> l.startsWith("- **Warning**")).count();
    assertThat(listed + Integer.parseInt(more.group(1))).isEqualTo(selection.notInline().size());
  }

  @Test
  void leavesOutAnOversizedSectionAndSaysSo() {
    ReviewPlan plan =
        TestFindings.plan(ReviewPolicy.defaults(), List.of())
            .withSection(new SummarySection("Huge", "x".repeat(40_000)));

    String summary =
        new SummaryRenderer(LINKS, SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(plan, plan.select(AnchorFit.ANY, Set.of()), SummaryFacts.none());

    assertThat(summary)
        .doesNotContain("#### Huge")
        .contains("**0 more not shown** (and 1 section(s) left out)");
  }

  @Test
  void saysSoWhenThereAreNoFindings() {
    ReviewPlan plan = TestFindings.plan(ReviewPolicy.defaults(), List.of());
    String summary =
        new SummaryRenderer(LINKS, SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(plan, plan.select(AnchorFit.ANY, Set.of()), SummaryFacts.none());
    assertThat(summary).contains("No findings on `07374fe73aff`.").doesNotContain("more not shown");
  }
}
