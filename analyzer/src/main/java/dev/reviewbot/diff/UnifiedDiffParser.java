package dev.reviewbot.diff;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.internal.DiffLines;
import dev.reviewbot.diff.internal.FileHeader;
import dev.reviewbot.diff.internal.HunkParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses unified diffs into {@link FileDiff}s: whole {@code git diff} output (JGit's
 * {@code DiffFormatter} writes the same format) and GitHub's per-file {@code patch} text.
 *
 * <p>Understood: {@code diff --git} headers with bare or C-quoted paths, {@code index},
 * {@code old mode}/{@code new mode}, {@code new file mode}, {@code deleted file mode},
 * {@code similarity index}/{@code rename from}/{@code rename to}, {@code copy from}/{@code copy to},
 * {@code ---}/{@code +++} (including {@code /dev/null}), {@code Binary files ... differ} and
 * {@code GIT binary patch} blocks (flagged binary, their data skipped), hunks with omitted counts
 * ({@code @@ -1 +1 @@}) and section text, {@code \ No newline at end of file}, and empty context
 * lines whose leading space was trimmed. A line ending in CR LF loses the CR from its text and
 * sets {@link DiffLine#crlf()}. Paths lose the default {@code a/} and {@code b/} prefixes.
 *
 * <p>Not understood, and refused with a {@link DiffParseException}: combined diffs of merges
 * ({@code diff --cc}), text before the first {@code diff --git} (as in {@code git show} or mail),
 * and any line that does not fit where it stands. Hunk line counts are checked exactly.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class UnifiedDiffParser {
  private static final Pattern BINARY_BLOCK = Pattern.compile("(literal|delta) \\d+");
  /** A length character, then base85 characters (git's encoding alphabet). */
  private static final Pattern BASE85_LINE = Pattern.compile("[A-Za-z][0-9A-Za-z!#$%&()*+\\-;<=>?@^_`{|}~]+");

  /**
   * Parses the output of {@code git diff} (or {@code git diff-tree -p}, JGit's DiffFormatter, a
   * GitHub {@code .diff}).
   *
   * @return one entry per file, in input order; empty for empty input
   * @throws DiffParseException naming the line and what was expected there
   */
  public List<FileDiff> parse(String diffText) {
    DiffLines in = DiffLines.of(diffText);
    List<FileDiff> files = new ArrayList<>();
    while (in.hasNext() && !in.onlyBlankLinesLeft()) {
      String line = in.peek();
      if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
        throw in.error("combined diffs (of merge commits) are not supported; diff against one parent");
      }
      if (!line.startsWith("diff --git ")) {
        throw in.expected("a 'diff --git' file header");
      }
      files.add(parseFile(in));
    }
    return files;
  }

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

  /** As {@link #parsePatch(String, String, String)}, with the kind given (e.g. from GitHub's {@code status}). */
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

  private static FileDiff parseFile(DiffLines in) {
    FileHeader header = FileHeader.start(in);
    while (in.hasNext() && header.readExtendedLine(in)) {
      // each call consumes one extended header line
    }
    List<Hunk> hunks = new ArrayList<>();
    if (atFileEnd(in)) {
      return header.toFileDiff(hunks);
    }
    String line = in.peek();
    if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      in.next();
      header.markBinary();
    } else if (line.equals("GIT binary patch")) {
      in.next();
      skipBinaryPatch(in);
      header.markBinary();
    } else if (line.startsWith("--- ")) {
      header.readMarkers(in);
      if (!HunkParser.atHunk(in)) {
        throw in.expected("a hunk header like '@@ -1,4 +1,5 @@'");
      }
      while (HunkParser.atHunk(in)) {
        hunks.add(HunkParser.parse(in));
      }
    } else {
      throw in.expected("an extended header line, '--- <path>', 'Binary files ... differ' or the next 'diff --git'");
    }
    if (!atFileEnd(in)) {
      throw in.expected(hunks.isEmpty() ? "the next 'diff --git' or end of input" : "'@@', the next 'diff --git' or end of input");
    }
    return header.toFileDiff(hunks);
  }

  private static boolean atFileEnd(DiffLines in) {
    return !in.hasNext() || in.peek().startsWith("diff --git ") || in.onlyBlankLinesLeft();
  }

  /** Skips one or two {@code literal N}/{@code delta N} blocks of base85 data, each ended by an empty line. */
  private static void skipBinaryPatch(DiffLines in) {
    for (int block = 0; block < 2; block++) {
      if (block == 1 && (!in.hasNext() || !isBinaryBlockStart(in.peek()))) {
        return;
      }
      if (!in.hasNext() || !isBinaryBlockStart(in.peek())) {
        throw in.expected("'literal <size>' or 'delta <size>' in a GIT binary patch");
      }
      in.next();
      while (in.hasNext() && !in.peek().isEmpty()) {
        if (!BASE85_LINE.matcher(in.peek()).matches()) {
          throw in.expected("a line of base85 data or an empty line in a GIT binary patch");
        }
        in.next();
      }
      if (!in.hasNext()) {
        throw in.error("expected an empty line ending the GIT binary patch data but found end of input");
      }
      in.next();
    }
  }

  private static boolean isBinaryBlockStart(String line) {
    return BINARY_BLOCK.matcher(line).matches();
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
