package dev.reviewbot.testkit;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffLine;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * The diff between two versions of a fixture, computed with JGit's histogram diff (as {@code git
 * diff} would), one hunk per edit and no context lines. Lets a fixture be checked as a change.
 */
final class LineDiffs {
  private LineDiffs() {}

  /** The diff turning {@code base} into {@code head}; {@code base == null} means an added file. */
  static FileDiff between(String path, String base, String head) {
    RawText a = new RawText((base == null ? "" : base).getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(head.getBytes(StandardCharsets.UTF_8));
    EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
        .diff(RawTextComparator.DEFAULT, a, b);
    List<Hunk> hunks = new ArrayList<>();
    for (Edit edit : edits) {
      List<DiffLine> lines = new ArrayList<>();
      for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
        lines.add(new DiffLine(DiffLine.Kind.REMOVED, i + 1, 0, a.getString(i), false));
      }
      for (int i = edit.getBeginB(); i < edit.getEndB(); i++) {
        lines.add(new DiffLine(DiffLine.Kind.ADDED, 0, i + 1, b.getString(i), false));
      }
      // git numbers an empty side by the line before it
      int oldStart = edit.getLengthA() == 0 ? edit.getBeginA() : edit.getBeginA() + 1;
      int newStart = edit.getLengthB() == 0 ? edit.getBeginB() : edit.getBeginB() + 1;
      hunks.add(new Hunk(oldStart, edit.getLengthA(), newStart, edit.getLengthB(), "", lines));
    }
    ChangeKind kind = base == null ? ChangeKind.ADDED : ChangeKind.MODIFIED;
    return new FileDiff(base == null ? null : path, path, kind, false, null, null, hunks);
  }
}
