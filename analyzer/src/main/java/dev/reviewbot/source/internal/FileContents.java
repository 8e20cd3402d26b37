package dev.reviewbot.source.internal;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.EditListHunks;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * Turns a {@link DiffEntry} into a {@link ChangedFile}: reads both sides once, decides whether the
 * file is binary as git does, and diffs the text with JGit into the hunks {@code git diff} would
 * print ({@link EditListHunks}).
 */
public final class FileContents {
  /** Larger files are treated as binary, as JGit's DiffFormatter does by default. */
  static final int BIG_FILE_THRESHOLD = 50 * 1024 * 1024;

  private final ContentSource.Pair contents;
  private final Path workTreeForHead;
  private final DiffAlgorithm algorithm;

  /**
   * @param workTreeForHead the working tree when the head is the files on disk (their bytes become
   *     the head content), else {@code null}
   */
  public FileContents(Repository repo, ContentSource.Pair contents, Path workTreeForHead) {
    this.contents = contents;
    this.workTreeForHead = workTreeForHead;
    this.algorithm =
        DiffAlgorithm.getAlgorithm(
            repo.getConfig()
                .getEnum(
                    ConfigConstants.CONFIG_DIFF_SECTION,
                    null,
                    ConfigConstants.CONFIG_KEY_ALGORITHM,
                    DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
  }

  public ChangedFile read(DiffEntry entry) throws IOException {
    DiffEntry.ChangeType type = entry.getChangeType();
    byte[] base = type == DiffEntry.ChangeType.ADD ? null : load(DiffEntry.Side.OLD, entry);
    byte[] head = type == DiffEntry.ChangeType.DELETE ? null : load(DiffEntry.Side.NEW, entry);
    boolean binary =
        isBinary(entry, base)
            || isBinary(entry, head)
            || (type != DiffEntry.ChangeType.ADD && base == null)
            || (type != DiffEntry.ChangeType.DELETE && head == null);

    String oldPath = type == DiffEntry.ChangeType.ADD ? null : entry.getOldPath();
    String newPath = type == DiffEntry.ChangeType.DELETE ? null : entry.getNewPath();
    ChangeKind kind = kind(entry);
    FileDiff diff =
        new FileDiff(
            oldPath,
            newPath,
            kind,
            binary,
            mode(entry.getOldMode()),
            mode(entry.getNewMode()),
            binary ? List.of() : hunks(base, head));
    String path = newPath != null ? newPath : oldPath;
    return new ChangedFile(
        path,
        oldPath,
        kind,
        diff,
        binary || base == null ? null : text(base),
        binary || head == null ? null : text(headOnDisk(entry, head)),
        binary);
  }

  private byte[] load(DiffEntry.Side side, DiffEntry entry) throws IOException {
    try {
      return contents.open(side, entry).getCachedBytes(BIG_FILE_THRESHOLD);
    } catch (LargeObjectException e) {
      return null;
    }
  }

  /**
   * The head as the user's editor has it (e.g. with CRLF under core.autocrlf); the diff uses git's
   * view.
   */
  private byte[] headOnDisk(DiffEntry entry, byte[] head) throws IOException {
    if (workTreeForHead == null || entry.getNewMode() == FileMode.SYMLINK) {
      return head;
    }
    Path file = workTreeForHead.resolve(entry.getNewPath());
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : head;
  }

  private List<Hunk> hunks(byte[] base, byte[] head) {
    RawText a = base == null ? RawText.EMPTY_TEXT : new RawText(base);
    RawText b = head == null ? RawText.EMPTY_TEXT : new RawText(head);
    EditList edits = algorithm.diff(RawTextComparator.DEFAULT, a, b);
    return EditListHunks.of(edits, a, b);
  }

  private static boolean isBinary(DiffEntry entry, byte[] bytes) {
    Attribute diff = entry.getDiffAttribute();
    if (diff != null && diff.getState() == Attribute.State.UNSET) {
      return true;
    }
    return bytes != null && RawText.isBinary(bytes);
  }

  private static ChangeKind kind(DiffEntry entry) {
    return switch (entry.getChangeType()) {
      case ADD -> ChangeKind.ADDED;
      case DELETE -> ChangeKind.DELETED;
      case RENAME -> ChangeKind.RENAMED;
      case COPY -> ChangeKind.COPIED;
      case MODIFY ->
          entry.getOldId().equals(entry.getNewId())
                  && entry.getOldMode().getBits() != entry.getNewMode().getBits()
              ? ChangeKind.MODE_CHANGED
              : ChangeKind.MODIFIED;
    };
  }

  private static String mode(FileMode mode) {
    return mode == FileMode.MISSING ? null : String.format("%06o", mode.getBits());
  }

  /** UTF-8; a malformed byte becomes U+FFFD rather than failing the run. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
