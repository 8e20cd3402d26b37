package dev.reviewbot.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathScanSourceTest {
  @TempDir Path dir;

  private Path write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static List<String> paths(ChangeSet change) {
    return change.files().stream().map(ChangedFile::path).toList();
  }

  @Test
  void collectsJavaFilesAndSkipsBuildOutputAndDependencies() throws Exception {
    write("src/A.java", "class A {}\n");
    write("src/b/B.java", "class B {}\n");
    write("target/generated/Gen.java", "class Gen {}\n");
    write("build/X.java", "class X {}\n");
    write("node_modules/pkg/Z.java", "class Z {}\n");
    write("README.md", "# readme\n");
    write("src/notes.txt", "not java\n");

    ChangeSet change = new PathScanSource(dir).scan(List.of());

    assertThat(change.isScan()).isTrue();
    assertThat(change.base()).isNull();
    assertThat(change.head()).isEqualTo("scan of .");
    assertThat(paths(change)).containsExactly("src/A.java", "src/b/B.java");
    assertThat(change.files())
        .allSatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(ChangeKind.SCANNED);
              assertThat(f.diff()).isNull();
            });
    assertThat(change.files().get(0).headContent()).isEqualTo("class A {}\n");
  }

  @Test
  void namesPathsFromTheRepositoryRootWhenInsideAWorkingTree() throws Exception {
    Path repo = dir.resolve("repo");
    try (TestGitRepo git = TestGitRepo.init(repo, "main")) {
      git.write("module/src/A.java", "class A {}\n").write(".git-like/Not.java", "class Not {}\n");
      ChangeSet change = new PathScanSource(repo.resolve("module")).scan(List.of(Path.of("src")));
      assertThat(paths(change)).containsExactly("module/src/A.java");
      assertThat(paths(new PathScanSource(repo).scan(List.of())))
          .containsExactly(".git-like/Not.java", "module/src/A.java");
    }
  }

  @Test
  void namesPathsFromTheGivenDirectoryWhenItLiesOutsideTheCurrentOne() throws Exception {
    write("elsewhere/pkg/A.java", "class A {}\n");
    Files.createDirectories(dir.resolve("cwd"));
    ChangeSet change =
        new PathScanSource(dir.resolve("cwd")).scan(List.of(dir.resolve("elsewhere")));
    assertThat(paths(change)).containsExactly("pkg/A.java");
  }

  @Test
  void followsNoSymbolicLinksInsideTheTree() throws Exception {
    write("tree/A.java", "class A {}\n");
    write("tree/sub/S.java", "class S {}\n");
    write("outside/O.java", "class O {}\n");
    Files.createSymbolicLink(dir.resolve("tree/out"), dir.resolve("outside"));
    Files.createSymbolicLink(dir.resolve("tree/again"), dir.resolve("tree/sub"));
    Files.createSymbolicLink(dir.resolve("tree/Alias.java"), dir.resolve("tree/A.java"));

    ChangeSet change = new PathScanSource(dir).scan(List.of(Path.of("tree")));

    assertThat(paths(change)).containsExactly("tree/A.java", "tree/sub/S.java");
  }

  @Test
  void takesAFileNamedDirectlyAndScansEachFileOnce() throws Exception {
    write("src/A.java", "class A {}\n");
    write("src/b/B.java", "class B {}\n");
    write("target/Gen.java", "class Gen {}\n");
    write("script.groovy", "println 1\n");

    ChangeSet change =
        new PathScanSource(dir)
            .scan(
                List.of(
                    Path.of("src"), Path.of("src/b"), Path.of("script.groovy"), Path.of("target")));

    assertThat(paths(change))
        .containsExactly("script.groovy", "src/A.java", "src/b/B.java", "target/Gen.java");
    assertThat(change.head()).isEqualTo("scan of src, src/b, script.groovy, target");
  }

  @Test
  void replacesMalformedUtf8InsteadOfFailing() throws Exception {
    Files.write(
        dir.resolve("Latin1.java"),
        "class L { String s = \"caf\u00e9\"; }\n".getBytes(StandardCharsets.ISO_8859_1));
    ChangeSet change = new PathScanSource(dir).scan(List.of());
    assertThat(change.files().get(0).headContent())
        .isEqualTo("class L { String s = \"caf\uFFFD\"; }\n");
  }

  @Test
  void refusesAPathThatDoesNotExist() {
    assertThatThrownBy(() -> new PathScanSource(dir).scan(List.of(Path.of("nope"))))
        .isInstanceOf(ChangeSourceException.class)
        .hasMessage("no such file or directory: nope");
  }
}
