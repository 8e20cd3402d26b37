package dev.reviewbot.diff;

import dev.reviewbot.api.LineRange;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @@ -oldStart,oldCount +newStart,newCount @@ section} block.
 *
 * @param section the text after the second {@code @@}, often the enclosing method; may be empty
 */
public record Hunk(
    int oldStart, int oldCount, int newStart, int newCount, String section, List<DiffLine> lines) {
  public Hunk {
    lines = List.copyOf(lines);
  }

  /** Head lines this hunk covers (added and context), empty for a pure deletion. */
  public Optional<LineRange> newRange() {
    return newCount == 0
        ? Optional.empty()
        : Optional.of(new LineRange(newStart, newStart + newCount - 1));
  }
}
