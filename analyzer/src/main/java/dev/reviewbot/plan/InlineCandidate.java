package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A finding that could be an inline comment, with the anchor it asks for (its own lines) and how
 * its fix would show (empty when it has none, or the file's text was not at hand).
 */
public record InlineCandidate(Finding finding, Anchor anchor, List<FixPreview> previews) {
  public InlineCandidate {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(anchor, "anchor");
    previews = previews == null ? List.of() : List.copyOf(previews);
  }

  public InlineCandidate(Finding finding, Anchor anchor) {
    this(finding, anchor, List.of());
  }

  static InlineCandidate of(Finding finding, List<FixPreview> previews) {
    return new InlineCandidate(
        finding,
        new Anchor(finding.path(), finding.lines().start(), finding.lines().end()),
        previews);
  }
}
