package dev.reviewbot.coverage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The repository's files indexed by file name, to map a report path ({@code package/File.java}, no
 * source root) to the repository file(s) ending with it. Built from git's index (tracked files,
 * read without touching the work tree) plus the change's own paths; outside a git repository, from
 * a walk of the directory that skips build output and hidden directories.
 */
public final class RepoFileIndex {
  private static final Set<String> SKIPPED_DIRS = Set.of("target", "build", "out", "node_modules");

  private final Map<String, List<String>> byFileName = new HashMap<>();

  private RepoFileIndex(Collection<String> paths) {
    for (String path : new LinkedHashSet<>(paths)) {
      byFileName.computeIfAbsent(fileName(path), k -> new ArrayList<>()).add(path);
    }
  }

  public static RepoFileIndex of(Collection<String> paths) {
    return new RepoFileIndex(paths);
  }

  /** Tracked files under {@code root} (repository-relative to it) plus {@code changePaths}. */
  public static RepoFileIndex scan(Path root, Collection<String> changePaths) {
    List<String> paths = new ArrayList<>(changePaths);
    if (!trackedFiles(root, paths)) {
      walk(root, paths);
    }
    return new RepoFileIndex(paths);
  }

  /** A resolved path, or the candidates that stayed tied (none: no file matched). */
  public record Resolution(String path, List<String> candidates) {
    public boolean resolved() {
      return path != null;
    }
  }

  /**
   * The repository file a report file belongs to: the unique file ending with the report path;
   * among several, the one inside the report's module directory (innermost group first), then the
   * one under a configured source root.
   */
  public Resolution resolve(SourceCoverage source, List<String> sourceRoots) {
    String reportPath = source.reportPath();
    List<String> candidates =
        byFileName.getOrDefault(source.fileName(), List.of()).stream()
            .filter(p -> p.equals(reportPath) || p.endsWith("/" + reportPath))
            .sorted()
            .toList();
    if (candidates.size() <= 1) {
      return candidates.isEmpty()
          ? new Resolution(null, List.of())
          : new Resolution(candidates.get(0), candidates);
    }
    List<String> inModule = candidates;
    for (int i = source.modules().size() - 1; i >= 0; i--) {
      String module = "/" + trimSlashes(source.modules().get(i)) + "/";
      List<String> matching = candidates.stream().filter(p -> ("/" + p).contains(module)).toList();
      if (!matching.isEmpty()) {
        inModule = matching;
        break;
      }
    }
    if (inModule.size() == 1) {
      return new Resolution(inModule.get(0), candidates);
    }
    List<String> underRoot =
        inModule.stream()
            .filter(
                p ->
                    sourceRoots.stream()
                        .map(RepoFileIndex::trimSlashes)
                        .anyMatch(
                            root ->
                                p.equals(
                                    root.isEmpty() || root.equals(".")
                                        ? reportPath
                                        : root + "/" + reportPath)))
            .toList();
    if (underRoot.size() == 1) {
      return new Resolution(underRoot.get(0), candidates);
    }
    return new Resolution(null, underRoot.isEmpty() ? inModule : underRoot);
  }

  private static boolean trackedFiles(Path root, List<String> paths) {
    if (!Files.exists(root.resolve(".git"))) {
      return false;
    }
    try (Repository repository =
        new FileRepositoryBuilder().setWorkTree(root.toFile()).setup().build()) {
      if (!repository.getObjectDatabase().exists()) {
        return false;
      }
      DirCache index = repository.readDirCache();
      for (int i = 0; i < index.getEntryCount(); i++) {
        paths.add(index.getEntry(i).getPathString());
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void walk(Path root, List<String> paths) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip =
                  !dir.equals(root) && (name.startsWith(".") || SKIPPED_DIRS.contains(name));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                paths.add(root.relativize(file).toString().replace('\\', '/'));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static String trimSlashes(String text) {
    String result = text.replace('\\', '/');
    while (result.startsWith("/")) {
      result = result.substring(1);
    }
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
