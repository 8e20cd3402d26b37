package dev.reviewbot.rules.complexity;

import static dev.reviewbot.rules.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.rules.Changes;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardToFollowRuleTest {
  private static final String PATH = "src/main/java/dev/x/Parser.java";

  /**
   * Cognitive complexity 1 + 2 + 3 + 4 + 5 = 15 for four nested ifs in a loop, plus {@code extra}.
   */
  private static String parser(String extra, String comment) {
    return """
        package dev.x;

        class Parser {
          int parse(String text, boolean a, boolean b, boolean c) {
            int n = 0;
            for (char ch : text.toCharArray()) {
              if (a) {
                if (b) {
                  if (c) {
                    if (ch == 'x') {
                      n++; // %s
                    }
                  }
                }
              }
            }
            %s
            return n;
          }
        }
        """
        .formatted(comment, extra);
  }

  private static List<Finding> scan(String path, String source) {
    return findings(
        HardToFollowRule.class,
        new ChangeSet(null, "scan", null, List.of(ChangedFile.scanned(path, source))),
        Map.of());
  }

  @Test
  void namesTheScoreAndTheBiggestContributorsOnTheMethodHeader() {
    List<Finding> found = scan(PATH, parser("if (n > 3 && a) { n--; }", "count"));

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(4);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .isEqualTo(
                      "parse() is hard to follow: cognitive complexity 17 (max 15): "
                          + "nested if at line 10 +5, nested if at line 9 +4, nested if at line 8 +3, nested if at line 7 +2, and 3 more; "
                          + "nested 5 levels deep at line 10 (max 4).");
              assertThat(f.suggestion()).contains("Extract");
            });
  }

  @Test
  void staysQuietAtTheLimit() {
    assertThat(
            findings(
                HardToFollowRule.class,
                new ChangeSet(
                    null, "scan", null, List.of(ChangedFile.scanned(PATH, parser("", "count")))),
                Map.of("maxNesting", 5)))
        .isEmpty();
  }

  @Test
  void isOneLevelLowerInTestCode() {
    assertThat(scan("src/test/java/dev/x/ParserTest.java", parser("if (n > 3) { n--; }", "count")))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.INFO);
  }

  @Test
  void inAChangeReportsAMethodTheChangeMadeHarderAndAnchorsOnTheAddedLine(@TempDir Path dir) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write(PATH, parser("if (n > 3) { n--; }", "count")).commit("base");
      ObjectId head =
          repo.write(PATH, parser("if (n > 3 || n < -3) { n--; }", "count")).commit("harder");

      assertThat(findings(HardToFollowRule.class, Changes.between(repo, base, head), Map.of()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message())
                    .contains("cognitive complexity 17, was 16 before this change (max 15)");
                assertThat(f.line()).as("the added line, not the untouched header").isEqualTo(17);
              });
    }
  }

  @Test
  void inAChangeLeavesAMethodAloneThatWasAlreadyThatHardByDefault(@TempDir Path dir) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write(PATH, parser("if (n > 3) { n--; }", "count")).commit("base");
      ObjectId head =
          repo.write(PATH, parser("if (n > 3) { n--; }", "count the x characters"))
              .commit("comment");
      ChangeSet change = Changes.between(repo, base, head);

      assertThat(findings(HardToFollowRule.class, change, Map.of())).isEmpty();
      assertThat(findings(HardToFollowRule.class, change, Map.of("newProblemsOnly", false)))
          .singleElement()
          .extracting(Finding::line)
          .as("anchored on the changed line")
          .isEqualTo(11);
    }
  }

  @Test
  void inAChangeReportsANewMethodOnItsHeader(@TempDir Path dir) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write(PATH, "package dev.x;\n\nclass Parser {\n}\n").commit("base");
      ObjectId head = repo.write(PATH, parser("if (n > 3) { n--; }", "count")).commit("new method");

      assertThat(findings(HardToFollowRule.class, Changes.between(repo, base, head), Map.of()))
          .singleElement()
          .extracting(Finding::line)
          .isEqualTo(4);
    }
  }
}
