package dev.reviewbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Option;

/**
 * {@code -C DIR}, on every command that reads a repository: run as if started in DIR, as {@code git
 * -C} does.
 */
final class RepositoryOption {
  @Option(
      names = {"-C", "--repo"},
      paramLabel = "DIR",
      description = "Run as if started in DIR (default: the current directory).")
  Path dir = Path.of("");

  /** The directory to start in, absolute. */
  Path dir() {
    return dir.toAbsolutePath().normalize();
  }

  /** A path given on the command line, read from {@link #dir()} when relative. */
  Path resolve(Path path) {
    return path == null || path.isAbsolute() ? path : dir().resolve(path);
  }

  /**
   * The root of the git working tree holding {@link #dir()}, where {@code check} finds {@code
   * .reviewbot.yml}; the directory itself outside git, so {@code scan} and {@code rules} work there
   * too.
   */
  Path root() {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(dir().toFile());
    if (builder.getGitDir() == null) {
      return dir();
    }
    try (Repository repository = builder.build()) {
      return repository.isBare() ? dir() : repository.getWorkTree().toPath();
    } catch (IOException | IllegalArgumentException e) {
      return dir();
    }
  }
}
