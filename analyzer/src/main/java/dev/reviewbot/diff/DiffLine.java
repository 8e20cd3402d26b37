package dev.reviewbot.diff;

/**
 * One line of a hunk.
 *
 * @param kind added, removed or context
 * @param oldLine line number in the base version, 0 for an added line
 * @param newLine line number in the head version, 0 for a removed line
 * @param text the line without its leading marker and without the line terminator
 * @param noNewlineAtEnd true if followed by {@code \ No newline at end of file}
 */
public record DiffLine(Kind kind, int oldLine, int newLine, String text, boolean noNewlineAtEnd) {
  public enum Kind { ADDED, REMOVED, CONTEXT }
}
