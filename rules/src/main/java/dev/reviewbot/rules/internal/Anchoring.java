package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import java.util.List;

/**
 * Where to anchor a finding that several places explain, so that in a review it lands on a line the
 * change touched: the first candidate with an added line, else the first candidate. In a plain scan
 * every line counts as added, so that is simply the first.
 */
public final class Anchoring {
  private Anchoring() {}

  public static LineRange preferAdded(ChangedLines changed, List<LineRange> candidates) {
    return candidates.stream().filter(changed::anyAdded).findFirst().orElse(candidates.get(0));
  }

  /** The line a node starts on, as a range. */
  public static LineRange lineOf(Node node) {
    return LineRange.of(Declarations.line(node));
  }
}
