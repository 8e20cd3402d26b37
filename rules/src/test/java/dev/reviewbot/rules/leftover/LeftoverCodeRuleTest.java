package dev.reviewbot.rules.leftover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.testkit.RuleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeftoverCodeRuleTest {
  private static final RuleFixture RULE = RuleFixture.of(LeftoverCodeRule.class);

  /** A class whose method {@code m} has {@code body}, checked as a whole file at {@code path}. */
  private static List<Finding> scan(String path, String body) {
    return RULE.findings(
        "A.java",
        "// path: " + path + "\nclass A {\n  int n;\n  void m() {\n" + body + "\n  }\n}\n");
  }

  private static List<Finding> change(String base, String head) {
    return RULE.findingsForChange("A.java", base, head);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      short-circuit     | if (true) return;\\n n++;                        | `if (true)` returns at once: the 1 statement after it never runs, though the compiler cannot tell.
      dead block        | if (false) {\\n n = 1;\\n }                       | `if (false)` never runs its block: dead code
      dead else         | if (true) {\\n n = 1;\\n } else {\\n n = 2;\\n } | `if (true)` always takes its first branch: the `else` branch is dead code.
      pointless         | if (true) {\\n n = 1;\\n }                        | `if (true)` always runs its block: the condition decides nothing.
      forced operand    | if (false && n > 0) {\\n n = 1;\\n }              | `if (false && n > 0)` never runs its block
      ternary           | n = true ? 1 : n;                                 | `true ? ... : ...` always gives `1`: the other operand is dead code.
      exit              | System.exit(1);                                   | `System.exit(...)` in library code ends the whole JVM
      halt              | Runtime.getRuntime().halt(1);                     | `Runtime.getRuntime().halt(...)` in library code ends the whole JVM
      commented out     | // n = 1;\\n // n++;\\n // m();                   | 3 lines of commented-out code added: a reader cannot tell whether they are meant to come back
      debug output      | // System.out.println(n);                         | A line of commented-out debug output added
      """)
  void saysWhatIsLeftAndWhatToDoInline(String name, String body, String message) {
    assertThat(scan("src/main/java/A.java", body.replace("\\n", "\n")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith(message);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.channel()).isEqualTo(Channel.INLINE);
              assertThat(f.suggestion()).isNotBlank();
            });
  }

  @Test
  void testCodeGoesToTheSummaryOneLevelLower() {
    assertThat(scan("src/test/java/ATest.java", "if (true) return;\n n++;"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.channel()).isEqualTo(Channel.SUMMARY);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void shortOrExplainedCommentedOutCodeGoesToTheSummary() {
    assertThat(scan("src/main/java/A.java", "// n = 1;\n // n++;"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("2 lines of commented-out code added"))
        .extracting(Finding::channel)
        .isEqualTo(Channel.SUMMARY);
    assertThat(
            scan(
                "src/main/java/A.java",
                "// Back once the cache is fixed:\n // n = 1;\n // n++;\n // m();"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("3 lines of commented-out code, with a note above it, added"))
        .extracting(Finding::channel)
        .isEqualTo(Channel.SUMMARY);
    assertThat(scan("src/main/java/A.java", "// n = 1;")).isEmpty();
    assertThat(
            scan(
                "src/main/java/A.java",
                "// Before 2.12 this checked n; not needed.\n/*    if (n > 0) {\n      m();\n    }*/"))
        .as("a note in another comment style right above")
        .singleElement()
        .extracting(Finding::channel)
        .isEqualTo(Channel.SUMMARY);
  }

  @Test
  void commentedOutDebugOutputIsALeftoverWhateverTheNoteAboveIt() {
    assertThat(
            scan(
                "src/main/java/A.java",
                "// Debug logging (disabled)\n // System.err.println(\"n=\" + n);"))
        .singleElement()
        .extracting(Finding::channel)
        .isEqualTo(Channel.INLINE);
  }

  @Test
  void onlyTheFirstCommentedOutBlockOfAFileIsInlineAndItCountsTheOthers() {
    List<Finding> findings =
        scan(
            "src/main/java/A.java",
            "// n = 1;\n // n++;\n // m();\n n = 0;\n // n = 2;\n // n--;\n // m();\n n = 3;\n // n = 4;\n // n--;\n // m();");
    assertThat(findings)
        .extracting(Finding::channel)
        .containsExactly(Channel.INLINE, Channel.SUMMARY, Channel.SUMMARY);
    assertThat(findings.get(0).message())
        .endsWith("2 more such blocks in this file are listed in the summary.");
  }

  @Test
  void commentedOutCodeTheBaseAlreadyHadIsNotTheChanges() {
    String block = "    // n = 1;\n    // n++;\n    // m();\n";
    String base =
        "class A {\n  int n;\n  void m() {\n" + block + "  }\n  void k() {\n    n = 0;\n  }\n}\n";
    String moved =
        "class A {\n  int n;\n  void m() {\n  }\n  void k() {\n    n = 0;\n  "
            + block.replace("\n    ", "\n      ")
            + "  }\n}\n";
    assertThat(change(base, moved)).isEmpty();
    String commentedOut =
        "class A {\n  int n;\n  void m() {\n"
            + block
            + "  }\n  void k() {\n    // n = 0;\n    // m();\n    // k();\n  }\n}\n";
    assertThat(change(base, commentedOut)).singleElement().extracting(Finding::line).isEqualTo(9);
  }

  @Test
  void aParameterTheChangeAddsAndNeverReadsIsASummaryNote() {
    String base = "final class A {\n  int n;\n  int twice(int x) {\n    return x * 2;\n  }\n}\n";
    String head =
        "final class A {\n  int n;\n  int twice(int x, boolean checked) {\n    return x * 2;\n  }\n}\n";
    assertThat(change(base, head))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .startsWith(
                      "parameter `checked` of `twice` is never read: every caller must pass a value that changes nothing");
              assertThat(f.channel()).isEqualTo(Channel.SUMMARY);
            });
    String renamed = "final class A {\n  int n;\n  int twice(int x) {\n    return 2;\n  }\n}\n";
    assertThat(change(base, renamed)).as("a parameter the base already had").isEmpty();
  }

  @Test
  void theOneStatementDefaultOfAnOverridableMethodMayIgnoreWhatOverridersNeed() {
    String head =
        "public class A {\n  int n;\n  public boolean accept(String name) {\n    return n > 0;\n  }\n}\n";
    assertThat(change("public class A {\n  int n;\n}\n", head)).isEmpty();
    assertThat(
            change(
                "public class A {\n  int n;\n}\n",
                head.replace("public class", "public final class")))
        .hasSize(1);
  }

  @Test
  void aParameterShadowedByTheFieldTheBodyReadsIsInline() {
    String head = "class A {\n  int n;\n  int plus(int n) {\n    return this.n + 1;\n  }\n}\n";
    assertThat(change("class A {\n  int n;\n}\n", head))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .startsWith(
                      "parameter `n` of `plus` is never read, but the body reads the field `this.n`: did it mean the parameter?");
              assertThat(f.channel()).isEqualTo(Channel.INLINE);
            });
  }

  @Test
  void entryPointWordsAreConfigurable() {
    String source =
        "// options: {entryPointWords: [runner]}\n// path: src/main/java/a/JobRunner.java\n"
            + "class JobRunner {\n  void m() {\n    System.exit(1);\n  }\n}\n";
    assertThat(RULE.findings("JobRunner.java", source)).isEmpty();
    assertThat(RULE.findings("JobRunner.java", source.replace("[runner]", "[cli]"))).hasSize(1);
  }

  @Test
  void longProseCommentsAreNotCode() {
    String prose = "// This explains the algorithm; it is long.\n".repeat(300);
    assertThat(scan("src/main/java/A.java", prose)).isEmpty();
  }
}
