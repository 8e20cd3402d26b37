package dev.reviewbot.rules.change;

import static dev.reviewbot.rules.RuleRunner.findings;
import static dev.reviewbot.rules.RuleRunner.javaClass;
import static dev.reviewbot.rules.RuleRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.rules.Changes;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrSizeRuleTest {
  @TempDir Path dir;

  @Test
  void reportsOneChangeLevelFindingWithProductionAndTestLinesAndWhereToSplit() {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write("README.md", "hello\n").commit("base");
      ObjectId head =
          repo.write("analyzer/src/main/java/dev/x/Engine.java", javaClass("Engine", 300))
              .write("rules/src/main/java/dev/x/Rule.java", javaClass("Rule", 60))
              .write("rules/src/test/java/dev/x/RuleTest.java", javaClass("RuleTest", 100))
              .write("README.md", "hello\nworld\n")
              .commit("big change");

      List<Finding> found = findings(PrSizeRule.class, Changes.between(repo, base, head), Map.of());

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.isChangeLevel()).isTrue();
                assertThat(f.channel()).isEqualTo(Channel.SUMMARY);
                assertThat(f.lines()).isNull();
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                // 304 + 64 + 104 lines of Java (a class of n statements has n + 4 lines), README 1
                // line added
                assertThat(f.message())
                    .contains(
                        "473 changed lines in 4 files",
                        "limits: 400 lines, 30 files",
                        "369 lines of production code and other files, 104 of tests");
                assertThat(f.suggestion())
                    .contains(
                        "analyzer (304 lines), rules (168 lines), (top-level files) (1 line)");
              });
    }
  }

  @Test
  void reportsTooManyFilesEvenWhenEachIsSmall() {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write("README.md", "hello\n").commit("base");
      for (int i = 0; i < 31; i++) {
        repo.write("src/main/java/dev/x/p" + (i % 3) + "/C" + i + ".java", javaClass("C" + i, 1));
      }
      ObjectId head = repo.commit("many files");

      List<Finding> found = findings(PrSizeRule.class, Changes.between(repo, base, head), Map.of());

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message()).contains("in 31 files");
                // one module: split advice goes by package directory
                assertThat(f.suggestion()).contains("dev/x/p0 (", "dev/x/p1 (", "dev/x/p2 (");
              });
    }
  }

  @Test
  void staysQuietAtTheFileLimit() {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write("README.md", "hello\n").commit("base");
      for (int i = 0; i < 30; i++) {
        repo.write("src/main/java/dev/x/C" + i + ".java", javaClass("C" + i, 1));
      }
      ObjectId head = repo.commit("thirty files");

      assertThat(findings(PrSizeRule.class, Changes.between(repo, base, head), Map.of())).isEmpty();
    }
  }

  @Test
  void doesNotCountGeneratedVendoredLockOrBinaryFiles() {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write("README.md", "hello\n").commit("base");
      byte[] image = new byte[4000];
      image[10] = 0;
      image[0] = (byte) 0x89;
      ObjectId head =
          repo.write("web/package-lock.json", lines(900))
              .write("api/target/generated/dev/x/Dto.java", javaClass("Dto", 600))
              .write("vendor/lib/lib.js", lines(500))
              .write("web/app.min.js", lines(450))
              .write("docs/diagram.png", image)
              .write("src/main/java/dev/x/Small.java", javaClass("Small", 10))
              .commit("mostly generated");

      assertThat(findings(PrSizeRule.class, Changes.between(repo, base, head), Map.of())).isEmpty();
    }
  }

  @Test
  void aRenameWithoutEditsIsNotCounted() {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      for (int i = 0; i < 31; i++) {
        repo.write("old/C" + i + ".java", javaClass("C" + i, 5));
      }
      ObjectId base = repo.commit("base");
      for (int i = 0; i < 31; i++) {
        repo.delete("old/C" + i + ".java").write("moved/C" + i + ".java", javaClass("C" + i, 5));
      }
      ObjectId head = repo.commit("move");

      ChangeSet change = Changes.between(repo, base, head);
      assertThat(change.files())
          .hasSize(31)
          .allSatisfy(f -> assertThat(f.kind().name()).isEqualTo("RENAMED"));
      assertThat(findings(PrSizeRule.class, change, Map.of())).isEmpty();
    }
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of("under the default limits", 390, Map.of(), false),
        Arguments.of("at the default line limit", 400, Map.of(), false),
        Arguments.of("over the default line limit", 410, Map.of(), true),
        Arguments.of("under a raised line limit", 410, Map.of("maxLines", 1000), false),
        Arguments.of("over a lowered line limit", 60, Map.of("maxLines", 50), true),
        Arguments.of(
            "generated code counted when the ignore list is emptied",
            395,
            Map.of("ignore", List.of()),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void reportsOnlyOverTheConfiguredLimits(
      String name, int lines, Map<String, Object> options, boolean reported) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write("README.md", "hello\n").commit("base");
      ObjectId head =
          repo.write("src/main/resources/dev/x/table.csv", lines(lines))
              .write("src/main/resources/generated/gen.csv", lines(10))
              .commit("change");
      assertThat(findings(PrSizeRule.class, Changes.between(repo, base, head), options))
          .hasSize(reported ? 1 : 0);
    }
  }

  @Test
  void staysQuietOnAPlainScan() {
    ChangeSet scan =
        new ChangeSet(
            null,
            "scan",
            null,
            List.of(ChangedFile.scanned("src/main/java/Big.java", javaClass("Big", 2000))));
    assertThat(findings(PrSizeRule.class, scan, Map.of())).isEmpty();
  }
}
