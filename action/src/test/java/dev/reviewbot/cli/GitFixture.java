package dev.reviewbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real git repository in a temporary directory, written to through JGit. */
final class GitFixture implements AutoCloseable {
  private final Path dir;
  private final Git git;

  private GitFixture(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  static GitFixture init(Path dir) {
    try {
      return new GitFixture(
          dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  Path dir() {
    return dir;
  }

  GitFixture write(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitFixture stage() {
    try {
      git.add().addFilepattern(".").call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  String commit(String message) {
    try {
      stage();
      PersonIdent who = new PersonIdent("Dev", "dev@example.com");
      return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates branch {@code name} at {@code startPoint} and checks it out, files included. */
  GitFixture branch(String name, String startPoint) {
    try {
      git.checkout().setCreateBranch(true).setName(name).setStartPoint(startPoint).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
