package dev.reviewbot.rules;

import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A real git repository in a temporary directory,: write files, commit, and read the change between
 * two commits back as a {@link ChangeSet} with JGit, the way a change source does.
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
      return new GitRepo(
          dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
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

  /** The change from {@code base} to {@code head}, read by the product's own change source. */
  public ChangeSet change(ObjectId base, ObjectId head) {
    try (GitChangeSource source = GitChangeSource.open(dir)) {
      return source.range(base.name(), head.name());
    } catch (ChangeSourceException e) {
      throw new IllegalStateException(
          "cannot read the change " + base.name() + ".." + head.name(), e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
