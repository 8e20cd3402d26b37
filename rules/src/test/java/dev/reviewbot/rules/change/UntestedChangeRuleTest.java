package dev.reviewbot.rules.change;

import static dev.reviewbot.rules.RuleRunner.findings;
import static dev.reviewbot.rules.RuleRunner.javaClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.rules.GitRepo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UntestedChangeRuleTest {
  private static final String SERVICE = "core/src/main/java/dev/x/Service.java";
  private static final String SERVICE_TEST = "core/src/test/java/dev/x/ServiceTest.java";

  @TempDir
  Path dir;

  /** A base commit with a production class and its test, then {@code change} committed on top. */
  private List<Finding> afterChange(Consumer<GitRepo> change, Map<String, Object> options) {
    try (GitRepo repo = GitRepo.init(dir)) {
      ObjectId base = repo.write(SERVICE, javaClass("Service", 3))
          .write(SERVICE_TEST, javaClass("ServiceTest", 3))
          .write("README.md", "hello\n")
          .commit("base");
      change.accept(repo);
      ObjectId head = repo.commit("change");
      return findings(UntestedChangeRule.class, repo.change(base, head), options);
    }
  }

  @Test
  void reportsProductionJavaChangedWithoutATestAtInfoLevel() {
    List<Finding> found = afterChange(repo -> repo.write(SERVICE, javaClass("Service", 5)), Map.of());

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.isChangeLevel()).isTrue();
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).startsWith("Production code changed with no test change: " + SERVICE + " (+2)");
      assertThat(f.suggestion()).contains("Add or update a test");
    });
  }

  @Test
  void namesTheFirstThreeFilesAndCountsTheRest() {
    List<Finding> found = afterChange(repo -> {
      for (int i = 1; i <= 5; i++) {
        repo.write("core/src/main/java/dev/x/New" + i + ".java", javaClass("New" + i, 1));
      }
    }, Map.of());

    assertThat(found).singleElement().extracting(Finding::message).asString()
        .contains("New1.java (+5), core/src/main/java/dev/x/New2.java (+5), core/src/main/java/dev/x/New3.java (+5) and 2 more files")
        .contains("(25 added or modified lines)")
        .doesNotContain("New4");
  }

  static Stream<Arguments> changesThatNeedNoRemark() {
    return Stream.of(
        Arguments.of("the test changed too", (Consumer<GitRepo>) repo -> repo
            .write(SERVICE, javaClass("Service", 5)).write(SERVICE_TEST, javaClass("ServiceTest", 4))),
        Arguments.of("a new test file came with it", (Consumer<GitRepo>) repo -> repo
            .write(SERVICE, javaClass("Service", 5)).write("core/src/test/java/dev/x/OtherTest.java", javaClass("OtherTest", 1))),
        Arguments.of("test resources changed with it", (Consumer<GitRepo>) repo -> repo
            .write(SERVICE, javaClass("Service", 5)).write("core/src/test/resources/case.json", "{}\n")),
        Arguments.of("only tests changed", (Consumer<GitRepo>) repo -> repo.write(SERVICE_TEST, javaClass("ServiceTest", 9))),
        Arguments.of("only documentation changed", (Consumer<GitRepo>) repo -> repo.write("README.md", "hello\nworld\n")),
        Arguments.of("production code was only deleted", (Consumer<GitRepo>) repo -> repo.delete(SERVICE)),
        Arguments.of("lines were only removed", (Consumer<GitRepo>) repo -> repo.write(SERVICE, javaClass("Service", 1))),
        Arguments.of("only package-info.java and module-info.java changed", (Consumer<GitRepo>) repo -> repo
            .write("core/src/main/java/dev/x/package-info.java", "/** Docs. */\npackage dev.x;\n")
            .write("core/src/main/java/module-info.java", "module dev.x {}\n")),
        Arguments.of("only generated code changed", (Consumer<GitRepo>) repo -> repo
            .write("core/target/generated-sources/dev/x/Dto.java", javaClass("Dto", 4))));
  }

  @ParameterizedTest(name = "quiet when {0}")
  @MethodSource("changesThatNeedNoRemark")
  void staysQuiet(String name, Consumer<GitRepo> change) {
    assertThat(afterChange(change, Map.of())).isEmpty();
  }

  @Test
  void aChangeBelowMinLinesNeedsNoTest() {
    assertThat(afterChange(repo -> repo.write(SERVICE, javaClass("Service", 5)), Map.of("minLines", 3))).isEmpty();
    assertThat(afterChange(repo -> repo.write(SERVICE, javaClass("Service", 6)), Map.of("minLines", 3))).hasSize(1);
  }

  @Test
  void staysQuietOnAPlainScan() {
    ChangeSet scan = new ChangeSet(null, "scan", null, List.of(ChangedFile.scanned(SERVICE, javaClass("Service", 3))));
    assertThat(findings(UntestedChangeRule.class, scan, Map.of())).isEmpty();
  }
}
