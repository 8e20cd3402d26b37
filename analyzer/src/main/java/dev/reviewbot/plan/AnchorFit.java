package dev.reviewbot.plan;

import java.util.Optional;

/**
 * The platform's say on where a comment may sit, e.g. GitHub's "inside a hunk of the diff". Given
 * the anchor a finding asks for, returns the anchor to use (the same, or a narrower one) or empty
 * when the finding cannot be commented inline at all.
 */
@FunctionalInterface
public interface AnchorFit {
  /** Every anchor fits as asked, e.g. for a preview with no diff at hand. */
  AnchorFit ANY = Optional::of;

  Optional<Anchor> fit(Anchor wanted);
}
