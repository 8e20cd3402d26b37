package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.config.AnalysisLimits;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One file that cannot be analyzed becomes a notice; the other files are still analyzed. */
class FileIsolationTest {
  private static final String GOOD_PATH = "src/main/java/Good.java";
  private static final String GOOD = "class Good { void bad() {} }";
  private static final String BAD_PATH = "src/main/java/Bad.java";

  @RuleInfo(id = "no-bad-methods", summary = "Methods named bad", since = "test")
  public static final class NoBadMethods implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          MethodDeclaration.class,
          (m, ctx) -> {
            if (m.getNameAsString().equals("bad")) {
              ctx.report(m, "bad method");
            }
          });
    }
  }

  /** Runs out of memory on a method named {@code hungry}, as a rule holding too much would. */
  @RuleInfo(id = "hungry", summary = "Runs out of memory", since = "test")
  public static final class Hungry implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          MethodDeclaration.class,
          (m, ctx) -> {
            if (m.getNameAsString().equals("hungry")) {
              throw new OutOfMemoryError("Java heap space");
            }
          });
    }
  }

  /** One finding per integer literal, to exceed the per-rule cap. */
  @RuleInfo(id = "every-number", summary = "Every number", since = "test")
  public static final class EveryNumber implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(IntegerLiteralExpr.class, (n, ctx) -> ctx.report(n, "number " + n.getValue()));
    }
  }

  static Stream<Arguments> filesThatAreSkipped() {
    return Stream.of(
        Arguments.of(
            "5,000 nested parentheses",
            ReviewConfig.defaults(),
            ChangedFile.scanned(
                BAD_PATH,
                "class Bad { int x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "; }"),
            "nests parentheses, brackets or braces 5001 levels deep; files nesting more than 1000 levels are not analyzed; skipped"),
        Arguments.of(
            "out of memory in a rule",
            ReviewConfig.defaults(),
            ChangedFile.scanned(BAD_PATH, "class Bad { void hungry() {} }"),
            "ran out of memory while being analyzed (Java heap space); skipped"),
        Arguments.of(
            "over the size limit",
            withLimits(new AnalysisLimits(40, Duration.ofMinutes(1), 20)),
            ChangedFile.scanned(BAD_PATH, "class Bad { void fine() { int size = 41; } }"),
            "is 44 bytes; files over 40 bytes are not analyzed (limits.max-file-bytes); skipped"),
        Arguments.of(
            "binary",
            ReviewConfig.defaults(),
            new ChangedFile(BAD_PATH, BAD_PATH, ChangeKind.ADDED, null, null, null, true),
            "is a binary file, not Java source text; skipped"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void filesThatAreSkipped(String why, ReviewConfig config, ChangedFile bad, String notice) {
    AnalysisResult result = analyze(config, List.of(bad, ChangedFile.scanned(GOOD_PATH, GOOD)));

    assertThat(result.notices())
        .extracting(Notice::path, Notice::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(BAD_PATH, notice));
    assertThat(result.findings()).extracting(Finding::path).containsExactly(GOOD_PATH);
    assertThat(result.analyzedPaths()).containsExactly(GOOD_PATH);
    assertThat(result.crashes()).isEmpty();
  }

  @Test
  void aFileOverItsTimeBudgetIsANoticeAndTheRunCompletes() {
    AnalysisResult result =
        analyze(
            withLimits(new AnalysisLimits(1 << 20, Duration.ZERO, 20)),
            List.of(
                ChangedFile.scanned(BAD_PATH, "class Bad { void bad() {} }"),
                ChangedFile.scanned(GOOD_PATH, GOOD)));

    assertThat(result.notices())
        .extracting(Notice::path)
        .containsExactlyInAnyOrder(BAD_PATH, GOOD_PATH);
    assertThat(result.notices())
        .extracting(Notice::message)
        .containsOnly(
            "took longer than the 0 s one file may take (limits.max-seconds-per-file); skipped");
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void nestingUpToTheLimitIsAnalyzed() {
    int depth = 999; // the class body's brace is one more level
    String deep =
        "class Good { int x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; void bad() {} }";

    AnalysisResult result =
        analyze(ReviewConfig.defaults(), List.of(ChangedFile.scanned(GOOD_PATH, deep)));

    assertThat(result.notices()).isEmpty();
    assertThat(result.findings()).extracting(Finding::ruleId).contains("no-bad-methods");
  }

  @Test
  void longChainsAndConcatenationsAreAnalyzed() {
    String chain = "new StringBuilder()" + ".append(1)".repeat(5000);
    String concat = "\"a\"" + " + \"b\"".repeat(5000);
    String source =
        "class Good { Object c = " + chain + "; String s = " + concat + "; void bad() {} }";

    AnalysisResult result =
        analyze(ReviewConfig.defaults(), List.of(ChangedFile.scanned(GOOD_PATH, source)));

    assertThat(result.notices()).isEmpty();
    assertThat(result.findings()).extracting(Finding::ruleId).contains("no-bad-methods");
  }

  @Test
  void findingsOfOneRuleOverTheCapAreCountedInOneFinding() {
    String source =
        "class Numbers { int[] all = {"
            + String.join(
                ",\n", Stream.iterate(1, i -> i + 1).limit(25).map(String::valueOf).toList())
            + "}; }";

    AnalysisResult result =
        analyze(
            withLimits(new AnalysisLimits(1 << 20, Duration.ofMinutes(1), 20)),
            List.of(ChangedFile.scanned("src/main/java/Numbers.java", source)));

    List<Finding> numbers =
        result.findings().stream().filter(f -> f.ruleId().equals("every-number")).toList();
    assertThat(numbers).hasSize(21);
    assertThat(numbers)
        .filteredOn(f -> f.lines() == null)
        .singleElement()
        .satisfies(
            counting -> {
              assertThat(counting.message())
                  .isEqualTo(
                      "5 more findings of every-number in this file not listed: "
                          + "at most 20 per rule and file (limits.max-findings-per-rule)");
              assertThat(counting.channel()).isEqualTo(Channel.SUMMARY);
            });
    assertThat(numbers)
        .filteredOn(f -> f.lines() != null)
        .extracting(Finding::message)
        .startsWith("number 1", "number 2")
        .endsWith("number 20");
  }

  private static ReviewConfig withLimits(AnalysisLimits limits) {
    return ReviewConfig.builder().section(AnalysisLimits.SECTION, limits).build();
  }

  private static AnalysisResult analyze(ReviewConfig config, List<ChangedFile> files) {
    return new Analyzer(
            RuleRegistry.ofClasses(NoBadMethods.class, Hungry.class, EveryNumber.class), config, 2)
        .analyze(new ChangeSet(null, "test", null, files));
  }
}
