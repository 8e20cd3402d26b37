package dev.reviewbot.coverage;

import dev.reviewbot.api.LineRange;

/**
 * Adjacent added lines in the same coverage state (not covered, or partly covered), grouped so a
 * review says "lines 12-15" once. Lines in between that JaCoCo cannot cover (blank lines, braces,
 * comments) join a group when they lie inside the diff's hunks.
 *
 * @param lines head lines, first and last being coverable
 * @param missedBranches branches not taken on the group's coverable lines
 * @param coveredBranches branches taken on them
 * @param code the head text of the lines, whitespace collapsed and cut to a short snippet; stable
 *     when unrelated lines move, so usable as a fingerprint key
 */
public record LineGroup(LineRange lines, int missedBranches, int coveredBranches, String code) {

  /** {@code line 12} or {@code lines 12-15}. */
  public String describe() {
    return lines.isSingleLine() ? "line " + lines.start() : "lines " + lines;
  }
}
