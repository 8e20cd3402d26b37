package dev.reviewbot.github.internal;

import dev.reviewbot.api.LineRange;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.diff.UnifiedDiffParser;
import dev.reviewbot.github.PullRequestFile;
import dev.reviewbot.plan.Anchor;
import dev.reviewbot.plan.AnchorFit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub's rule for where a review comment may sit: on the RIGHT side (head version) inside a hunk
 * of the pull request's diff, and a multi-line comment's {@code start_line} in the same hunk,
 * strictly above {@code line}. A range that does not fit is narrowed to its first line that does; a
 * file without a patch, a removed file or a file outside the pull request takes no comment.
 */
public final class DiffAnchors implements AnchorFit {
  private static final UnifiedDiffParser PARSER = new UnifiedDiffParser();
  private static final Logger LOG = LoggerFactory.getLogger(DiffAnchors.class);
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
      String oldPath =
          "added".equals(file.status())
              ? null
              : file.previousPath() != null ? file.previousPath() : file.path();
      FileDiff diff;
      try {
        diff = PARSER.parsePatch(oldPath, file.path(), file.patch());
      } catch (DiffParseException e) {
        // GitHub's patches parse; should one not, its file only loses inline comments
        LOG.warn(
            "cannot read GitHub's patch for {}, no inline comments there: {}",
            file.path(),
            e.getMessage());
        continue;
      }
      hunks.put(
          file.path(),
          diff.hunks().stream().map(Hunk::newRange).flatMap(Optional::stream).toList());
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
