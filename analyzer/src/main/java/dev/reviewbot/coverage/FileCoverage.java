package dev.reviewbot.coverage;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Coverage of one changed file's added lines.
 *
 * @param path repository-relative head path
 * @param lines patch line coverage: added lines with {@code ci > 0} out of added lines JaCoCo can
 *     cover
 * @param branches patch branch coverage: Σcb / Σ(mb+cb) over those lines
 * @param uncovered coverable added lines with no covered instruction, grouped
 * @param partial covered added lines with missed branches ({@code mb > 0}), grouped; they count as
 *     covered in {@code lines}
 * @param headFile line coverage of the whole file at head
 * @param baseFile line coverage of the whole file at base; {@code null} when there is no base
 *     report or the base report does not know the file (e.g. it is new)
 */
public record FileCoverage(
    String path,
    Ratio lines,
    Ratio branches,
    List<LineGroup> uncovered,
    List<LineGroup> partial,
    Ratio headFile,
    Ratio baseFile) {

  public FileCoverage {
    uncovered = List.copyOf(uncovered);
    partial = List.copyOf(partial);
  }

  /** The uncovered added lines compacted, e.g. {@code 12-15, 20}; empty when all are covered. */
  public String missingRanges() {
    return uncovered.stream().map(g -> g.lines().toString()).collect(Collectors.joining(", "));
  }

  /** Head minus base line coverage of the whole file in percentage points, when both are known. */
  public OptionalDouble fileDelta() {
    if (baseFile == null || baseFile.isEmpty() || headFile.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(headFile.percent().getAsDouble() - baseFile.percent().getAsDouble());
  }
}
