package dev.reviewbot.source;

import java.io.IOException;
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

/** A real git repository in a temporary directory, driven through JGit's porcelain API. */
final class TestRepo implements AutoCloseable {
  private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com");

  final Path dir;
  final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  static TestRepo init(Path dir, String initialBranch) throws GitAPIException {
    return new TestRepo(
        dir, Git.init().setDirectory(dir.toFile()).setInitialBranch(initialBranch).call());
  }

  TestRepo write(String path, String content) throws IOException {
    return writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  TestRepo writeBytes(String path, byte[] content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return this;
  }

  TestRepo delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  TestRepo executable(String path) throws IOException {
    Files.setPosixFilePermissions(dir.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
    return this;
  }

  /** {@code git add -A}. */
  TestRepo stageAll() throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return this;
  }

  TestRepo stage(String path) throws GitAPIException {
    git.add().addFilepattern(path).call();
    return this;
  }

  /** {@code git add -A && git commit}. */
  RevCommit commitAll(String message) throws GitAPIException {
    stageAll();
    return git.commit()
        .setMessage(message)
        .setAuthor(AUTHOR)
        .setCommitter(AUTHOR)
        .setSign(false)
        .call();
  }

  /** {@code git tag NAME} ({@code -a -m NAME} when {@code annotated}) on the current commit. */
  TestRepo tag(String name, boolean annotated) throws GitAPIException {
    var tag = git.tag().setName(name).setAnnotated(annotated);
    if (annotated) {
      tag.setMessage(name).setTagger(AUTHOR).setSigned(false);
    }
    tag.call();
    return this;
  }

  TestRepo branch(String name) throws GitAPIException {
    git.branchCreate().setName(name).call();
    return this;
  }

  TestRepo checkout(String name) throws GitAPIException {
    git.checkout().setName(name).call();
    return this;
  }

  /** Points {@code ref} (e.g. {@code refs/remotes/origin/main}) at {@code id}, as a fetch would. */
  TestRepo ref(String ref, ObjectId id) throws IOException {
    RefUpdate update = git.getRepository().updateRef(ref);
    update.setNewObjectId(id);
    update.forceUpdate();
    return this;
  }

  TestRepo symbolicRef(String ref, String target) throws IOException {
    git.getRepository().updateRef(ref).link(target);
    return this;
  }

  TestRepo config(String section, String subsection, String name, String value) throws IOException {
    StoredConfig config = git.getRepository().getConfig();
    config.setString(section, subsection, name, value);
    config.save();
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
