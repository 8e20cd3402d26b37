package dev.reviewbot.source.internal;

import dev.reviewbot.source.ChangeSourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opening a repository and turning names into commits, with one-line errors for the user. */
public final class GitRefs {
  /** A commit and the name it was reached by, e.g. {@code origin/main}. */
  public record NamedCommit(String name, RevCommit commit) {}

  private static final List<String> DEFAULT_BRANCHES =
      List.of(
          Constants.R_REMOTES + "origin/main",
          Constants.R_REMOTES + "origin/master",
          Constants.R_HEADS + "main",
          Constants.R_HEADS + "master");

  private GitRefs() {}

  /** Finds the repository that contains {@code dir} (or a parent of it), as git does. */
  public static Repository open(Path dir) throws ChangeSourceException {
    if (!Files.isDirectory(dir)) {
      throw new ChangeSourceException("not a directory: " + dir);
    }
    GitSystemConfig.configureJGit();
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new ChangeSourceException(
          "not a git repository (or any parent up to /): " + dir.toAbsolutePath());
    }
    try {
      return builder.setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw new ChangeSourceException(
          "cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  /** Resolves {@code ref} (a branch, tag, {@code HEAD~1}, a commit id...) to a commit. */
  public static RevCommit commit(Repository repo, RevWalk walk, String ref)
      throws ChangeSourceException {
    ObjectId id;
    try {
      id = repo.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException | IOException e) {
      throw new ChangeSourceException("unknown revision '" + ref + "': " + e.getMessage(), e);
    }
    if (id == null) {
      throw new ChangeSourceException(
          "unknown revision '" + ref + "': no branch, tag or commit of that name");
    }
    try {
      return walk.parseCommit(id);
    } catch (IOException e) {
      throw new ChangeSourceException(
          "cannot read commit " + id.name() + " ('" + ref + "'): " + e.getMessage(), e);
    }
  }

  /** The best common ancestor of two commits, as {@code git merge-base} picks it. */
  public static RevCommit mergeBase(RevWalk walk, NamedCommit base, NamedCommit head)
      throws ChangeSourceException {
    // a walk of its own: a merge-base filter cannot be taken off a walk once it has run
    try (RevWalk search = new RevWalk(walk.getObjectReader())) {
      search.setRevFilter(RevFilter.MERGE_BASE);
      search.markStart(search.parseCommit(base.commit()));
      search.markStart(search.parseCommit(head.commit()));
      RevCommit mergeBase = search.next();
      if (mergeBase == null) {
        throw new ChangeSourceException(
            "no merge base between '"
                + base.name()
                + "' and '"
                + head.name()
                + "': they share no history");
      }
      return walk.parseCommit(mergeBase);
    } catch (IOException e) {
      throw new ChangeSourceException(
          "cannot compute the merge base of '"
              + base.name()
              + "' and '"
              + head.name()
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The base to compare against when none is given: the remote's default branch ({@code
   * origin/HEAD}), else {@code origin/main}, else {@code origin/master}, else the local {@code
   * main}, else {@code master}. Never the current branch's own upstream: after {@code git push -u}
   * that is the branch itself, and the change would be empty.
   */
  public static NamedCommit defaultBase(Repository repo, RevWalk walk)
      throws ChangeSourceException {
    try {
      Ref originHead = repo.exactRef(Constants.R_REMOTES + "origin/" + Constants.HEAD);
      if (originHead != null && originHead.getObjectId() != null) {
        String target = originHead.getTarget().getName();
        return new NamedCommit(Repository.shortenRefName(target), commit(repo, walk, target));
      }
      for (String candidate : DEFAULT_BRANCHES) {
        if (repo.exactRef(candidate) != null) {
          return new NamedCommit(
              Repository.shortenRefName(candidate), commit(repo, walk, candidate));
        }
      }
      throw new ChangeSourceException(
          "no base branch found: none of origin/HEAD, origin/main, origin/master, main, master exists; "
              + "name one with --base REF");
    } catch (IOException e) {
      throw new ChangeSourceException(
          "cannot read the refs of " + repo.getDirectory() + ": " + e.getMessage(), e);
    }
  }

  /** Short form of a commit id, unique in the repository (at least 7 characters). */
  public static String abbreviate(ObjectReader reader, ObjectId id) {
    try {
      return reader.abbreviate(id, 7).name();
    } catch (IOException e) {
      return id.abbreviate(7).name();
    }
  }
}
