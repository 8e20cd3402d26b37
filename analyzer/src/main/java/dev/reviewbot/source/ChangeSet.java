package dev.reviewbot.source;

import java.util.List;

/**
 * A change to review: the files it touches, with contents, and what it was taken from.
 *
 * @param base what the base is, e.g. {@code origin/main (merge-base 1a2b3c4)}; {@code null} for a scan
 * @param head what the head is, e.g. {@code HEAD}, {@code index}, {@code working tree}
 * @param headCommit the head commit id if the head is a commit, else {@code null}
 * @param files the changed files
 */
public record ChangeSet(String base, String head, String headCommit, List<ChangedFile> files) {
  public ChangeSet {
    files = List.copyOf(files);
  }

  /** True when this is a plain scan of paths, not a diff. */
  public boolean isScan() {
    return base == null;
  }
}
