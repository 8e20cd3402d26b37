package dev.reviewbot.github.internal;

import dev.reviewbot.api.LineRange;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.review.Anchor;
import dev.reviewbot.review.AnchorFit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's rule for where a review comment may sit: on the RIGHT side (head version) inside a hunk
 * of the pull request's diff, and a multi-line comment's {@code start_line} in the same hunk,
 * strictly above {@code line}. A range that does not fit is narrowed to its first line that does;
 * a file without a patch, a removed file or a file outside the pull request takes no comment.
 */
public final class DiffAnchors implements AnchorFit {
  private final Map<String, List<LineRange>> rightSideHunks;

  private DiffAnchors(Map<String, List<LineRange>> rightSideHunks) {
    this.rightSideHunks = rightSideHunks;
  }

  public static DiffAnchors of(List<PullRequestFile> files) {
    Map<String, List<LineRange>> hunks = new HashMap<>();
    for (PullRequestFile file : files) {
      if (file.patch() == null || "removed".equals(file.status())) {
        continue;
      }
      String oldPath = "added".equals(file.status()) ? null : file.previousPath() != null ? file.previousPath() : file.path();
      FileDiff diff = Patches.parse(oldPath, file.path(), file.patch());
      hunks.put(file.path(), diff.hunks().stream().map(Hunk::newRange).flatMap(Optional::stream).toList());
    }
    return new DiffAnchors(hunks);
  }

  @Override
  public Optional<Anchor> fit(Anchor wanted) {
    List<LineRange> hunks = rightSideHunks.get(wanted.path());
    if (hunks == null) {
      return Optional.empty();
    }
    Optional<LineRange> hunk = hunkOf(hunks, wanted.line());
    if (hunk.isPresent() && hunk.get().contains(wanted.startLine())) {
      return Optional.of(wanted);
    }
    for (int line = wanted.startLine(); line <= wanted.line(); line++) {
      if (hunkOf(hunks, line).isPresent()) {
        return Optional.of(Anchor.single(wanted.path(), line));
      }
    }
    return Optional.empty();
  }

  private static Optional<LineRange> hunkOf(List<LineRange> hunks, int line) {
    return hunks.stream().filter(h -> h.contains(line)).findFirst();
  }
}
