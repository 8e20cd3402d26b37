package dev.reviewbot.github.internal;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffLine;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORARY adapter: parses GitHub's per-file {@code patch} until {@code
 * dev.reviewbot.diff.UnifiedDiffParser#parsePatch(String, String, String)} lands on main; then
 * this class becomes a one-line call to it.
 */
final class Patches {
  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@(.*)$");

  private Patches() {}

  static FileDiff parse(String oldPath, String newPath, String patch) {
    List<Hunk> hunks = new ArrayList<>();
    String[] lines = patch.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      Matcher header = HUNK.matcher(lines[i]);
      if (!header.matches()) {
        i++;
        continue;
      }
      int oldStart = Integer.parseInt(header.group(1));
      int oldCount = header.group(2) == null ? 1 : Integer.parseInt(header.group(2));
      int newStart = Integer.parseInt(header.group(3));
      int newCount = header.group(4) == null ? 1 : Integer.parseInt(header.group(4));
      List<DiffLine> body = new ArrayList<>();
      int oldLine = oldStart;
      int newLine = newStart;
      i++;
      while (i < lines.length && !HUNK.matcher(lines[i]).matches()) {
        String line = lines[i++];
        if (line.startsWith("+")) {
          body.add(new DiffLine(DiffLine.Kind.ADDED, 0, newLine++, line.substring(1), false));
        } else if (line.startsWith("-")) {
          body.add(new DiffLine(DiffLine.Kind.REMOVED, oldLine++, 0, line.substring(1), false));
        } else if (line.startsWith(" ") || (line.isEmpty() && i < lines.length)) {
          body.add(new DiffLine(DiffLine.Kind.CONTEXT, oldLine++, newLine++, line.isEmpty() ? "" : line.substring(1), false));
        }
      }
      hunks.add(new Hunk(oldStart, oldCount, newStart, newCount, header.group(5).strip(), body));
    }
    ChangeKind kind = oldPath == null ? ChangeKind.ADDED : newPath == null ? ChangeKind.DELETED
        : oldPath.equals(newPath) ? ChangeKind.MODIFIED : ChangeKind.RENAMED;
    return new FileDiff(oldPath, newPath, kind, false, null, null, hunks);
  }
}
