package dev.reviewbot.maven.internal;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.engine.ReviewOutcome;
import java.util.Optional;

/**
 * What one review produced, for the reports and the verdict.
 *
 * @param config the configuration it ran with (its added rules are described in the reports)
 * @param coverage the change's patch coverage; empty when no coverage data was found or asked for
 */
public record Reviewed(
    ReviewOutcome outcome, ReviewConfig config, Optional<PatchCoverage> coverage) {}
