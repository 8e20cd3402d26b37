package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

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

  @RuleInfo(id = "always-crashes", summary = "Crashes", since = "test")
  public static final class AlwaysCrashes implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          MethodDeclaration.class,
          (m, ctx) -> {
            throw new IllegalStateException("boom");
          });
    }
  }

  private static AnalysisResult analyze(String path, String source) {
    return new Analyzer(
            RuleRegistry.ofClasses(NoBadMethods.class, AlwaysCrashes.class),
            ReviewConfig.defaults())
        .analyze(new ChangeSet(null, "test", null, List.of(ChangedFile.scanned(path, source))));
  }

  @Test
  void reportsOnTheMethodHeaderLine() {
    AnalysisResult result = analyze("src/main/java/A.java", "class A {\n  void bad() {\n  }\n}\n");
    assertThat(result.findings())
        .extracting(Finding::ruleId, Finding::line, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("no-bad-methods", 2, Severity.WARNING));
  }

  @Test
  void aCrashingRuleIsRecordedAndTheOthersStillRun() {
    AnalysisResult result =
        analyze("src/main/java/A.java", "class A { void bad() {} void other() {} }");
    assertThat(result.findings()).hasSize(1);
    assertThat(result.crashes())
        .singleElement()
        .satisfies(
            crash -> {
              assertThat(crash.ruleId()).isEqualTo("always-crashes");
              assertThat(crash.path()).isEqualTo("src/main/java/A.java");
              assertThat(crash.exception()).contains("boom");
            });
  }

  @Test
  void aFileThatDoesNotParseBecomesANoticeWithItsLocation() {
    AnalysisResult result = analyze("src/main/java/B.java", "class B {\n  void x( {\n}\n");
    assertThat(result.findings()).isEmpty();
    assertThat(result.notices())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.path()).isEqualTo("src/main/java/B.java");
              assertThat(n.line()).isEqualTo(2);
              assertThat(n.message()).contains("does not parse");
            });
  }

  @Test
  void fingerprintSurvivesLinesInsertedAbove() {
    String before = "class A {\n  void bad() {}\n}\n";
    String after =
        "import java.util.List;\n\n// comment\nclass A {\n  int x;\n  void bad() {}\n}\n";
    Finding first = analyze("src/main/java/A.java", before).findings().get(0);
    Finding second = analyze("src/main/java/A.java", after).findings().get(0);
    assertThat(second.line()).isNotEqualTo(first.line());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void suppressionsSilenceTheNamedRuleOnly() {
    String source =
        """
        class A {
          @SuppressWarnings("reviewbot:no-bad-methods") void bad() {}
          class B { void bad() {} // reviewbot:ignore no-bad-methods
          }
          @SuppressWarnings("reviewbot:other-rule") void bad(int x) {}
        }
        """;
    assertThat(analyze("src/main/java/A.java", source).findings())
        .extracting(Finding::line)
        .containsExactly(5);
  }

  @Test
  void testCodeGetsALowerSeverity() {
    Finding finding =
        analyze("src/test/java/ATest.java", "class ATest { void bad() {} }").findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void parsesJava25Syntax() {
    String source =
        """
        sealed interface Shape permits Circle, Square {}
        record Circle(double r) implements Shape {}
        record Square(double s) implements Shape {}
        class Areas {
          double area(Shape shape) {
            return switch (shape) {
              case Circle(double r) -> Math.PI * r * r;
              case Square(var s) -> s * s;
            };
          }
          void unnamed(Object o) {
            if (o instanceof Circle(var _)) { String t = \"""
                text block
                \"""; }
          }
        }
        """;
    assertThat(analyze("src/main/java/Areas.java", source).notices()).isEmpty();
  }
}
