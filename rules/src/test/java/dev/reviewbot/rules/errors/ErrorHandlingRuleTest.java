package dev.reviewbot.rules.errors;

import static dev.reviewbot.rules.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorHandlingRuleTest {
  private static final String MAIN = "src/main/java/dev/x/Job.java";

  private static List<Finding> check(String path, String body, Map<String, Object> options) {
    String source =
        "package dev.x;\nclass Job {\n  Object run(Store store) throws Exception {\n"
            + body
            + "\n    return null;\n  }\n}\n";
    return findings(
        ErrorHandlingRule.class,
        new ChangeSet(null, "scan", null, List.of(ChangedFile.scanned(path, source))),
        options);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      empty catch          | try { store.save(); } catch (java.io.IOException e) {}                         | Empty catch block: java.io.IOException caught here vanishes without a trace
      catch-all swallowed  | try { store.save(); } catch (Exception e) { return 0; }                         | catch (Exception e) swallows every failure, bugs such as NullPointerException included, and leaves no trace of it.
      catch-all message    | try { store.save(); } catch (Throwable t) { store.note(t.getMessage()); }       | keeps only its message, not the stack trace.
      lost cause           | try { store.save(); } catch (java.io.IOException e) { throw new IllegalStateException("no"); } | Throws a new IllegalStateException without the caught e as its cause
      logged and rethrown  | try { store.save(); } catch (java.io.IOException e) {\\n log.error("x", e);\\n throw e; } | e is logged here and thrown on at line 6
      printStackTrace      | try { store.save(); } catch (java.io.IOException e) { e.printStackTrace(); }    | printStackTrace() writes to standard error
      console              | System.out.println("saving");                                                   | System.out.println(...) in production code
      """)
  void saysWhatIsWrongInAReviewersWords(String name, String body, String message) {
    assertThat(check(MAIN, body.replace("\\n", "\n"), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains(message);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.suggestion()).isNotBlank();
            });
  }

  @Test
  void isOneLevelLowerInTestCode() {
    assertThat(
            check(
                "src/test/java/dev/x/JobTest.java",
                "try { store.save(); } catch (java.io.IOException e) {}",
                Map.of()))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.INFO);
  }

  @Test
  void catchAllTypesAreConfigurable() {
    String body = "try { store.save(); } catch (java.io.IOException e) { return 0; }";
    assertThat(check(MAIN, body, Map.of())).isEmpty();
    assertThat(check(MAIN, body, Map.of("catchAllTypes", List.of("java.io.IOException"))))
        .hasSize(1);
  }

  @Test
  void consoleOutputInAMainClassCanBeReportedToo() {
    String source =
        "class Tool {\n  public static void main(String[] args) {}\n  void help() { System.out.println(\"usage\"); }\n}\n";
    ChangeSet scan =
        new ChangeSet(
            null, "scan", null, List.of(ChangedFile.scanned("src/main/java/Tool.java", source)));
    assertThat(findings(ErrorHandlingRule.class, scan, Map.of())).isEmpty();
    assertThat(findings(ErrorHandlingRule.class, scan, Map.of("allowConsoleInMain", false)))
        .singleElement()
        .extracting(Finding::line)
        .isEqualTo(3);
  }
}
