package dev.reviewbot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Rule;
import dev.reviewbot.rules.duplication.DuplicatedCodeRule;
import dev.reviewbot.rules.naming.MisleadingNameRule;
import dev.reviewbot.rules.parameters.ArgumentCountRule;
import dev.reviewbot.rules.parameters.ConfusableParametersRule;
import dev.reviewbot.rules.state.SharedMutableStateRule;
import dev.reviewbot.testkit.RuleFixture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reviewer reads: line, severity and message of each rule's findings, in production and in
 * test code (where a rule either skips or says it in the summary). The fixtures pin where findings
 * land; this pins what they say.
 */
class RuleMessagesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            ArgumentCountRule.class,
            "src/main/java/A.java",
            "public class A {\n  public void send(String to, String cc, String subject, String body, int priority, boolean html) {}\n}\n",
            List.of(
                "2 WARNING `send` takes 6 parameters (max 5): callers must pass 6 arguments in the right order, and the "
                    + "compiler only catches swaps between different types; group related parameters into a parameter object, or use a builder")),
        Arguments.of(
            ArgumentCountRule.class,
            "src/main/java/A.java",
            "class A {\n  private void send(int a, int b, int c, int d, int e, int f) {}\n}\n",
            List.of("2 WARNING SUMMARY `send` takes 6 parameters (max 5)")),
        Arguments.of(
            ArgumentCountRule.class,
            "src/test/java/ATest.java",
            "class ATest {\n  void send(int a, int b, int c, int d, int e, int f) {}\n}\n",
            List.of()),
        Arguments.of(
            ArgumentCountRule.class,
            "src/main/java/P.java",
            "record P(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k) {}\n",
            List.of(
                "1 WARNING record `P` has 11 components (max 10): `new P(...)` with 11 positional values is easy to get wrong")),
        Arguments.of(
            ConfusableParametersRule.class,
            "src/main/java/A.java",
            "public class A {\n  public void copy(String from, String to, boolean overwrite) {}\n"
                + "  public void copy(java.nio.file.Path from, java.nio.file.Path to, boolean overwrite) {}\n}\n",
            List.of(
                "2 WARNING SUMMARY boolean flag `overwrite` of `copy`: at the call site it reads as a bare `true` or `false` that says "
                    + "nothing; prefer two well-named methods, or an enum that names each choice (1 more overload shares it)")),
        Arguments.of(
            ConfusableParametersRule.class,
            "src/test/java/ATest.java",
            "public class ATest {\n  public void copy(String from, String to, boolean overwrite) {}\n}\n",
            List.of()),
        Arguments.of(
            SharedMutableStateRule.class,
            "src/main/java/A.java",
            "import java.util.*;\nimport java.util.concurrent.*;\npublic class A {\n"
                + "  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();\n"
                + "  Object get(String key) { return CACHE.computeIfAbsent(key, k -> new Object()); }\n}\n",
            List.of(
                "4 INFO `CACHE` is process-wide state (a ConcurrentHashMap changed in `get`): thread-safe, but shared by "
                    + "every caller and every test")),
        Arguments.of(
            SharedMutableStateRule.class,
            "src/main/java/A.java",
            "public class A {\n  public static final String[] NAMES = {\"a\"};\n}\n",
            List.of(
                "2 WARNING `NAMES` (public static final) is a non-empty array: `final` fixes the reference, not the elements")),
        Arguments.of(
            SharedMutableStateRule.class,
            "src/test/java/ATest.java",
            "class ATest {\n  static int runs;\n}\n",
            List.of(
                "2 INFO SUMMARY static field `runs` is not final: it is global mutable state that every caller, thread and test shares")),
        Arguments.of(
            MisleadingNameRule.class,
            "src/main/java/A.java",
            "class A {\n  private int next;\n  int getNext() {\n    return next++;\n  }\n}\n",
            List.of(
                "4 WARNING `getNext()` changes state (`next++`): a `get` name promises a read without side effects")),
        Arguments.of(
            DuplicatedCodeRule.class,
            "src/main/java/A.java",
            "class A {\n"
                + ("  int sum%d(java.util.List<Integer> values) {\n    int sum = 0;\n    for (Integer value : values) {\n"
                        + "      if (value != null && value > 0) {\n        sum += value;\n      }\n    }\n    return sum;\n  }\n")
                    .repeat(3)
                    .formatted(1, 2, 3)
                + "}\n",
            List.of(
                "2 WARNING These 9 lines appear 3 times (the same code): A.java:3 (here), A.java:12, A.java:21. Extract a helper "
                    + "method that takes what differs as parameters and call it from each place, so a later fix is made once.")),
        Arguments.of(
            MisleadingNameRule.class,
            "src/test/java/ATest.java",
            "class ATest {\n  String isReady() { return \"\"; }\n}\n",
            List.of(
                "2 INFO SUMMARY `isReady()` returns `String`: an `is` name reads as a yes/no question; return a boolean, "
                    + "or rename it to say what it returns")));
  }

  @ParameterizedTest(name = "{0} on {1}: {3}")
  @MethodSource("cases")
  void saysWhatIsWrongAndWhatToDoAtTheRightSeverity(
      Class<? extends Rule> rule, String path, String source, List<String> expected) {
    String header = "// path: " + path + "\n";
    List<String> actual =
        RuleFixture.of(rule).findings("A.java", header + source).stream()
            .map(
                f ->
                    (f.line() - 1)
                        + " "
                        + f.severity()
                        + (f.isInline() ? "" : " " + f.channel())
                        + " "
                        + f.message())
            .toList();

    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).startsWith(expected.get(i));
    }
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(
            "a change that only adds the mutation is told about the global it mutates",
            SharedMutableStateRule.class,
            "import java.util.*;\npublic class A {\n  private static final List<String> SEEN = new ArrayList<>();\n}\n",
            "import java.util.*;\npublic class A {\n  private static final List<String> SEEN = new ArrayList<>();\n"
                + "  void see(String s) {\n    SEEN.add(s);\n  }\n}\n",
            5),
        Arguments.of(
            "a new overload is where the family's finding goes",
            ConfusableParametersRule.class,
            "public class A {\n  public void copy(String from, String to, boolean overwrite) {}\n}\n",
            "public class A {\n  public void copy(String from, String to, boolean overwrite) {}\n"
                + "  public void copy(java.io.File from, java.io.File to, boolean overwrite) {}\n}\n",
            3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void anchorsOnTheLineTheChangeTouched(
      String name, Class<? extends Rule> rule, String base, String head, int line) {
    List<Finding> findings = RuleFixture.of(rule).findingsForChange("A.java", base, head);

    assertThat(findings).extracting(Finding::line).containsExactly(line);
  }
}
