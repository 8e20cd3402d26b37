package dev.reviewbot.source;

import dev.reviewbot.source.internal.FileContents;
import dev.reviewbot.source.internal.GitRefs;
import dev.reviewbot.source.internal.GitRefs.NamedCommit;
import dev.reviewbot.source.internal.ReleaseTags;
import dev.reviewbot.source.internal.TreeChanges;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads a change from a local git repository with JGit: no checkout, no {@code git} process.
 *
 * <p>The base is the merge-base of a base ref and the head commit ({@code HEAD} when the head is
 * the index or the working tree), so the change holds only what the head adds, as a pull request
 * would show it. With no base ref given, {@link #defaultBaseRef() the default} is the remote's
 * default branch ({@code origin/HEAD}, else {@code origin/main} or {@code origin/master}), else
 * {@code main}, else {@code master}; never the branch's own upstream.
 *
 * <p>The head is one of:
 *
 * <ul>
 *   <li>{@link Head#commit(String) a commit}: contents from git objects;
 *   <li>{@link Head#index() the index} (what {@code git commit} would record): contents from the
 *       index blobs;
 *   <li>{@link Head#workingTree() the working tree} (the default for {@code reviewbot check}):
 *       contents from the files on disk; staged and unstaged edits both count, and untracked files
 *       are included as added files, because a developer checking before a commit wants the new
 *       classes reviewed too, unless git ignores them or they are build output ({@code target/},
 *       {@code build/}) even without a {@code .gitignore}.
 * </ul>
 *
 * <p>The change carries the {@link LastRelease newest release} its base contains (a version tag,
 * pre-releases skipped), with the changed Java files as released, so rules can tell a break of
 * released API from a change to API no release has had.
 *
 * <p>Renames are detected (as {@code git diff -M} does). Binary files (a NUL byte in the first 8000
 * bytes, the {@code -diff}/{@code binary} attribute, or over 50 MB) are flagged and carry no text.
 * Submodules are left out. Text is decoded as UTF-8, malformed bytes replaced.
 *
 * <p>Not thread-safe; close it to release the repository.
 */
public final class GitChangeSource implements AutoCloseable {
  private static final String ZERO_ID = ObjectId.zeroId().name();

  /**
   * What to take as the head of the change.
   *
   * @param kind a commit, the index or the working tree
   * @param ref the revision string of a commit head, {@code null} otherwise
   */
  public record Head(Kind kind, String ref) {
    public enum Kind {
      COMMIT,
      INDEX,
      WORKING_TREE
    }

    public Head {
      if ((kind == Kind.COMMIT) != (ref != null && !ref.isBlank())) {
        throw new IllegalArgumentException(
            "a commit head needs a ref, the index and working tree take none");
      }
    }

    /**
     * A commit named by any revision string git understands ({@code HEAD}, a branch, {@code
     * HEAD~2}, an id).
     */
    public static Head commit(String ref) {
      return new Head(Kind.COMMIT, ref);
    }

    /** The index: staged changes. */
    public static Head index() {
      return new Head(Kind.INDEX, null);
    }

    /** The files on disk, untracked non-ignored files included. */
    public static Head workingTree() {
      return new Head(Kind.WORKING_TREE, null);
    }
  }

  private final Repository repo;

  private GitChangeSource(Repository repo) {
    this.repo = repo;
  }

  /**
   * Opens the repository containing {@code dir}, which may be any directory inside its working
   * tree.
   *
   * @throws ChangeSourceException if {@code dir} is not inside a git repository
   */
  public static GitChangeSource open(Path dir) throws ChangeSourceException {
    return new GitChangeSource(GitRefs.open(dir));
  }

  /** The root of the working tree, or {@code null} for a bare repository. */
  public Path workTree() {
    return repo.isBare() ? null : repo.getWorkTree().toPath();
  }

  /**
   * The change from the merge-base of {@code baseRef} and the head to the head.
   *
   * @param baseRef a revision string, or {@code null} for {@link #defaultBaseRef() the default}
   * @throws ChangeSourceException if a ref does not resolve, there is no merge base, or the head
   *     needs a working tree the repository lacks
   */
  public ChangeSet read(String baseRef, Head head) throws ChangeSourceException {
    try (RevWalk walk = new RevWalk(repo)) {
      NamedCommit headCommit =
          switch (head.kind()) {
            case COMMIT -> new NamedCommit(head.ref(), GitRefs.commit(repo, walk, head.ref()));
            case INDEX -> new NamedCommit(Constants.HEAD, headOfWorkingCopy(walk, "index"));
            case WORKING_TREE ->
                new NamedCommit(Constants.HEAD, headOfWorkingCopy(walk, "working tree"));
          };
      NamedCommit base =
          baseRef == null
              ? GitRefs.defaultBase(repo, walk)
              : new NamedCommit(baseRef, GitRefs.commit(repo, walk, baseRef));
      return change(walk, base, headCommit, head);
    }
  }

  /**
   * The change from the merge-base of two commits to the second, e.g. {@code origin/main..topic}.
   *
   * @throws ChangeSourceException if either does not resolve or they share no history
   */
  public ChangeSet range(String baseCommit, String headCommit) throws ChangeSourceException {
    return read(baseCommit, Head.commit(headCommit));
  }

  /**
   * The commits a {@code git push} sends, for a pre-push hook, which reads {@code <local ref>
   * <local sha> <remote ref> <remote sha>} lines on stdin.
   *
   * <p>The base is the merge-base of the remote sha and the local sha. A remote sha of all zeros (a
   * new branch), or one this repository does not have (not fetched yet), falls back to the merge
   * base with {@link #defaultBaseRef() the default base}. A local sha of all zeros (deleting the
   * remote branch) pushes no content: the change set is then empty.
   */
  public ChangeSet pushed(String localSha, String remoteSha) throws ChangeSourceException {
    if (ZERO_ID.equals(localSha)) {
      return new ChangeSet("remote " + abbreviate(remoteSha), "branch deletion", null, List.of());
    }
    try (RevWalk walk = new RevWalk(repo)) {
      NamedCommit head =
          new NamedCommit(abbreviate(localSha), GitRefs.commit(repo, walk, localSha));
      NamedCommit base =
          ZERO_ID.equals(remoteSha) || !hasCommit(remoteSha)
              ? GitRefs.defaultBase(repo, walk)
              : new NamedCommit(
                  "remote " + abbreviate(remoteSha), GitRefs.commit(repo, walk, remoteSha));
      return change(walk, base, head, Head.commit(localSha));
    }
  }

  /**
   * The name {@link #read} uses when given no base ref, e.g. {@code origin/main}.
   *
   * @throws ChangeSourceException if none of the candidates exists
   */
  public String defaultBaseRef() throws ChangeSourceException {
    try (RevWalk walk = new RevWalk(repo)) {
      return GitRefs.defaultBase(repo, walk).name();
    }
  }

  @Override
  public void close() {
    repo.close();
  }

  private ChangeSet change(RevWalk walk, NamedCommit base, NamedCommit head, Head mode)
      throws ChangeSourceException {
    RevCommit mergeBase = GitRefs.mergeBase(walk, base, head);
    try (ObjectReader reader = repo.newObjectReader()) {
      TreeChanges changes = new TreeChanges(repo, reader);
      List<DiffEntry> entries =
          switch (mode.kind()) {
            case COMMIT -> changes.betweenTrees(mergeBase.getTree(), head.commit().getTree());
            case INDEX -> changes.baseToIndex(mergeBase.getTree(), repo.readDirCache());
            case WORKING_TREE ->
                changes.baseToWorkingTree(mergeBase.getTree(), repo.readDirCache());
          };
      boolean onDisk = mode.kind() == Head.Kind.WORKING_TREE;
      FileContents contents =
          new FileContents(repo, changes.contents(onDisk), onDisk ? workTree() : null);
      List<ChangedFile> files = new ArrayList<>(entries.size());
      for (DiffEntry entry : entries) {
        files.add(contents.read(entry));
      }
      String baseLabel =
          base.name() + " (merge-base " + GitRefs.abbreviate(reader, mergeBase) + ")";
      LastRelease release =
          ReleaseTags.newest(repo, reader, mergeBase, basePathsOfJavaFiles(files)).orElse(null);
      return switch (mode.kind()) {
        case COMMIT ->
            new ChangeSet(
                baseLabel,
                head.name() + " " + GitRefs.abbreviate(reader, head.commit()),
                head.commit().name(),
                files,
                release);
        case INDEX -> new ChangeSet(baseLabel, "index", null, files, release);
        case WORKING_TREE -> new ChangeSet(baseLabel, "working tree", null, files, release);
      };
    } catch (IOException | CanceledException e) {
      throw new ChangeSourceException(
          "cannot read the change from " + repo.getDirectory() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> basePathsOfJavaFiles(List<ChangedFile> files) {
    return files.stream()
        .filter(f -> f.isJava() && f.oldPath() != null && !f.binary())
        .map(ChangedFile::oldPath)
        .toList();
  }

  private RevCommit headOfWorkingCopy(RevWalk walk, String what) throws ChangeSourceException {
    if (repo.isBare()) {
      throw new ChangeSourceException(
          "bare repository "
              + repo.getDirectory()
              + " has no "
              + what
              + "; name a head commit with --head REF");
    }
    try {
      if (repo.resolve(Constants.HEAD) == null) {
        throw new ChangeSourceException(
            "HEAD does not point at a commit yet (no commits on this branch); commit first or pass --head REF");
      }
    } catch (IOException e) {
      throw new ChangeSourceException(
          "cannot resolve HEAD in " + repo.getDirectory() + ": " + e.getMessage(), e);
    }
    return GitRefs.commit(repo, walk, Constants.HEAD);
  }

  private boolean hasCommit(String sha) {
    try {
      return ObjectId.isId(sha) && repo.getObjectDatabase().has(ObjectId.fromString(sha));
    } catch (IOException e) {
      return false;
    }
  }

  private static String abbreviate(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }
}
