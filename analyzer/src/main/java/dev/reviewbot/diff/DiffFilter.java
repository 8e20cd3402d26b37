package dev.reviewbot.diff;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import java.util.List;
import java.util.Map;

/** Marks findings by their place in the diff and keeps those the mode asks for. */
public final class DiffFilter {
  private final FilterMode mode;

  public DiffFilter(FilterMode mode) {
    this.mode = mode;
  }

  /**
   * @param changedLines changed lines per path; a path absent here (e.g. a plain scan) counts as
   *     wholly added
   */
  public List<MarkedFinding> mark(List<Finding> findings, Map<String, ChangedLines> changedLines) {
    return findings.stream()
        .map(
            f ->
                mark(
                    f,
                    f.path() == null
                        ? ChangedLines.unknown()
                        : changedLines.getOrDefault(f.path(), ChangedLines.unknown())))
        .toList();
  }

  MarkedFinding mark(Finding finding, ChangedLines lines) {
    DiffPlacement placement = placement(finding, lines);
    return new MarkedFinding(finding, placement, keeps(placement));
  }

  private static DiffPlacement placement(Finding finding, ChangedLines lines) {
    if (finding.isChangeLevel()) {
      return DiffPlacement.CHANGE;
    }
    LineRange range = finding.lines();
    if (range == null) {
      return lines.known() && lines.added().isEmpty()
          ? DiffPlacement.IN_FILE
          : DiffPlacement.ADDED_LINE;
    }
    if (lines.anyAdded(range)) {
      return DiffPlacement.ADDED_LINE;
    }
    // each hunk once, not each line of the range: a finding may span a whole long file
    for (LineRange hunk : lines.hunks()) {
      if (hunk.start() <= range.end() && range.start() <= hunk.end()) {
        return DiffPlacement.DIFF_CONTEXT;
      }
    }
    return DiffPlacement.IN_FILE;
  }

  private boolean keeps(DiffPlacement placement) {
    return switch (mode) {
      case ADDED -> placement == DiffPlacement.ADDED_LINE || placement == DiffPlacement.CHANGE;
      case DIFF_CONTEXT -> placement != DiffPlacement.IN_FILE;
      case FILE, NOFILTER -> true;
    };
  }
}
