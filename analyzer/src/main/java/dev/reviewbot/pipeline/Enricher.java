package dev.reviewbot.pipeline;

import dev.reviewbot.source.ChangeSet;

/**
 * Computes, before the rules run, what they cannot compute from the sources alone, e.g. the
 * coverage of the changed lines from JaCoCo reports.
 */
@FunctionalInterface
public interface Enricher {
  Enrichment enrich(ChangeSet change);
}
