package dev.reviewbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.declared.Ban;
import dev.reviewbot.declared.DeclaredRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFixtureTest {
  @TempDir Path dir;

  @Test
  void passesWhenEveryFindingIsMarkedAndEveryMarkFound() throws IOException {
    Path fixture =
        write(
            "Good.java",
            """
        class Good {
          void bad() { } // expect: test-bad-name
          void fine() { }
        }
        """);

    RuleFixture.of(BadNameRule.class).assertMatches(fixture);
  }

  @Test
  void listsEveryUnexpectedFindingAndEveryMissedMark() throws IOException {
    Path fixture =
        write(
            "Mixed.java",
            """
        class Mixed {
          void bad() { }
          void fine() { } // expect: test-bad-name
        }
        """);

    assertThatThrownBy(() -> RuleFixture.of(BadNameRule.class).assertMatches(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            fixture
                + " does not match its marks:\n"
                + "  line 2: unexpected finding test-bad-name: method named bad\n"
                + "  line 3: expected test-bad-name but it was not reported");
  }

  @Test
  void assertFixturesChecksEveryFileAndReportsAllFailures() throws IOException {
    write("a/Good.java", "class Good {\n  void bad() { } // expect: test-bad-name\n}\n");
    write("b/Missed.java", "class Missed {\n  void fine() { } // expect: test-bad-name\n}\n");
    write("Unmarked.java", "class Unmarked {\n  void bad() { }\n}\n");
    write("Notes.txt", "not a fixture");

    assertThat(RuleFixture.fixtures(dir))
        .extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
        .containsExactly("Unmarked.java", "a/Good.java", "b/Missed.java");
    assertThatThrownBy(() -> RuleFixture.assertFixtures(BadNameRule.class, dir))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("2 of 3 fixtures of rule test-bad-name failed:")
        .hasMessageContaining("Unmarked.java does not match")
        .hasMessageContaining("Missed.java does not match")
        .hasMessageNotContaining("Good.java does not match");
  }

  @Test
  void assertFixturesFailsWhenThereAreNoFixtures() {
    assertThatThrownBy(() -> RuleFixture.assertFixtures(BadNameRule.class, dir.resolve("misspelt")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("no fixtures (*.java) under ");
  }

  @Test
  void theOptionsHeaderConfiguresTheRule() throws IOException {
    Path fixture =
        write(
            "Options.java",
            """
        // options: {name: odd}
        class Options {
          void bad() { }
          void odd() { } // expect: test-bad-name
        }
        """);

    RuleFixture.of(BadNameRule.class).assertMatches(fixture);
  }

  @Test
  void anUnknownOptionFailsNamingTheRule() throws IOException {
    Path fixture = write("Options.java", "// options: {nmae: odd}\nclass Options { }\n");

    assertThatThrownBy(() -> RuleFixture.of(BadNameRule.class).assertMatches(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessage("rule test-bad-name has no option 'nmae'");
  }

  @Test
  void aCrashFailsWithTheRulesStackTrace() throws IOException {
    Path fixture = write("Crash.java", "class Crash {\n  void bad() { }\n}\n");

    assertThatThrownBy(() -> RuleFixture.of(CrashingRule.class).assertMatches(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule crashed on src/main/java/Crash.java")
        .hasMessageContaining("java.lang.IllegalStateException: oops")
        .hasMessageContaining("at " + CrashingRule.class.getName());
  }

  @Test
  void checksRulesDeclaredInConfigurationToo() throws IOException {
    Ban noDate =
        new Ban(
            "no-java-util-date",
            "Use java.time",
            Severity.WARNING,
            Set.of("java.util.Date"),
            Set.of(),
            Set.of(),
            List.of(),
            Set.of(),
            List.of());
    Path fixture =
        write(
            "Dates.java",
            """
        import java.util.Date; // expect: no-java-util-date
        class Dates {
          java.sql.Date booked;
          Object now() { return new Date(); } // expect: no-java-util-date
        }
        """);

    RuleFixture.of(DeclaredRules.descriptor(noDate, ".reviewbot.yml")).assertMatches(fixture);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @RuleInfo(id = "test-bad-name", summary = "Methods with a bad name", since = "0.1")
  public static final class BadNameRule implements JavaRule {
    static final Option<String> NAME = Option.string("name", "bad", "The bad name");

    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          MethodDeclaration.class,
          (method, context) -> {
            if (method.getNameAsString().equals(context.option(NAME))) {
              context.report(method, "method named " + method.getNameAsString());
            }
          });
    }
  }

  @RuleInfo(id = "test-crash", summary = "Always crashes", since = "0.1")
  public static final class CrashingRule implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          MethodDeclaration.class,
          (method, context) -> {
            throw new IllegalStateException("oops");
          });
    }
  }
}
