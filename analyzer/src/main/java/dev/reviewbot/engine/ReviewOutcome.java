package dev.reviewbot.engine;

import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.source.ChangeSet;
import java.util.List;

/**
 * Everything one review produced: the change, the raw analysis and the findings marked by the diff
 * filter. Reporters, the review planner and exit codes all start from here.
 */
public record ReviewOutcome(ChangeSet change, AnalysisResult analysis, List<MarkedFinding> marked) {

  public ReviewOutcome {
    marked = List.copyOf(marked);
  }

  /** The findings the filter mode keeps. */
  public List<MarkedFinding> shown() {
    return marked.stream().filter(MarkedFinding::shown).toList();
  }

  /** How many findings the filter mode hid. */
  public int hiddenCount() {
    return (int) marked.stream().filter(m -> !m.shown()).count();
  }

  /** True if a shown finding is at or above {@code level}: the run should fail. */
  public boolean failsAt(Severity level) {
    return shown().stream().anyMatch(m -> m.finding().severity().atLeast(level));
  }

  /** This outcome with {@code more} notices, so every report and summary names them. */
  public ReviewOutcome withNotices(List<Notice> more) {
    return more.isEmpty() ? this : new ReviewOutcome(change, analysis.withNotices(more), marked);
  }
}
