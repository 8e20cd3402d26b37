package dev.reviewbot.engine;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.HashMap;
import java.util.Map;

/**
 * The core pipeline, shared by the CLI, the Action and the bot: analyze a change, then mark by the
 * diff.
 */
public final class Review {
  private final RuleRegistry registry;
  private final ReviewConfig config;
  private final AnalysisProgress progress;

  public Review(RuleRegistry registry, ReviewConfig config) {
    this(registry, config, AnalysisProgress.NONE);
  }

  private Review(RuleRegistry registry, ReviewConfig config, AnalysisProgress progress) {
    this.registry = registry;
    this.config = config;
    this.progress = progress;
  }

  /** The same review, telling {@code progress} as files are analyzed. */
  public Review withProgress(AnalysisProgress progress) {
    return new Review(registry, config, progress);
  }

  public ReviewOutcome run(ChangeSet change) {
    return run(change, Attachments.none());
  }

  /** As {@link #run(ChangeSet)}, the change rules seeing {@code attachments} (e.g. coverage). */
  public ReviewOutcome run(ChangeSet change, Attachments attachments) {
    AnalysisResult analysis =
        new Analyzer(registry, config, Runtime.getRuntime().availableProcessors(), progress)
            .analyze(change, attachments);
    Map<String, ChangedLines> changedLines = new HashMap<>();
    for (ChangedFile file : change.files()) {
      changedLines.put(file.path(), file.changedLines());
    }
    return new ReviewOutcome(
        change,
        analysis,
        new DiffFilter(config.filterMode()).mark(analysis.findings(), changedLines));
  }
}
