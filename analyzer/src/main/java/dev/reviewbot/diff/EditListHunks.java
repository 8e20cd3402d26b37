package dev.reviewbot.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;

/**
 * The hunks {@code git diff -U3} prints for a JGit {@link EditList}: three lines of context, and
 * edits at most six unchanged lines apart joined into one hunk. Local changes and the test kit both
 * build their diffs here, so a fixture checked as a change sees the hunks a real run sees.
 *
 * <p>Lines are decoded as UTF-8 (malformed bytes replaced) and lose a trailing CR, which sets
 * {@link DiffLine#crlf()}, as {@link UnifiedDiffParser} reads them. JGit knows no enclosing method,
 * so {@link Hunk#section()} is empty.
 */
public final class EditListHunks {
  /** Context lines around an edit, as git prints by default. */
  private static final int CONTEXT = 3;

  private EditListHunks() {}

  /** The hunks of {@code edits}, which turn {@code base} into {@code head}. */
  public static List<Hunk> of(EditList edits, RawText base, RawText head) {
    List<Hunk> hunks = new ArrayList<>();
    int first = 0;
    while (first < edits.size()) {
      int last = first;
      // git joins edits whose context would touch or overlap
      while (last + 1 < edits.size()
          && edits.get(last + 1).getBeginA() - edits.get(last).getEndA() <= 2 * CONTEXT) {
        last++;
      }
      hunks.add(hunk(edits.subList(first, last + 1), base, head));
      first = last + 1;
    }
    return hunks;
  }

  private static Hunk hunk(List<Edit> edits, RawText base, RawText head) {
    Edit firstEdit = edits.get(0);
    Edit lastEdit = edits.get(edits.size() - 1);
    int oldStart = Math.max(0, firstEdit.getBeginA() - CONTEXT);
    int newStart = Math.max(0, firstEdit.getBeginB() - CONTEXT);
    int oldEnd = Math.min(base.size(), lastEdit.getEndA() + CONTEXT);
    int newEnd = Math.min(head.size(), lastEdit.getEndB() + CONTEXT);

    List<DiffLine> lines = new ArrayList<>();
    int oldAt = oldStart;
    int newAt = newStart;
    for (Edit edit : edits) {
      for (; oldAt < edit.getBeginA(); oldAt++, newAt++) {
        lines.add(line(DiffLine.Kind.CONTEXT, oldAt + 1, newAt + 1, base, oldAt));
      }
      for (; oldAt < edit.getEndA(); oldAt++) {
        lines.add(line(DiffLine.Kind.REMOVED, oldAt + 1, 0, base, oldAt));
      }
      for (; newAt < edit.getEndB(); newAt++) {
        lines.add(line(DiffLine.Kind.ADDED, 0, newAt + 1, head, newAt));
      }
    }
    for (; oldAt < oldEnd; oldAt++, newAt++) {
      lines.add(line(DiffLine.Kind.CONTEXT, oldAt + 1, newAt + 1, base, oldAt));
    }
    int oldCount = oldEnd - oldStart;
    int newCount = newEnd - newStart;
    return new Hunk(
        headerStart(oldStart, oldCount),
        oldCount,
        headerStart(newStart, newCount),
        newCount,
        "",
        lines);
  }

  /** git numbers an empty side by the line before it (0 at the start of the file). */
  private static int headerStart(int index, int count) {
    return count == 0 ? index : index + 1;
  }

  private static DiffLine line(
      DiffLine.Kind kind, int oldLine, int newLine, RawText text, int index) {
    String content = StandardCharsets.UTF_8.decode(text.getRawString(index)).toString();
    boolean crlf = content.endsWith("\r");
    boolean noNewlineAtEnd = index == text.size() - 1 && text.isMissingNewlineAtEnd();
    return new DiffLine(
        kind,
        oldLine,
        newLine,
        crlf ? content.substring(0, content.length() - 1) : content,
        noNewlineAtEnd,
        crlf);
  }
}
