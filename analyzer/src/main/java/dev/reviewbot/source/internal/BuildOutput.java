package dev.reviewbot.source.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Build output that a working-tree change leaves out even when no {@code .gitignore} names it: a
 * {@code target/} or {@code build/} directory at the repository root, or beside the build file that
 * writes it (Maven's {@code pom.xml}, Gradle's {@code build.gradle[.kts]} or settings). A package
 * directory named {@code build} deeper in the sources has no build file beside it, so it stays.
 */
final class BuildOutput {
  private static final Map<String, List<String>> BUILD_FILES =
      Map.of(
          "target", List.of("pom.xml"),
          "build",
              List.of(
                  "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"));

  private final Path workTree;

  BuildOutput(Path workTree) {
    this.workTree = workTree;
  }

  /**
   * True when a directory on the way to {@code path} (repository-relative, {@code /}-separated) is
   * build output.
   */
  boolean contains(String path) {
    String[] segments = path.split("/");
    Path parent = workTree;
    for (int i = 0; i < segments.length - 1; i++) {
      List<String> buildFiles = BUILD_FILES.get(segments[i]);
      if (buildFiles != null && (i == 0 || anyExists(parent, buildFiles))) {
        return true;
      }
      parent = parent.resolve(segments[i]);
    }
    return false;
  }

  private static boolean anyExists(Path dir, List<String> files) {
    return files.stream().anyMatch(file -> Files.isRegularFile(dir.resolve(file)));
  }
}
