package dev.reviewbot.pipeline;

import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.coverage.PatchCoverageCalculator;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.source.ChangeSet;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Measures the change's added lines against JaCoCo data: the {@code coverage-delta} rule reads the
 * {@link PatchCoverage}, reports name the inputs that could not be read, the summary shows the
 * table.
 *
 * @param workTree where the reports' paths and the sources are resolved
 * @param isTestCode which paths are tests (their lines are not measured)
 */
public record CoverageEnricher(CoverageOptions options, Path workTree, Predicate<String> isTestCode)
    implements Enricher {
  /** The summary section's title, the same wherever the table is shown. */
  public static final String TITLE = "Coverage of the changed lines";

  @Override
  public Enrichment enrich(ChangeSet change) {
    PatchCoverage coverage = PatchCoverageCalculator.compute(change, workTree, options, isTestCode);
    return new Enrichment(
        Attachments.of(PatchCoverage.class, coverage),
        coverage.problems(),
        List.of(new SummarySection(TITLE, coverage.toMarkdownTable())));
  }
}
