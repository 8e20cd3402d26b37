package dev.reviewbot.testkit;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.EditListHunks;
import dev.reviewbot.diff.FileDiff;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * The diff between two versions of a fixture, computed with JGit's histogram diff and built into
 * hunks as for a real change ({@link EditListHunks}), so a fixture checked as a change sees the
 * hunks {@code git diff} would show.
 */
final class LineDiffs {
  private LineDiffs() {}

  /** The diff turning {@code base} into {@code head}; {@code base == null} means an added file. */
  static FileDiff between(String path, String base, String head) {
    RawText a = new RawText((base == null ? "" : base).getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(head.getBytes(StandardCharsets.UTF_8));
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    ChangeKind kind = base == null ? ChangeKind.ADDED : ChangeKind.MODIFIED;
    return new FileDiff(
        base == null ? null : path, path, kind, false, null, null, EditListHunks.of(edits, a, b));
  }
}
