package dev.reviewbot.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A suppression naming an unknown rule is a notice with file, line and the likely rule; a known one
 * is silent.
 */
class UnknownSuppressionsTest {
  private static final String PATH = "src/main/java/A.java";

  @RuleInfo(id = "no-bad-methods", summary = "Methods named bad", since = "test")
  public static final class NoBadMethods implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(MethodDeclaration.class, (m, ctx) -> {});
    }
  }

  private static List<Notice> notices(String source, ReviewConfig config) {
    AnalysisResult result =
        new Analyzer(RuleRegistry.ofClasses(NoBadMethods.class), config, 1)
            .analyze(new ChangeSet(null, "test", null, List.of(ChangedFile.scanned(PATH, source))));
    return result.notices();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "annotation, typo          | @SuppressWarnings(\"reviewbot:no-bad-method\") void x() {}            | 2 | @SuppressWarnings names unknown rule 'no-bad-method'; did you mean 'no-bad-methods'? It suppresses nothing.",
        "annotation array, far off | @SuppressWarnings({\"unchecked\", \"reviewbot:style\"}) void x() {}  | 2 | @SuppressWarnings names unknown rule 'style'. It suppresses nothing.",
        "comment, typo             | void x() {} // reviewbot:ignore no-bad-metods                          | 2 | // reviewbot:ignore names unknown rule 'no-bad-metods'; did you mean 'no-bad-methods'? It suppresses nothing.",
        "comment, two ids          | void x() {} // reviewbot:ignore no-bad-methods nope                    | 2 | // reviewbot:ignore names unknown rule 'nope'. It suppresses nothing.",
        "comment, reason after //  | void x() {} // reviewbot:ignore no-bad-methods // generated code     | - | -",
        "comment, reason after --  | void x() {} // reviewbot:ignore no-bad-methods -- kept for callers   | - | -",
        "known rule                | @SuppressWarnings(\"reviewbot:no-bad-methods\") void x() {}           | - | -",
        "every rule                | @SuppressWarnings(\"reviewbot\") void x() {} // reviewbot:ignore      | - | -",
        "another tool's warning    | @SuppressWarnings(\"unchecked\") void x() {}                           | - | -",
      })
  void namesTheFileTheLineAndTheLikelyRule(
      String name, String member, Integer line, String message) {
    List<Notice> notices = notices("class A {\n  " + member + "\n}\n", ReviewConfig.defaults());

    if (message == null) {
      assertThat(notices).isEmpty();
    } else {
      assertThat(notices).containsExactly(new Notice(PATH, line, 0, message, true));
    }
  }

  @Test
  void aDisabledRuleIsStillKnown() {
    ReviewConfig disabled =
        ReviewConfig.builder()
            .rules(Map.of("no-bad-methods", new RuleSettings(false, null, null, Map.of())))
            .build();

    assertThat(
            notices(
                "class A {\n  @SuppressWarnings(\"reviewbot:no-bad-methods\") void x() {}\n}\n",
                disabled))
        .isEmpty();
  }

  @Test
  void withPluginsNotLoadedTheNoticeSaysTheRuleMayBeTheirs() {
    ReviewConfig withPlugins =
        ReviewConfig.builder().source(".reviewbot.yml").plugins(List.of("tools/house.jar")).build();

    assertThat(notices("class A {\n  void x() {} // reviewbot:ignore house-rule\n}\n", withPlugins))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.message())
                    .endsWith("(unless it is a rule of a plugin this run did not load)."));
  }
}
