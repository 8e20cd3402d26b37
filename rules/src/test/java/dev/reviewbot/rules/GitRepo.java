package dev.reviewbot.rules;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffLine;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * A real git repository in a temporary directory,: write files, commit, and read
 * the change between two commits back as a {@link ChangeSet} with JGit, the way a change source does.
 */
public final class GitRepo implements AutoCloseable {
  private static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.com");
  private final Path dir;
  private final Git git;

  private GitRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  public static GitRepo init(Path dir) {
    try {
      return new GitRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot create a repository in " + dir, e);
    }
  }

  public GitRepo write(String path, String content) {
    return write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public GitRepo write(String path, byte[] content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public GitRepo delete(String path) {
    try {
      Files.delete(dir.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectId commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call().getId();
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot commit in " + dir, e);
    }
  }

  /** The change from {@code base} to {@code head}, renames detected, contents read from git objects. */
  public ChangeSet change(ObjectId base, ObjectId head) {
    try (RevWalk walk = new RevWalk(git.getRepository());
        ObjectReader reader = git.getRepository().newObjectReader();
        DiffFormatter formatter = new DiffFormatter(new ByteArrayOutputStream())) {
      formatter.setRepository(git.getRepository());
      formatter.setDetectRenames(true);
      RevCommit baseCommit = walk.parseCommit(base);
      RevCommit headCommit = walk.parseCommit(head);
      List<ChangedFile> files = new ArrayList<>();
      for (DiffEntry entry : formatter.scan(tree(reader, baseCommit), tree(reader, headCommit))) {
        files.add(changedFile(entry, formatter, reader));
      }
      return new ChangeSet(base.abbreviate(7).name(), head.abbreviate(7).name(), head.name(), files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CanonicalTreeParser tree(ObjectReader reader, RevCommit commit) throws IOException {
    return new CanonicalTreeParser(null, reader, commit.getTree());
  }

  private static ChangedFile changedFile(DiffEntry entry, DiffFormatter formatter, ObjectReader reader) throws IOException {
    ChangeKind kind = switch (entry.getChangeType()) {
      case ADD -> ChangeKind.ADDED;
      case DELETE -> ChangeKind.DELETED;
      case MODIFY -> ChangeKind.MODIFIED;
      case RENAME -> ChangeKind.RENAMED;
      case COPY -> ChangeKind.COPIED;
    };
    byte[] base = entry.getChangeType() == DiffEntry.ChangeType.ADD ? null : reader.open(entry.getOldId().toObjectId()).getBytes();
    byte[] head = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? null : reader.open(entry.getNewId().toObjectId()).getBytes();
    boolean binary = (base != null && RawText.isBinary(base)) || (head != null && RawText.isBinary(head));
    String oldPath = kind == ChangeKind.ADDED ? null : entry.getOldPath();
    String newPath = kind == ChangeKind.DELETED ? null : entry.getNewPath();
    List<Hunk> hunks = binary ? List.of() : hunks(formatter.toFileHeader(entry).toEditList(), base, head);
    FileDiff diff = new FileDiff(oldPath, newPath, kind, binary, null, null, hunks);
    return new ChangedFile(diff.path(), oldPath == null ? null : oldPath, kind, diff,
        text(base, binary), text(head, binary), binary);
  }

  /** One hunk per edit, without context lines: enough for line counts and changed lines. */
  private static List<Hunk> hunks(List<Edit> edits, byte[] base, byte[] head) {
    RawText oldText = new RawText(base == null ? new byte[0] : base);
    RawText newText = new RawText(head == null ? new byte[0] : head);
    List<Hunk> hunks = new ArrayList<>();
    for (Edit edit : edits) {
      List<DiffLine> lines = new ArrayList<>();
      for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
        lines.add(new DiffLine(DiffLine.Kind.REMOVED, i + 1, 0, oldText.getString(i), false));
      }
      for (int i = edit.getBeginB(); i < edit.getEndB(); i++) {
        lines.add(new DiffLine(DiffLine.Kind.ADDED, 0, i + 1, newText.getString(i), false));
      }
      hunks.add(new Hunk(edit.getBeginA() + 1, edit.getLengthA(), edit.getBeginB() + 1, edit.getLengthB(), "", lines));
    }
    return hunks;
  }

  private static String text(byte[] content, boolean binary) {
    return content == null || binary ? null : new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    git.close();
  }
}
