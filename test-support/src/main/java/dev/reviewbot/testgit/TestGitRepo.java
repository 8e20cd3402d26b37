package dev.reviewbot.testgit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary directory, driven through JGit's porcelain API: the one
 * builder every module's tests use. Failures are unchecked, since a test can only fail on them.
 */
public final class TestGitRepo implements AutoCloseable {
  private static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.com");

  private final Path dir;
  private final Git git;

  private TestGitRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** A new repository in {@code dir} whose first branch is {@code main}. */
  public static TestGitRepo init(Path dir) {
    return init(dir, "main");
  }

  public static TestGitRepo init(Path dir, String initialBranch) {
    return call(
        "create a repository in " + dir,
        () ->
            new TestGitRepo(
                dir, Git.init().setDirectory(dir.toFile()).setInitialBranch(initialBranch).call()));
  }

  public Path dir() {
    return dir;
  }

  /** JGit itself, for what this class does not offer. */
  public Git git() {
    return git;
  }

  public TestGitRepo write(String path, String content) {
    return write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public TestGitRepo write(String path, byte[] content) {
    return io(
        () -> {
          Path file = dir.resolve(path);
          Files.createDirectories(file.getParent());
          Files.write(file, content);
        });
  }

  public TestGitRepo delete(String path) {
    return io(() -> Files.delete(dir.resolve(path)));
  }

  public TestGitRepo executable(String path) {
    return io(
        () ->
            Files.setPosixFilePermissions(
                dir.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x")));
  }

  /** {@code git add -A}: new, changed and deleted files. */
  public TestGitRepo stageAll() {
    return call(
        "stage in " + dir,
        () -> {
          git.add().addFilepattern(".").call();
          git.add().addFilepattern(".").setUpdate(true).call();
          return this;
        });
  }

  public TestGitRepo stage(String path) {
    return call(
        "stage " + path,
        () -> {
          git.add().addFilepattern(path).call();
          return this;
        });
  }

  /** {@code git add -A && git commit -m message}. */
  public RevCommit commit(String message) {
    stageAll();
    return call(
        "commit in " + dir,
        () ->
            git.commit()
                .setMessage(message)
                .setAuthor(AUTHOR)
                .setCommitter(AUTHOR)
                .setSign(false)
                .call());
  }

  /** {@code git tag NAME} ({@code -a -m NAME} when {@code annotated}) on the current commit. */
  public TestGitRepo tag(String name, boolean annotated) {
    return call(
        "tag " + name,
        () -> {
          var tag = git.tag().setName(name).setAnnotated(annotated);
          if (annotated) {
            tag.setMessage(name).setTagger(AUTHOR).setSigned(false);
          }
          tag.call();
          return this;
        });
  }

  public TestGitRepo branch(String name) {
    return call(
        "create branch " + name,
        () -> {
          git.branchCreate().setName(name).call();
          return this;
        });
  }

  public TestGitRepo checkout(String name) {
    return call(
        "check out " + name,
        () -> {
          git.checkout().setName(name).call();
          return this;
        });
  }

  /** Creates branch {@code name} at {@code startPoint} and checks it out, files included. */
  public TestGitRepo checkoutNewBranch(String name, String startPoint) {
    return call(
        "check out a new branch " + name,
        () -> {
          git.checkout().setCreateBranch(true).setName(name).setStartPoint(startPoint).call();
          return this;
        });
  }

  /** Points {@code ref} (e.g. {@code refs/remotes/origin/main}) at {@code id}, as a fetch would. */
  public TestGitRepo ref(String ref, ObjectId id) {
    return io(
        () -> {
          RefUpdate update = git.getRepository().updateRef(ref);
          update.setNewObjectId(id);
          update.forceUpdate();
        });
  }

  public TestGitRepo symbolicRef(String ref, String target) {
    return io(() -> git.getRepository().updateRef(ref).link(target));
  }

  public TestGitRepo config(String section, String subsection, String name, String value) {
    return io(
        () -> {
          StoredConfig config = git.getRepository().getConfig();
          config.setString(section, subsection, name, value);
          config.save();
        });
  }

  @Override
  public void close() {
    git.close();
  }

  private interface GitCall<T> {
    T call() throws GitAPIException;
  }

  private interface FileWork {
    void run() throws IOException;
  }

  private static <T> T call(String what, GitCall<T> work) {
    try {
      return work.call();
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot " + what, e);
    }
  }

  private TestGitRepo io(FileWork work) {
    try {
      work.run();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
