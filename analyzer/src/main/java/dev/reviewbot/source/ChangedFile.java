package dev.reviewbot.source;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.diff.FileDiff;
import java.util.Optional;

/**
 * One file of a change with its contents.
 *
 * @param path head path (base path for a deleted file), repository-relative with forward slashes
 * @param oldPath base path, equal to {@code path} unless renamed; {@code null} for an added file
 * @param kind how it changed
 * @param diff the file's diff, {@code null} in a plain scan
 * @param baseContent base version text, {@code null} when there is none (added file, scan) or it
 *     was not fetched
 * @param headContent head version text, {@code null} for a deleted file or a binary file
 * @param binary true for a binary file
 */
public record ChangedFile(
    String path,
    String oldPath,
    ChangeKind kind,
    FileDiff diff,
    String baseContent,
    String headContent,
    boolean binary) {

  /** A file read as a whole, with no diff. */
  public static ChangedFile scanned(String path, String content) {
    return new ChangedFile(path, path, ChangeKind.SCANNED, null, null, content, false);
  }

  public Optional<FileDiff> diffIfAny() {
    return Optional.ofNullable(diff);
  }

  /** The lines rules judge (see {@link FileDiff#changedLines()}); all of them for a scan. */
  public ChangedLines changedLines() {
    if (diff == null) {
      return ChangedLines.unknown();
    }
    return diff.changedLines();
  }

  /**
   * The added lines as git counts them (see {@link FileDiff#addedLinesAsGitCounts()}); all of them
   * for a scan.
   */
  public ChangedLines addedLinesAsGitCounts() {
    return diff == null ? ChangedLines.unknown() : diff.addedLinesAsGitCounts();
  }

  public boolean isJava() {
    return path.endsWith(".java");
  }
}
