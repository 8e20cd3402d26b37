package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.UnifiedDiffParser;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeRuleSourcesTest {

  /** Reports, per file, the type names it sees in the base and head trees. */
  @RuleInfo(id = "show-trees", summary = "Names the types of each side", since = "test")
  public static final class ShowTrees implements ChangeRule {
    @Override
    public void check(ChangeContext context) {
      for (ChangedFileSummary file : context.files()) {
        context.report(
            file.path()
                + ": "
                + names(context.baseCompilationUnit(file.path()))
                + " -> "
                + names(context.headCompilationUnit(file.path())));
      }
    }

    private static String names(Optional<CompilationUnit> unit) {
      return unit.map(
              u -> u.getTypes().stream().map(TypeDeclaration::getNameAsString).toList().toString())
          .orElse("none");
    }
  }

  private static ChangedFile file(
      String path, String oldPath, ChangeKind kind, String base, String head) {
    return new ChangedFile(
        path,
        oldPath,
        kind,
        new FileDiff(oldPath, path, kind, false, null, null, List.of()),
        base,
        head,
        false);
  }

  @Test
  void aChangeRuleSeesBothSidesOfEachJavaFileAsTheEngineParsesThem() {
    ChangeSet change =
        new ChangeSet(
            "main",
            "HEAD",
            null,
            List.of(
                file(
                    "src/main/java/B.java",
                    "src/main/java/A.java",
                    ChangeKind.RENAMED,
                    "class A {}\n",
                    "class B {}\n"),
                file(
                    "src/main/java/New.java",
                    null,
                    ChangeKind.ADDED,
                    null,
                    "record New(int x) {}\n"),
                file(
                    "src/main/java/Gone.java",
                    "src/main/java/Gone.java",
                    ChangeKind.DELETED,
                    "class Gone {}\n",
                    null),
                file(
                    "src/main/java/Broken.java",
                    "src/main/java/Broken.java",
                    ChangeKind.MODIFIED,
                    "class Broken {}\n",
                    "class {\n"),
                file("README.md", "README.md", ChangeKind.MODIFIED, "a\n", "b\n")));

    AnalysisResult result =
        new Analyzer(RuleRegistry.ofClasses(ShowTrees.class), ReviewConfig.defaults(), 1)
            .analyze(change);

    assertThat(result.crashes()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "src/main/java/B.java: [A] -> [B]",
            "src/main/java/New.java: none -> [New]",
            "src/main/java/Gone.java: [Gone] -> none",
            "src/main/java/Broken.java: [Broken] -> none",
            "README.md: none -> none");
  }

  /**
   * Reports the first added line of each Java file: inline for production code, in the summary when
   * asked.
   */
  @RuleInfo(id = "show-added", summary = "Names the first added line of each file", since = "test")
  public static final class ShowAdded implements ChangeRule {
    @Override
    public void check(ChangeContext context) {
      for (ChangedFileSummary file : context.files()) {
        ChangedLines lines = context.changedLines(file.path());
        if (!lines.added().isEmpty()) {
          int first = lines.added().first();
          context.report(
              file.path(),
              LineRange.of(first),
              "first",
              "first added line " + first,
              null,
              file.path().contains("Quiet") ? Channel.SUMMARY : null);
        }
      }
    }
  }

  @Test
  void aChangeRuleSeesTheAddedLinesOfEachFileAndMayChooseTheSummary() {
    FileDiff added =
        new UnifiedDiffParser()
            .parsePatch(
                "src/main/java/A.java",
                "src/main/java/A.java",
                ChangeKind.MODIFIED,
                "@@ -1,2 +1,3 @@\n class A {\n+  int x;\n }\n");
    ChangeSet change =
        new ChangeSet(
            "main",
            "HEAD",
            null,
            List.of(
                new ChangedFile(
                    "src/main/java/A.java",
                    "src/main/java/A.java",
                    ChangeKind.MODIFIED,
                    added,
                    "class A {\n}\n",
                    "class A {\n  int x;\n}\n",
                    false),
                new ChangedFile(
                    "src/main/java/Quiet.java",
                    "src/main/java/Quiet.java",
                    ChangeKind.MODIFIED,
                    new UnifiedDiffParser()
                        .parsePatch(
                            "src/main/java/Quiet.java",
                            "src/main/java/Quiet.java",
                            ChangeKind.MODIFIED,
                            "@@ -1,2 +1,3 @@\n class Quiet {\n+  int y;\n }\n"),
                    "class Quiet {\n}\n",
                    "class Quiet {\n  int y;\n}\n",
                    false),
                file(
                    "src/main/java/Gone.java",
                    "src/main/java/Gone.java",
                    ChangeKind.DELETED,
                    "class Gone {}\n",
                    null)));

    AnalysisResult result =
        new Analyzer(RuleRegistry.ofClasses(ShowAdded.class), ReviewConfig.defaults(), 1)
            .analyze(change);

    assertThat(result.crashes()).isEmpty();
    assertThat(result.findings())
        .extracting(f -> f.path() + ":" + f.line() + " " + f.channel())
        .containsExactly("src/main/java/A.java:2 INLINE", "src/main/java/Quiet.java:2 SUMMARY");
  }
}
