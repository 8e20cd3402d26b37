package dev.reviewbot.source;

import java.util.List;
import java.util.Optional;

/**
 * A change to review: the files it touches, with contents, and what it was taken from.
 *
 * @param base what the base is, e.g. {@code origin/main (merge-base 1a2b3c4)}; {@code null} for a
 *     scan
 * @param head what the head is, e.g. {@code HEAD}, {@code index}, {@code working tree}
 * @param headCommit the head commit id if the head is a commit, else {@code null}
 * @param files the changed files
 * @param lastRelease the newest release the base contains, {@code null} when unknown (a scan, no
 *     release tags, a source that cannot read tags)
 */
public record ChangeSet(
    String base, String head, String headCommit, List<ChangedFile> files, LastRelease lastRelease) {
  public ChangeSet {
    files = List.copyOf(files);
  }

  /** A change whose last release is not known. */
  public ChangeSet(String base, String head, String headCommit, List<ChangedFile> files) {
    this(base, head, headCommit, files, null);
  }

  /** This change with {@code release} as its last release ({@code null}: unknown). */
  public ChangeSet withLastRelease(LastRelease release) {
    return new ChangeSet(base, head, headCommit, files, release);
  }

  public Optional<LastRelease> lastReleaseIfKnown() {
    return Optional.ofNullable(lastRelease);
  }

  /** True when this is a plain scan of paths, not a diff. */
  public boolean isScan() {
    return base == null;
  }
}
