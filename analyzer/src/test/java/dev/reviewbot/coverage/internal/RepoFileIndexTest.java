package dev.reviewbot.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepoFileIndexTest {
  private static final List<String> REPO =
      List.of(
          "app/src/main/java/com/acme/Cart.java",
          "core/src/main/java/com/acme/shared/Util.java",
          "web/src/main/java/com/acme/shared/Util.java",
          "tools/web/src/main/java/com/acme/shared/Util.java",
          "legacy/src/com/acme/shared/Util.java",
          "Main.java",
          "src/main/java/Main.java",
          "docs/notCart.java");

  private static SourceCoverage source(String reportPath, String modules) {
    List<String> groups = modules.isEmpty() ? List.of() : Arrays.asList(modules.split(","));
    return new SourceCoverage(reportPath, groups, "jacoco.xml", new TreeMap<>());
  }

  @ParameterizedTest(name = "{0} in [{1}] roots [{2}] -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      com/acme/Cart.java        |              |                    | app/src/main/java/com/acme/Cart.java
      com/acme/shared/Util.java | core         |                    | core/src/main/java/com/acme/shared/Util.java
      com/acme/shared/Util.java | shop,legacy  |                    | legacy/src/com/acme/shared/Util.java
      com/acme/shared/Util.java | web          | web/src/main/java  | web/src/main/java/com/acme/shared/Util.java
      com/acme/shared/Util.java | tools/web    |                    | tools/web/src/main/java/com/acme/shared/Util.java
      com/acme/shared/Util.java |              | core/src/main/java | core/src/main/java/com/acme/shared/Util.java
      Main.java                 |              | .                  | Main.java
      com/acme/shared/Util.java |              |                    | -
      com/acme/shared/Util.java | web          |                    | -
      com/acme/Missing.java     |              |                    | -
      """)
  void resolvesAReportPathToOneRepositoryFile(
      String reportPath, String modules, String roots, String expected) {
    RepoFileIndex index = RepoFileIndex.of(REPO);
    List<String> sourceRoots = roots == null ? List.of() : List.of(roots.split(","));

    RepoFileIndex.Resolution resolution =
        index.resolve(source(reportPath, modules == null ? "" : modules), sourceRoots);

    assertThat(resolution.path()).isEqualTo(expected);
  }

  @Test
  void listsTheTiedCandidatesOfAnAmbiguousPath() {
    RepoFileIndex.Resolution resolution =
        RepoFileIndex.of(REPO).resolve(source("com/acme/shared/Util.java", "web"), List.of());
    assertThat(resolution.resolved()).isFalse();
    assertThat(resolution.candidates())
        .containsExactly(
            "tools/web/src/main/java/com/acme/shared/Util.java",
            "web/src/main/java/com/acme/shared/Util.java");
  }

  @Test
  void matchesWholePathSegmentsOnly() {
    RepoFileIndex.Resolution resolution =
        RepoFileIndex.of(REPO).resolve(source("me/Cart.java", ""), List.of());
    assertThat(resolution.resolved()).isFalse();
    assertThat(resolution.candidates()).isEmpty();
  }

  @Test
  void indexesTrackedFilesOfAGitRepositoryButNotBuildOutput(@TempDir Path repo) throws Exception {
    Path tracked = repo.resolve("lib/src/main/java/com/acme/Cart.java");
    Path untracked = repo.resolve("lib/target/generated-sources/com/acme/Gen.java");
    Files.createDirectories(tracked.getParent());
    Files.createDirectories(untracked.getParent());
    Files.writeString(tracked, "class Cart {}");
    Files.writeString(untracked, "class Gen {}");
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      git.add().addFilepattern("lib/src").call();
    }

    RepoFileIndex index = RepoFileIndex.scan(repo, List.of("lib/src/main/java/com/acme/New.java"));

    assertThat(index.resolve(source("com/acme/Cart.java", ""), List.of()).path())
        .isEqualTo("lib/src/main/java/com/acme/Cart.java");
    assertThat(index.resolve(source("com/acme/New.java", ""), List.of()).path())
        .isEqualTo("lib/src/main/java/com/acme/New.java");
    assertThat(index.resolve(source("com/acme/Gen.java", ""), List.of()).resolved()).isFalse();
  }

  @Test
  void walksADirectoryThatIsNoGitRepositorySkippingBuildOutput(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/main/java/com/acme/Cart.java");
    Path output = dir.resolve("target/classes/com/acme/Cart.java");
    Files.createDirectories(source.getParent());
    Files.createDirectories(output.getParent());
    Files.writeString(source, "class Cart {}");
    Files.writeString(output, "class Cart {}");

    RepoFileIndex index = RepoFileIndex.scan(dir, List.of());

    assertThat(index.resolve(source("com/acme/Cart.java", ""), List.of()).path())
        .isEqualTo("src/main/java/com/acme/Cart.java");
  }
}
