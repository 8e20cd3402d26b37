package dev.reviewbot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Rule;
import dev.reviewbot.rules.complexity.HardToFollowRule;
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
 * Where the rules put what they find on a change: inline when the change made a choice the author
 * should reconsider, the summary when the finding is a codebase's settled design or private code.
 */
class ChannelChoicesTest {

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(
            "a new boolean flag on public API is a summary note: reviewers rarely ask to change one",
            ConfusableParametersRule.class,
            "public class A {\n  public void copy(String from) {}\n}\n",
            "public class A {\n  public void copy(String from) {}\n  public void move(String from, boolean overwrite) {}\n}\n",
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "public mutable fields added to an exported type are a comment",
            SharedMutableStateRule.class,
            "public class A {\n  private int x;\n}\n",
            "public class A {\n  private int x;\n  public int y;\n  int x() { return x; }\n}\n",
            List.of(Channel.INLINE)),
        Arguments.of(
            "public mutable fields of a plain data holder are its design: summary",
            SharedMutableStateRule.class,
            "public class A {\n}\n",
            "public class A {\n  public int line;\n  public int column;\n  public A(int line) { this.line = line; }\n}\n",
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "an event struct whose methods only read its public fields is a plain data holder: summary",
            SharedMutableStateRule.class,
            "public class A {\n}\n",
            "public class A {\n  public static class Event {\n    public int line;\n    public String text;\n"
                + "    public String describe() { return line + \": \" + text; }\n  }\n}\n",
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "public fields of a type whose methods write its state are a comment",
            SharedMutableStateRule.class,
            "public class A {\n}\n",
            "public class A {\n  public static class Event {\n    public int line;\n    public String text;\n"
                + "    public void next() { line++; }\n  }\n}\n",
            List.of(Channel.INLINE)),
        Arguments.of(
            "a type that already had public mutable fields is being extended in its style: summary",
            SharedMutableStateRule.class,
            "public class Event {\n  public int line;\n}\n",
            "public class Event {\n  public int line;\n  public int column;\n}\n",
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "public mutable fields of a type no other package sees: summary",
            SharedMutableStateRule.class,
            "public class Parser {\n}\n",
            "public class Parser {\n  static class Event {\n    public int line;\n  }\n}\n",
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "a long signature on exported API is a comment",
            ArgumentCountRule.class,
            "public class A {\n}\n",
            "public class A {\n  public void send(int a, int b, int c, int d, int e, int f) {}\n}\n",
            List.of(Channel.INLINE)),
        Arguments.of(
            "a long private helper is its author's business: summary",
            ArgumentCountRule.class,
            "public class A {\n}\n",
            "public class A {\n  private void send(int a, int b, int c, int d, int e, int f) {}\n}\n",
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "complexity up by a jump (20 -> 32) is a comment",
            HardToFollowRule.class,
            method(20),
            method(32),
            List.of(Channel.INLINE)),
        Arguments.of(
            "a rise of 10 that is small for the method (77 -> 87) is a summary note",
            HardToFollowRule.class,
            method(77),
            method(87),
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "complexity down (29 -> 26) is nothing",
            HardToFollowRule.class,
            method(29),
            method(26),
            List.of()),
        Arguments.of(
            "a small guard on an already complex method (16 -> 18) is a summary note",
            HardToFollowRule.class,
            method(16),
            method(18),
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "complexity moved in from a helper the change inlined is a summary note",
            HardToFollowRule.class,
            "public class A {\n  public int m(boolean a) {\n    return helper(a);\n  }\n\n  private int helper(boolean a) {\n"
                + "    int x = 0;\n"
                + "    if (a) {\n      x++;\n    }\n".repeat(20)
                + "    return x;\n  }\n}\n",
            method(20),
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "a new method over the limit is a summary note: it is often moved code",
            HardToFollowRule.class,
            "public class A {\n}\n",
            method(22),
            List.of(Channel.SUMMARY)),
        Arguments.of(
            "a 90-row table of cases is not hard to follow for its length",
            HardToFollowRule.class,
            "public class A {\n}\n",
            "public class A {\n  static java.util.List<Object[]> cases() {\n    return java.util.List.of(\n"
                + "      new Object[] {0, \"zero\"},\n".repeat(89)
                + "      new Object[] {1, \"one\"});\n  }\n}\n",
            List.of()));
  }

  /**
   * A class whose method {@code m} has cognitive complexity {@code score}: that many plain ifs in a
   * row.
   */
  private static String method(int score) {
    return "public class A {\n  public int m(boolean a) {\n    int x = 0;\n"
        + "    if (a) {\n      x++;\n    }\n".repeat(score)
        + "    return x;\n  }\n}\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void putsEachFindingWhereAReviewerWouldWantIt(
      String name, Class<? extends Rule> rule, String base, String head, List<Channel> expected) {
    List<Finding> findings = RuleFixture.of(rule).findingsForChange("A.java", base, head);

    assertThat(findings).extracting(Finding::channel).containsExactlyElementsOf(expected);
  }
}
