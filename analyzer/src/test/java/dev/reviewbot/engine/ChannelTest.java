package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.diff.DiffPlacement;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where findings go: the rule's default, a report's own choice, test code, the configuration. */
class ChannelTest {

  /** Reports {@code act()} inline and {@code info()} in the summary. */
  @RuleInfo(
      id = "two-kinds",
      summary = "One kind to act on, one to know",
      since = "test",
      testCode = TestCodePolicy.SUMMARY)
  public static final class TwoKinds implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          MethodDeclaration.class,
          (m, ctx) -> {
            Report report = Report.at(m, m.getNameAsString());
            ctx.report(m.getNameAsString().equals("info") ? report.inSummary() : report);
          });
    }
  }

  @ParameterizedTest(name = "{0} in {1} with channel: {2} -> {3}")
  @CsvSource({
    "act,  src/main/java/A.java, ,        INLINE",
    "info, src/main/java/A.java, ,        SUMMARY",
    "act,  src/test/java/A.java, ,        SUMMARY",
    "act,  src/main/java/A.java, summary, SUMMARY",
    "info, src/main/java/A.java, inline,  INLINE",
  })
  void findingGoesWhereTheRuleTestCodeAndConfigurationSay(
      String method, String path, String configured, Channel expected) {
    Channel channel =
        configured == null ? null : Channel.valueOf(configured.toUpperCase(java.util.Locale.ROOT));
    ReviewConfig config =
        ReviewConfig.builder()
            .rules(Map.of("two-kinds", new RuleSettings(null, null, null, channel, Map.of())))
            .build();
    AnalysisResult result =
        new Analyzer(RuleRegistry.ofClasses(TwoKinds.class), config)
            .analyze(
                new ChangeSet(
                    null,
                    "test",
                    null,
                    List.of(ChangedFile.scanned(path, "class A { void " + method + "() {} }"))));

    Finding finding = result.findings().get(0);
    assertThat(finding.channel()).isEqualTo(expected);
    // a summary-channel finding never becomes an inline candidate, even though it has lines
    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults())
            .plan(
                result,
                List.of(new MarkedFinding(finding, DiffPlacement.ADDED_LINE, true)),
                "abc",
                List.of());
    assertThat(plan.candidates()).hasSize(expected == Channel.INLINE ? 1 : 0);
    assertThat(plan.summaryOnly()).hasSize(expected == Channel.SUMMARY ? 1 : 0);
    if (path.contains("/test/")) {
      assertThat(finding.severity()).as("test code is also lowered").isEqualTo(Severity.INFO);
    }
  }
}
