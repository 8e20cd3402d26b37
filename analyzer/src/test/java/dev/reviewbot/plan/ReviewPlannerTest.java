package dev.reviewbot.plan;

import static dev.reviewbot.plan.TestFindings.at;
import static dev.reviewbot.plan.TestFindings.changeLevel;
import static dev.reviewbot.plan.TestFindings.plan;
import static dev.reviewbot.plan.TestFindings.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewPlannerTest {

  @Test
  void sendsChangeLevelFindingsToTheSummaryOnly() {
    ReviewPlan plan =
        plan(
            ReviewPolicy.defaults(),
            List.of(
                changeLevel("pr-size", "This change adds 900 lines"),
                warning("argument-count", "src/A.java", 3)));

    assertThat(plan.summaryOnly()).extracting(Finding::ruleId).containsExactly("pr-size");
    assertThat(plan.candidates())
        .extracting(c -> c.anchor().toString())
        .containsExactly("src/A.java:3");
    assertThat(plan.select(AnchorFit.ANY, Set.of()).inline())
        .extracting(c -> c.lead().ruleId())
        .containsExactly("argument-count");
  }

  @Test
  void sendsEveryFindingOfASummaryRuleToTheSummaryAndKeepsTheOthersInline() {
    List<Finding> findings =
        List.of(
            warning("argument-count", "src/A.java", 3),
            warning("argument-count", "src/B.java", 7),
            warning("long-method", "src/A.java", 10));

    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults())
            .withSummaryRules(Set.of("argument-count"))
            .plan(
                new AnalysisResult(findings, List.of(), List.of(), 1),
                TestFindings.allShown(findings),
                "abc",
                List.of());

    assertThat(plan.summaryOnly())
        .extracting(Finding::ruleId, Finding::isInline)
        .containsExactly(tuple("argument-count", false), tuple("argument-count", false));
    assertThat(plan.candidates())
        .extracting(c -> c.finding().ruleId())
        .containsExactly("long-method");
    assertThat(plan.fingerprints())
        .as("still findings of the review, so their earlier comments are not marked fixed")
        .hasSize(3);
  }

  @Test
  void takesOnlyTheFindingsTheFilterShowsAndCountsTheHiddenOnes() {
    Finding onAddedLine = warning("argument-count", "src/A.java", 3);
    Finding onOldLine = warning("argument-count", "src/A.java", 40);
    List<MarkedFinding> marked =
        new DiffFilter(FilterMode.ADDED)
            .mark(
                List.of(onAddedLine, onOldLine), Map.of("src/A.java", TestFindings.addedLines(3)));

    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults())
            .plan(
                new AnalysisResult(List.of(onAddedLine, onOldLine), List.of(), List.of(), 1),
                marked,
                "abc",
                List.of());

    assertThat(plan.findings()).containsExactly(onAddedLine);
    assertThat(plan.hiddenByFilter()).isEqualTo(1);
  }

  @Test
  void ranksBySeverityThenRuleThenPathThenLine() {
    ReviewPlan plan =
        plan(
            ReviewPolicy.defaults(),
            List.of(
                warning("b-rule", "src/A.java", 9),
                at("z-rule", Severity.ERROR, "src/Z.java", 1),
                warning("a-rule", "src/B.java", 1),
                warning("a-rule", "src/A.java", 20),
                warning("a-rule", "src/A.java", 4),
                at("a-rule", Severity.INFO, "src/A.java", 1)));

    assertThat(plan.candidates())
        .extracting(c -> c.finding().ruleId() + " " + c.anchor())
        .containsExactly(
            "z-rule src/Z.java:1",
            "a-rule src/A.java:4",
            "a-rule src/A.java:20",
            "a-rule src/B.java:1",
            "b-rule src/A.java:9",
            "a-rule src/A.java:1");
  }

  @Test
  void anchorsAMultiLineFindingOnItsWholeRange() {
    Finding finding =
        new Finding(
            "argument-count",
            Severity.WARNING,
            "src/A.java",
            new dev.reviewbot.api.LineRange(4, 7),
            "too many",
            "fp",
            null);
    ReviewPlan plan = plan(ReviewPolicy.defaults(), List.of(finding));
    assertThat(plan.candidates())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.anchor()).isEqualTo(new Anchor("src/A.java", 4, 7));
              assertThat(c.anchor().isMultiLine()).isTrue();
            });
  }

  @Test
  void keepsTwentyFiveOfSixtyFindingsInlineAndTheOtherThirtyFiveForTheSummary() {
    List<Finding> sixty = new ArrayList<>();
    for (int rule = 0; rule < 20; rule++) {
      for (int file = 0; file < 3; file++) {
        sixty.add(warning(String.format("rule-%02d", rule), "src/F" + file + ".java", 10 + rule));
      }
    }
    Selection selection = plan(ReviewPolicy.defaults(), sixty).select(AnchorFit.ANY, Set.of());

    assertThat(selection.inline()).hasSize(25);
    assertThat(selection.overBudget()).hasSize(35);
    assertThat(selection.inline().get(0).lead().ruleId()).isEqualTo("rule-00");
    assertThat(selection.overBudget().get(34).ruleId()).isEqualTo("rule-19");
  }

  @Test
  void collapsesARuleBeyondThreePlacesIntoOneCommentListingTheOthers() {
    List<Finding> seven =
        IntStream.rangeClosed(1, 7)
            .mapToObj(i -> warning("shared-mutable-state", "src/A.java", i * 10))
            .toList();
    Selection selection = plan(ReviewPolicy.defaults(), seven).select(AnchorFit.ANY, Set.of());

    assertThat(selection.inline())
        .extracting(c -> c.anchor().line(), c -> c.repeats().size())
        .containsExactly(tuple(10, 0), tuple(20, 0), tuple(30, 0), tuple(40, 3));
    assertThat(selection.inline().get(3).repeats())
        .extracting(Finding::line)
        .containsExactly(50, 60, 70);
    assertThat(selection.inline().get(3).fingerprints()).hasSize(4);
    assertThat(selection.notInline()).isEmpty();
  }

  @Test
  void theSameFindingAtSeveralPlacesIsOneCommentListingThem() {
    List<Finding> findings =
        List.of(
            TestFindings.withMessage(
                "public-api-surface", "src/A.java", 5, "Adds public class `A.One` with 3 members"),
            TestFindings.withMessage(
                "public-api-surface",
                "src/A.java",
                15,
                "Adds public class `A.Two` with 12 members"),
            TestFindings.withMessage(
                "public-api-surface",
                "src/B.java",
                7,
                "Removes public method `b()`: callers stop compiling"),
            TestFindings.withMessage(
                "public-api-surface", "src/C.java", 9, "Adds public class \"C\" with 1 members"));
    Selection selection = plan(ReviewPolicy.defaults(), findings).select(AnchorFit.ANY, Set.of());

    assertThat(selection.inline())
        .extracting(c -> c.anchor().path(), c -> c.anchor().line(), c -> c.repeats().size())
        .containsExactly(tuple("src/A.java", 5, 2), tuple("src/B.java", 7, 0));
    assertThat(selection.inline().get(0).repeats())
        .extracting(Finding::path)
        .containsExactly("src/A.java", "src/C.java");
  }

  @Test
  void spendsTheBudgetOnTheMostValuableRulesFirstNotInFileOrder() {
    List<Finding> findings =
        List.of(
            warning("misleading-name", "src/A.java", 1),
            warning("argument-count", "src/A.java", 2),
            warning("public-api-surface", "src/Z.java", 90),
            warning("error-handling", "src/M.java", 50));
    Selection selection =
        plan(ReviewPolicy.defaults().withCommentBudget(2), findings)
            .select(AnchorFit.ANY, Set.of());

    assertThat(selection.inline())
        .extracting(c -> c.lead().ruleId())
        .containsExactly("public-api-surface", "error-handling");
    assertThat(selection.overBudget())
        .extracting(Finding::ruleId)
        .containsExactly("argument-count", "misleading-name");
  }

  @Test
  void listsPlacesBeyondFiftyRepeatsInTheSummaryInstead() {
    List<Finding> many =
        IntStream.rangeClosed(1, 60)
            .mapToObj(i -> warning("shared-mutable-state", "src/A.java", i))
            .toList();
    Selection selection = plan(ReviewPolicy.defaults(), many).select(AnchorFit.ANY, Set.of());

    assertThat(selection.inline()).hasSize(4);
    assertThat(selection.inline().get(3).repeats())
        .hasSize(CommentSelector.MAX_REPEATS_IN_ONE_COMMENT);
    assertThat(selection.overBudget())
        .extracting(Finding::line)
        .containsExactly(55, 56, 57, 58, 59, 60);
  }

  @Test
  void skipsFindingsAlreadyPostedWithoutSpendingTheBudgetOnThem() {
    List<Finding> findings =
        IntStream.rangeClosed(1, 4).mapToObj(i -> warning("rule-" + i, "src/A.java", i)).toList();
    ReviewPlan plan = plan(ReviewPolicy.defaults().withCommentBudget(2), findings);

    Selection selection = plan.select(AnchorFit.ANY, Set.of(findings.get(0).fingerprint()));

    assertThat(selection.alreadyPosted()).containsExactly(findings.get(0));
    assertThat(selection.inline())
        .extracting(c -> c.lead().ruleId())
        .containsExactly("rule-2", "rule-3");
    assertThat(selection.overBudget()).extracting(Finding::ruleId).containsExactly("rule-4");
  }

  @Test
  void sendsFindingsThePlatformCannotAnchorToTheSummaryAndUsesTheAnchorItGives() {
    List<Finding> findings =
        List.of(warning("a", "src/A.java", 5), warning("b", "src/A.java", 500));
    AnchorFit insideFirstHundredLines =
        wanted ->
            wanted.line() <= 100 ? Optional.of(Anchor.single(wanted.path(), 6)) : Optional.empty();

    Selection selection =
        plan(ReviewPolicy.defaults(), findings).select(insideFirstHundredLines, Set.of());

    assertThat(selection.inline())
        .extracting(c -> c.anchor().toString())
        .containsExactly("src/A.java:6");
    assertThat(selection.inline().get(0).anchoredOnOwnLines()).isFalse();
    assertThat(selection.unanchored()).extracting(Finding::ruleId).containsExactly("b");
  }

  @Test
  void countsShownFindingsByRuleAndSeverity() {
    ReviewPlan plan =
        plan(
            ReviewPolicy.defaults(),
            List.of(
                warning("b", "src/A.java", 1),
                warning("b", "src/A.java", 2),
                at("b", Severity.ERROR, "src/A.java", 3),
                at("a", Severity.INFO, "src/A.java", 4)));

    assertThat(plan.counts())
        .containsExactly(
            new RuleCount("a", Severity.INFO, 1),
            new RuleCount("b", Severity.ERROR, 1),
            new RuleCount("b", Severity.WARNING, 2));
  }

  @Test
  void carriesNoticesCrashesAndSectionsThrough() {
    AnalysisResult analysis =
        new AnalysisResult(
            List.of(),
            List.of(new Notice("src/Bad.java", 3, 7, "Parse error")),
            List.of(
                new RuleCrash(
                    "argument-count",
                    "src/A.java",
                    "java.lang.IllegalStateException: boom",
                    "trace")),
            2);
    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults())
            .plan(analysis, List.of(), "abc", List.of(new SummarySection("Coverage", "| a | b |")));

    assertThat(plan.notices()).hasSize(1);
    assertThat(plan.crashes()).hasSize(1);
    assertThat(plan.sections()).extracting(SummarySection::title).containsExactly("Coverage");
    assertThat(plan.withSection(new SummarySection("Size", "small")).sections()).hasSize(2);
  }

  @ParameterizedTest(name = "highest {0}, fail on {1} -> fails {2}")
  @CsvSource({
    "INFO,WARNING,false",
    "WARNING,WARNING,true",
    "ERROR,WARNING,true",
    "WARNING,ERROR,false",
    "INFO,INFO,true"
  })
  void failsWhenAShownFindingReachesTheFailLevel(Severity highest, Severity failOn, boolean fails) {
    ReviewPlan plan =
        plan(
            ReviewPolicy.defaults().withFailOn(failOn), List.of(at("a", highest, "src/A.java", 1)));
    assertThat(plan.fails()).isEqualTo(fails);
  }

  @Test
  void aPlanWithoutFindingsNeverFails() {
    assertThat(plan(ReviewPolicy.defaults().withFailOn(Severity.INFO), List.of()).fails())
        .isFalse();
  }
}
