package dev.reviewbot.pipeline;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.baseline.Baseline;
import dev.reviewbot.baseline.BaselineSetting;
import dev.reviewbot.baseline.Baselined;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.engine.AnalysisProgress;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one path of a review, shared by the command line, the Action, the Maven plugin and the bot:
 * enrich the change (coverage), run the rules, mark the findings by the diff filter, take out the
 * baseline. What happens to the {@link ReviewResult} is the caller's choice of {@link ReviewSink}s.
 * Immutable: each {@code with} returns a new pipeline.
 */
public final class ReviewPipeline {
  private final RuleRegistry registry;
  private final ReviewConfig config;
  private final List<Enricher> enrichers;
  private final List<SummarySection> sections;
  private final Supplier<Optional<Baseline>> baseline;
  private final AnalysisProgress progress;

  /** A pipeline with the configuration's {@code baseline:}, if any, and no enrichers. */
  public ReviewPipeline(RuleRegistry registry, ReviewConfig config) {
    this(registry, config, List.of(), List.of(), () -> configured(config), AnalysisProgress.NONE);
  }

  private ReviewPipeline(
      RuleRegistry registry,
      ReviewConfig config,
      List<Enricher> enrichers,
      List<SummarySection> sections,
      Supplier<Optional<Baseline>> baseline,
      AnalysisProgress progress) {
    this.registry = registry;
    this.config = config;
    this.enrichers = List.copyOf(enrichers);
    this.sections = List.copyOf(sections);
    this.baseline = baseline;
    this.progress = progress;
  }

  /** Also runs {@code enricher} before the rules. */
  public ReviewPipeline enrichedBy(Enricher enricher) {
    List<Enricher> more = new ArrayList<>(enrichers);
    more.add(enricher);
    return new ReviewPipeline(registry, config, more, sections, baseline, progress);
  }

  /**
   * Also measures the coverage of the changed lines, when {@code options} ask for it; paths resolve
   * against {@code workTree}, and test code is what the configuration says.
   */
  public ReviewPipeline withCoverage(Optional<CoverageOptions> options, Path workTree) {
    return options
        .map(o -> enrichedBy(new CoverageEnricher(o, workTree, config::isTestCode)))
        .orElse(this);
  }

  /** Also puts {@code more} in the summary, before the enrichers' sections. */
  public ReviewPipeline withSections(List<SummarySection> more) {
    List<SummarySection> all = new ArrayList<>(sections);
    all.addAll(more);
    return new ReviewPipeline(registry, config, enrichers, all, baseline, progress);
  }

  /** Takes out {@code replacement}'s findings instead of the configuration's baseline. */
  public ReviewPipeline withBaseline(Baseline replacement) {
    return new ReviewPipeline(
        registry, config, enrichers, sections, () -> Optional.of(replacement), progress);
  }

  /** Keeps every finding, whatever the configuration's baseline holds. */
  public ReviewPipeline withoutBaseline() {
    return new ReviewPipeline(registry, config, enrichers, sections, Optional::empty, progress);
  }

  /** Tells {@code listener} as files are analyzed. */
  public ReviewPipeline withProgress(AnalysisProgress listener) {
    return new ReviewPipeline(registry, config, enrichers, sections, baseline, listener);
  }

  public ReviewResult run(ChangeSet change) {
    Enrichment enrichment = Enrichment.NONE;
    for (Enricher enricher : enrichers) {
      enrichment = enrichment.plus(enricher.enrich(change));
    }
    ReviewOutcome outcome = analyze(change, enrichment).withNotices(enrichment.notices());
    Baselined baselined =
        baseline.get().map(b -> b.apply(outcome)).orElseGet(() -> Baselined.none(outcome));
    List<SummarySection> allSections = new ArrayList<>(sections);
    allSections.addAll(enrichment.sections());
    return new ReviewResult(
        baselined.outcome(),
        baselined.report(),
        config,
        config.registry(registry).all(),
        enrichment.attachments(),
        allSections);
  }

  private ReviewOutcome analyze(ChangeSet change, Enrichment enrichment) {
    AnalysisResult analysis =
        new Analyzer(registry, config, Runtime.getRuntime().availableProcessors(), progress)
            .analyze(change, enrichment.attachments());
    Map<String, ChangedLines> changedLines = new HashMap<>();
    for (ChangedFile file : change.files()) {
      changedLines.put(file.path(), file.changedLines());
    }
    return new ReviewOutcome(
        change,
        analysis,
        new DiffFilter(config.filterMode()).mark(analysis.findings(), changedLines));
  }

  private static Optional<Baseline> configured(ReviewConfig config) {
    BaselineSetting setting = config.section(BaselineSetting.SECTION);
    return setting == null ? Optional.empty() : Optional.of(setting.load());
  }
}
