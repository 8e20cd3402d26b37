package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import java.util.Objects;

/** A finding that could be an inline comment, with the anchor it asks for (its own lines). */
public record InlineCandidate(Finding finding, Anchor anchor) {
  public InlineCandidate {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(anchor, "anchor");
  }

  static InlineCandidate of(Finding finding) {
    return new InlineCandidate(
        finding, new Anchor(finding.path(), finding.lines().start(), finding.lines().end()));
  }
}
