package dev.reviewbot.rules.change;

import static dev.reviewbot.rules.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.rules.Changes;
import dev.reviewbot.testgit.TestGitRepo;
import dev.reviewbot.testkit.RuleFixture;
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

class RemovedGuardRuleTest {
  private static final String PARSER = "core/src/main/java/dev/x/Parser.java";
  private static final String PARSER_TEST = "core/src/test/java/dev/x/ParserTest.java";
  private static final String OTHER_TEST = "core/src/test/java/dev/x/OtherTest.java";

  private static final String BASE =
      """
      package dev.x;

      import java.util.Objects;

      public class Parser {
        private String name;

        public void rename(String name) {
          Objects.requireNonNull(name, "name");
          this.name = name;
        }

        public int parse(String text) {
          Objects.requireNonNull(text, "text");
          return Integer.parseInt(text);
        }

        private int digits(String text) {
          Objects.requireNonNull(text, "text");
          return text.length();
        }

        @Deprecated
        public int old(String text) {
          Objects.requireNonNull(text, "text");
          return text.length();
        }

        public int checked(int value) {
          assert value >= 0 : "negative";
          return value;
        }
      }
      """;

  private static final String TEST_SOURCE =
      """
      package dev.x;

      class ParserTest {
        void parses() {
          new Parser().parse("1");
        }
      }
      """;

  @TempDir Path dir;

  /** A base commit with the parser and its test, then {@code change} committed on top. */
  private List<Finding> afterChange(Consumer<TestGitRepo> change, Map<String, Object> options) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base = repo.write(PARSER, BASE).write(PARSER_TEST, TEST_SOURCE).commit("base");
      change.accept(repo);
      ObjectId head = repo.commit("change");
      return findings(RemovedGuardRule.class, Changes.between(repo, base, head), options);
    }
  }

  private static Consumer<TestGitRepo> edit(String from, String to) {
    assertThat(BASE).contains(from);
    return repo -> repo.write(PARSER, BASE.replace(from, to));
  }

  private static final String PARSE_GUARD =
      "    Objects.requireNonNull(text, \"text\");\n    return Integer.parseInt(text);\n";
  private static final String PARSE_UNGUARDED =
      "    return Integer.parseInt(String.valueOf(text).strip());\n";
  private static final String DIGITS_GUARD =
      "    Objects.requireNonNull(text, \"text\");\n    return text.length();\n  }\n\n  @Deprecated";
  private static final String DIGITS_UNGUARDED =
      "    return String.valueOf(text).length();\n  }\n\n  @Deprecated";

  @Test
  void aGuardRemovedFromAnEditedPublicMethodIsAnInlineWarning() {
    List<Finding> found = afterChange(edit(PARSE_GUARD, PARSE_UNGUARDED), Map.of());

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo(PARSER);
              assertThat(f.line()).isEqualTo(14);
              assertThat(f.channel()).isEqualTo(Channel.INLINE);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .isEqualTo(
                      "`parse(String)` no longer checks `text`: `Objects.requireNonNull(text, ...)` is gone and "
                          + "nothing in the method checks it instead. What happens now when `text` is null? It now goes on unchecked into "
                          + "`String.valueOf(text)`. Keep the check, or add a test that shows the new behaviour is intended.");
            });
  }

  static Stream<Arguments> summaryCases() {
    return Stream.of(
        Arguments.of(
            "a changed test mentions the class",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(PARSER, BASE.replace(PARSE_GUARD, PARSE_UNGUARDED))
                        .write(PARSER_TEST, TEST_SOURCE.replace("\"1\"", "\" 1 \"")),
            "a test the change edits mentions `Parser`"),
        Arguments.of(
            "the method is private",
            edit(DIGITS_GUARD, DIGITS_UNGUARDED),
            "the method is private, and its callers may check instead"),
        Arguments.of(
            "the method is deprecated",
            edit(
                "  public int old(String text) {\n    Objects.requireNonNull(text, \"text\");\n    return text.length();",
                "  public int old(String text) {\n    return String.valueOf(text).length();"),
            "the method is deprecated"),
        Arguments.of(
            "the guard was only deleted, so no line of the method changed",
            edit("    Objects.requireNonNull(name, \"name\");\n", ""),
            "the change only deleted lines of this method"),
        Arguments.of(
            "the value is handed to another method",
            edit(PARSE_GUARD, "    return Integer.parseInt(text, 10);\n"),
            "the value goes on to `Integer.parseInt(text, 10)`, which may check it"),
        Arguments.of(
            "a null is now only compared",
            edit(PARSE_GUARD, "    return text == DEFAULT ? 0 : Integer.parseInt(text);\n"),
            "null now compares unequal in `text == DEFAULT` instead of failing"),
        Arguments.of(
            "an assert was removed",
            edit(
                "    assert value >= 0 : \"negative\";\n    return value;",
                "    return value + 0;"),
            "an assert runs only with -ea"));
  }

  @ParameterizedTest(name = "in the summary when {0}")
  @MethodSource("summaryCases")
  void goesToTheSummary(String name, Consumer<TestGitRepo> change, String reason) {
    List<Finding> found = afterChange(change, Map.of());

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.isChangeLevel()).isTrue();
              assertThat(f.channel()).isEqualTo(Channel.SUMMARY);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .startsWith("`" + PARSER + "` line ")
                  .contains("no longer checks")
                  .contains("(in the summary: " + reason);
            });
  }

  @Test
  void aChangedTestThatDoesNotMentionTheMethodLeavesItInline() {
    List<Finding> found =
        afterChange(
            repo ->
                repo.write(PARSER, BASE.replace(PARSE_GUARD, PARSE_UNGUARDED))
                    .write(
                        OTHER_TEST, "package dev.x;\n\nclass OtherTest {\n  void runs() {}\n}\n"),
            Map.of());

    assertThat(found).singleElement().extracting(Finding::channel).isEqualTo(Channel.INLINE);
  }

  @Test
  void privateMethodsCanBeCommentedInline() {
    List<Finding> found =
        afterChange(edit(DIGITS_GUARD, DIGITS_UNGUARDED), Map.of("privateInline", true));

    assertThat(found).singleElement().extracting(Finding::channel).isEqualTo(Channel.INLINE);
  }

  static Stream<Arguments> quietCases() {
    return Stream.of(
        Arguments.of(
            "the method was deleted",
            edit("  public int parse(String text) {\n" + PARSE_GUARD + "  }\n", "")),
        Arguments.of(
            "the guard moved into a method of another file",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                            PARSER,
                            BASE.replace(
                                PARSE_GUARD, "    return Integer.parseInt(Texts.checked(text));\n"))
                        .write(
                            "core/src/main/java/dev/x/Texts.java",
                            """
                package dev.x;

                import java.util.Objects;

                final class Texts {
                  static String checked(String text) {
                    Objects.requireNonNull(text, "text");
                    return text.strip();
                  }
                }
                """)),
        Arguments.of(
            "only a test changed",
            (Consumer<TestGitRepo>)
                repo -> repo.write(PARSER_TEST, TEST_SOURCE.replace("parses", "parsesOne"))),
        Arguments.of("the file was deleted", (Consumer<TestGitRepo>) repo -> repo.delete(PARSER)),
        Arguments.of(
            "the class was renamed and the guard kept",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.delete(PARSER)
                        .write(
                            "core/src/main/java/dev/x/Reader.java",
                            BASE.replace("class Parser", "class Reader"))));
  }

  @ParameterizedTest(name = "quiet when {0}")
  @MethodSource("quietCases")
  void saysNothingWhen(String name, Consumer<TestGitRepo> change) {
    assertThat(afterChange(change, Map.of())).isEmpty();
  }

  @Test
  void aTestFileIsNotChecked() {
    String test =
        "package dev.x;\n\nimport java.util.Objects;\n\nclass ParserTest {\n  void parses(String s) {\n"
            + "    Objects.requireNonNull(s);\n    System.out.println(s);\n  }\n}\n";
    List<Finding> found = afterChange(repo -> repo.write(PARSER_TEST, test), Map.of());
    assertThat(found).isEmpty();
    List<Finding> after =
        RuleFixture.of(RemovedGuardRule.class)
            .findingsForChange(
                "ParserTest.java",
                "// path: " + PARSER_TEST + "\n" + test,
                "// path: "
                    + PARSER_TEST
                    + "\n"
                    + test.replace("    Objects.requireNonNull(s);\n", "")
                        .replace("println(s)", "println(s.trim())"));
    assertThat(after).isEmpty();
  }
}
