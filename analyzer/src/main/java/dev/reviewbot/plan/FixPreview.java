package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.fix.FixApplier;
import dev.reviewbot.fix.SuggestedLines;
import dev.reviewbot.fix.UnifiedDiff;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A finding's fix as a review comment shows it, worked out while the file's text is at hand (a
 * review plan may be posted by another job, without it): the new text of the finding's lines when
 * the fix stays inside them, and the fix as a diff.
 *
 * @param description what the fix does
 * @param startLine first line of the finding
 * @param endLine last line of the finding
 * @param touchedStart first line the fix changes
 * @param touchedEnd last line the fix changes
 * @param after the new text of {@code startLine..endLine} (lines joined by {@code \n}), or {@code
 *     null} when the fix reaches outside them
 * @param diff the fix as unified-diff hunks, one line of context
 */
public record FixPreview(
    String description,
    int startLine,
    int endLine,
    int touchedStart,
    int touchedEnd,
    String after,
    String diff) {

  /** The preview of {@code finding}'s first fix in {@code content}, its file's head version. */
  public static Optional<FixPreview> of(String content, Finding finding) {
    if (!finding.hasFix() || finding.lines() == null || content == null) {
      return Optional.empty();
    }
    Fix fix = finding.fixes().get(0);
    Optional<LineRange> touched = SuggestedLines.touched(content, fix);
    String fixed = FixApplier.apply(content, List.of(fix)).content();
    if (touched.isEmpty() || fixed.equals(content)) {
      return Optional.empty();
    }
    LineRange lines = finding.lines();
    boolean inside = touched.get().start() >= lines.start() && touched.get().end() <= lines.end();
    String after = inside ? SuggestedLines.of(content, fix, lines).orElse(null) : null;
    String diff = UnifiedDiff.of(finding.path(), content, fixed, 1);
    // the comment shows hunks only: the file is the one commented on
    String hunks = diff.substring(diff.indexOf("@@"));
    return Optional.of(
        new FixPreview(
            fix.description(),
            lines.start(),
            lines.end(),
            touched.get().start(),
            touched.get().end(),
            after,
            hunks));
  }

  /**
   * The exact replacement for the anchored lines, when the fix changes only lines inside them: what
   * a GitHub suggestion for that anchor must hold.
   */
  public Optional<String> suggestionFor(Anchor anchor) {
    if (after == null
        || anchor.startLine() < startLine
        || anchor.line() > endLine
        || touchedStart < anchor.startLine()
        || touchedEnd > anchor.line()) {
      return Optional.empty();
    }
    List<String> lines = after.isEmpty() ? List.of() : Arrays.asList(after.split("\n", -1));
    // lines of the finding outside the anchor come before or after the fix, unchanged
    int dropFront = anchor.startLine() - startLine;
    int dropBack = endLine - anchor.line();
    if (dropFront + dropBack > lines.size()) {
      return Optional.empty();
    }
    return Optional.of(String.join("\n", lines.subList(dropFront, lines.size() - dropBack)));
  }
}
