package dev.reviewbot.source;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.source.internal.GitSystemConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The input of {@code reviewbot scan [PATH...]}: whole Java files, no diff.
 *
 * <p>Each directory is walked for {@code .java} files, skipping {@code .git}, {@code target},
 * {@code build} and {@code node_modules} below it; a file named directly is taken whatever its
 * extension. Symbolic links inside a walked directory are not followed: a link to a file of the
 * same tree is read through its own path anyway, and a link out of the tree is out of scope. Files
 * are read as UTF-8, malformed bytes replaced by U+FFFD.
 *
 * <p>Paths are made relative, with forward slashes, to the root of the git working tree holding the
 * file (so they match {@code reviewbot check} and the config's globs), else to the current
 * directory when the file lies below it, else to the directory named on the command line.
 */
public final class PathScanSource {
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", "target", "build", "node_modules");

  private final Path currentDirectory;

  /**
   * @param currentDirectory where relative paths start, and what is scanned when no path is given
   */
  public PathScanSource(Path currentDirectory) {
    this.currentDirectory = currentDirectory.toAbsolutePath().normalize();
  }

  /**
   * @param paths files and directories; empty means the current directory
   * @throws ChangeSourceException if a path does not exist or cannot be read
   */
  public ChangeSet scan(List<Path> paths) throws ChangeSourceException {
    List<Path> arguments = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    Path cwd = realPath(currentDirectory, currentDirectory);
    Set<Path> seen = new HashSet<>();
    List<ChangedFile> files = new ArrayList<>();
    for (Path argument : arguments) {
      Path start = realPath(currentDirectory.resolve(argument), argument);
      Path root = root(start, cwd);
      for (Path file : javaFiles(start)) {
        if (seen.add(file)) {
          files.add(scanned(relative(root, file), read(file)));
        }
      }
    }
    files.sort(Comparator.comparing(ChangedFile::path));
    String label =
        "scan of " + arguments.stream().map(Path::toString).collect(Collectors.joining(", "));
    return new ChangeSet(null, label, null, files);
  }

  /**
   * A file with a NUL byte near its start is binary, as git judges it; its text is not read as
   * source.
   */
  private static ChangedFile scanned(String path, String content) {
    boolean binary = content.substring(0, Math.min(content.length(), 8000)).indexOf('\0') >= 0;
    return binary
        ? new ChangedFile(path, path, ChangeKind.SCANNED, null, null, null, true)
        : ChangedFile.scanned(path, content);
  }

  private static List<Path> javaFiles(Path start) throws ChangeSourceException {
    if (Files.isRegularFile(start)) {
      return List.of(start);
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skipped =
                  !dir.equals(start) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new ChangeSourceException("cannot walk " + start + ": " + e, e);
    }
    return found;
  }

  /**
   * The working tree root holding {@code start}, else the current directory if above it, else
   * {@code start}'s directory.
   */
  private static Path root(Path start, Path cwd) {
    Path dir = Files.isDirectory(start) ? start : start.getParent();
    GitSystemConfig.configureJGit();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() != null) {
      try (Repository repo = builder.build()) {
        if (!repo.isBare()) {
          return repo.getWorkTree().toPath().toRealPath();
        }
      } catch (IOException | IllegalArgumentException e) {
        // not a usable repository: fall back to plain directories
      }
    }
    return start.startsWith(cwd) ? cwd : dir;
  }

  private static String relative(Path root, Path file) {
    String relative = root.relativize(file).toString();
    return file.getFileSystem().getSeparator().equals("/")
        ? relative
        : relative.replace(file.getFileSystem().getSeparator(), "/");
  }

  private static String read(Path file) throws ChangeSourceException {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ChangeSourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path realPath(Path path, Path asGiven) throws ChangeSourceException {
    try {
      return path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new ChangeSourceException("no such file or directory: " + asGiven);
    } catch (IOException e) {
      throw new ChangeSourceException("cannot open " + asGiven + ": " + e.getMessage(), e);
    }
  }
}
