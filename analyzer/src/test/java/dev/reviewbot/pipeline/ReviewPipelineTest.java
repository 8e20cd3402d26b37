package dev.reviewbot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.baseline.Baseline;
import dev.reviewbot.baseline.BaselineFile;
import dev.reviewbot.baseline.BaselineSetting;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPipelineTest {
  private static final String PATH = "src/main/java/A.java";
  private static final RuleRegistry RULES = RuleRegistry.ofClasses(FlagAttached.class);
  private static final ReviewConfig NO_FILTER =
      ReviewConfig.builder().filterMode(FilterMode.NOFILTER).build();

  /** What an enricher computed: the paths to flag. */
  record Flags(List<String> paths) {}

  @RuleInfo(id = "flag-attached", summary = "Flags line 1 of attached paths", since = "test")
  public static final class FlagAttached implements ChangeRule {
    @Override
    public void check(ChangeContext context) {
      context
          .attachment(Flags.class)
          .ifPresent(
              flags ->
                  flags
                      .paths()
                      .forEach(
                          path -> context.report(path, new LineRange(1, 1), "x", "flagged", null)));
    }
  }

  private static final Enricher FLAG_A =
      change ->
          new Enrichment(
              Attachments.of(Flags.class, new Flags(List.of(PATH))),
              List.of(new Notice("flags.txt", 0, 0, "one line was unreadable")),
              List.of(new SummarySection("Flags", "1 path flagged")));

  private static ChangeSet change(String headCommit) {
    FileDiff diff = new FileDiff(PATH, PATH, ChangeKind.MODIFIED, false, null, null, List.of());
    return new ChangeSet(
        "main",
        "HEAD",
        headCommit,
        List.of(new ChangedFile(PATH, PATH, ChangeKind.MODIFIED, diff, "", "class A {}\n", false)));
  }

  @Test
  void enrichersFeedTheRulesTheNoticesAndTheSummary() {
    ReviewResult result =
        new ReviewPipeline(RULES, NO_FILTER)
            .withSections(List.of(new SummarySection("Size", "small")))
            .enrichedBy(FLAG_A)
            .run(change(null));

    assertThat(result.outcome().shown())
        .extracting(m -> m.finding().message())
        .containsExactly("flagged");
    assertThat(result.outcome().analysis().notices())
        .extracting(Notice::message)
        .containsExactly("one line was unreadable");
    assertThat(result.sections())
        .extracting(SummarySection::title)
        .containsExactly("Size", "Flags");
    assertThat(result.attachments().get(Flags.class)).isPresent();
    assertThat(result.coverage()).isEmpty();
  }

  @Test
  void withoutEnrichersTheRulesSeeNoAttachment() {
    ReviewResult result = new ReviewPipeline(RULES, NO_FILTER).run(change(null));

    assertThat(result.outcome().shown()).isEmpty();
    assertThat(result.sections()).isEmpty();
  }

  @Test
  void laterEnrichersAddToEarlierOnes() {
    Enricher sectionOnly =
        change ->
            new Enrichment(
                Attachments.none(), List.of(), List.of(new SummarySection("More", "text")));

    ReviewResult result =
        new ReviewPipeline(RULES, NO_FILTER)
            .enrichedBy(FLAG_A)
            .enrichedBy(sectionOnly)
            .run(change(null));

    assertThat(result.outcome().shown()).hasSize(1);
    assertThat(result.sections())
        .extracting(SummarySection::title)
        .containsExactly("Flags", "More");
  }

  @Test
  void aGivenBaselineTakesOutItsFindingsAndTheResultSaysSo() {
    ReviewPipeline pipeline = new ReviewPipeline(RULES, NO_FILTER).enrichedBy(FLAG_A);
    Baseline baseline = Baseline.of(pipeline.run(change(null)).outcome().analysis().findings());

    ReviewResult result = pipeline.withBaseline(baseline).run(change(null));

    assertThat(result.outcome().shown()).isEmpty();
    assertThat(result.baseline().applied()).isTrue();
    assertThat(result.baseline().baselined()).isEqualTo(1);
    assertThat(result.fails()).isFalse();
  }

  @Test
  void theConfigurationsBaselineAppliesUnlessTheCallerOptsOut(@TempDir Path dir)
      throws IOException {
    Baseline baseline =
        Baseline.of(
            new ReviewPipeline(RULES, NO_FILTER)
                .enrichedBy(FLAG_A)
                .run(change(null))
                .outcome()
                .analysis()
                .findings());
    BaselineFile.write(baseline, dir.resolve("baseline.json"));
    Files.writeString(
        dir.resolve(".reviewbot.yml"), "baseline: baseline.json\nfilter-mode: nofilter\n");
    ReviewConfig config =
        new ConfigLoader(RULES)
            .withSection(BaselineSetting.SECTION)
            .load(dir.resolve(".reviewbot.yml"));
    ReviewPipeline pipeline = new ReviewPipeline(RULES, config).enrichedBy(FLAG_A);

    assertThat(pipeline.run(change(null)).outcome().shown()).isEmpty();
    assertThat(pipeline.withoutBaseline().run(change(null)).outcome().shown()).hasSize(1);
  }

  @Test
  void coverageIsMeasuredOnlyWhenOptionsAskForIt(@TempDir Path dir) {
    ReviewPipeline pipeline = new ReviewPipeline(RULES, NO_FILTER);
    Path missing = dir.resolve("jacoco.xml");

    ReviewResult without = pipeline.withCoverage(Optional.empty(), dir).run(change(null));
    ReviewResult with =
        pipeline
            .withCoverage(Optional.of(CoverageOptions.ofReports(List.of(missing))), dir)
            .run(change(null));

    assertThat(without.coverage()).isEmpty();
    assertThat(without.sections()).isEmpty();
    assertThat(with.coverage()).isPresent();
    assertThat(with.sections())
        .extracting(SummarySection::title)
        .containsExactly(CoverageEnricher.TITLE);
    assertThat(with.outcome().analysis().notices())
        .extracting(Notice::path)
        .anyMatch(path -> path != null && path.endsWith("jacoco.xml"));
  }

  @Test
  void aPlanNeedsACommitAsTheHead() {
    ReviewPipeline pipeline = new ReviewPipeline(RULES, NO_FILTER).enrichedBy(FLAG_A);

    assertThat(pipeline.run(change("0123abcd")).plan(ReviewPolicy.defaults()).headSha())
        .isEqualTo("0123abcd");
    assertThatThrownBy(() -> pipeline.run(change(null)).plan(ReviewPolicy.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HEAD");
  }

  @Test
  void firstOfStopsAtTheFirstSinkThatDelivers() throws IOException {
    List<String> calls = new ArrayList<>();
    ReviewSink refuses = result -> calls.add("refuses") && false;
    ReviewSink delivers = result -> calls.add("delivers");
    ReviewSink unused = result -> calls.add("unused");

    boolean delivered =
        ReviewSink.firstOf(refuses, delivers, unused)
            .deliver(new ReviewPipeline(RULES, NO_FILTER).run(change(null)));

    assertThat(delivered).isTrue();
    assertThat(calls).containsExactly("refuses", "delivers");
  }

  @Test
  void allRunsEverySinkAndDeliversOnlyWhenEachDid() throws IOException {
    List<String> calls = new ArrayList<>();
    ReviewSink refuses = result -> calls.add("refuses") && false;
    ReviewSink delivers = result -> calls.add("delivers");

    boolean delivered =
        ReviewSink.all(refuses, delivers)
            .deliver(new ReviewPipeline(RULES, NO_FILTER).run(change(null)));

    assertThat(delivered).isFalse();
    assertThat(calls).containsExactly("refuses", "delivers");
  }
}
