package dev.reviewbot.diff;

import dev.reviewbot.api.Finding;

/**
 * A finding with its place relative to the diff and whether the filter mode keeps it. The filter
 * marks rather than drops, so a summary can still count what it hid.
 */
public record MarkedFinding(Finding finding, DiffPlacement placement, boolean shown) {}
