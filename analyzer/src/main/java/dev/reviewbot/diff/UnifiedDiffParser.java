package dev.reviewbot.diff;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.internal.DiffLines;
import dev.reviewbot.diff.internal.HunkParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses GitHub's per-file {@code patch} text (the hunks of a {@code git diff}, no file header)
 * into a {@link FileDiff}. Local changes need no parsing: their hunks are built from JGit's edits
 * ({@link EditListHunks}).
 *
 * <p>Understood: hunks with omitted counts ({@code @@ -1 +1 @@}) and section text, {@code \ No
 * newline at end of file}, and empty context lines whose leading space was trimmed. A line ending
 * in CR LF loses the CR from its text and sets {@link DiffLine#crlf()}.
 *
 * <p>Anything else is refused with a {@link DiffParseException} naming the path, the line and what
 * was expected there: file headers, combined-diff hunks ({@code @@@}) and any line that does not
 * fit where it stands. Hunk line counts are checked exactly.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class UnifiedDiffParser {
  /**
   * Parses GitHub's per-file {@code patch} text (hunks only, no file header), with the kind
   * inferred from the paths: no old path means added, no new path deleted, different paths renamed.
   *
   * @param oldPath the base path ({@code previous_filename} for a rename), {@code null} if added
   * @param newPath the head path, {@code null} if deleted
   * @param patchText the hunks; empty or blank for a file with no text changes
   * @throws DiffParseException naming the line of {@code patchText} and what was expected there
   */
  public FileDiff parsePatch(String oldPath, String newPath, String patchText) {
    return parsePatch(oldPath, newPath, inferredKind(oldPath, newPath), patchText);
  }

  /**
   * As {@link #parsePatch(String, String, String)}, with the kind given (e.g. from GitHub's {@code
   * status}).
   */
  public FileDiff parsePatch(String oldPath, String newPath, ChangeKind kind, String patchText) {
    DiffLines in = DiffLines.of(patchText);
    List<Hunk> hunks = new ArrayList<>();
    try {
      while (in.hasNext() && !in.onlyBlankLinesLeft()) {
        if (!HunkParser.atHunk(in)) {
          throw in.expected("a hunk header like '@@ -1,4 +1,5 @@'");
        }
        hunks.add(HunkParser.parse(in));
      }
    } catch (DiffParseException e) {
      throw e.in("patch of " + (newPath != null ? newPath : oldPath));
    }
    return new FileDiff(oldPath, newPath, kind, false, null, null, hunks);
  }

  private static ChangeKind inferredKind(String oldPath, String newPath) {
    if (oldPath == null && newPath == null) {
      throw new IllegalArgumentException("a patch needs an old path, a new path or both");
    }
    if (oldPath == null) {
      return ChangeKind.ADDED;
    }
    if (newPath == null) {
      return ChangeKind.DELETED;
    }
    return oldPath.equals(newPath) ? ChangeKind.MODIFIED : ChangeKind.RENAMED;
  }
}
