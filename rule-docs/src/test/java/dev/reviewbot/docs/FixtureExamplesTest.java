package dev.reviewbot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixtureExamplesTest {
  private static final String FIXTURE =
      """
      class A {
        // doc:noncompliant
        void bad() {
          try { x(); } catch (Exception e) {} // expect: error-handling
        }
        // doc:end

        // doc:compliant
        void good() { // ok: a reason
          x();
        }
        // doc:end
      }
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      noncompliant | void bad() {\\n  try { x(); } catch (Exception e) {}\\n}\\n
      compliant    | void good() {\\n  x();\\n}\\n
      """)
  void takesTheMarkedRegionWithoutTestMarksOrCommonIndent(String kind, String expected) {
    assertThat(FixtureExamples.region(FIXTURE, kind)).contains(expected.replace("\\n", "\n"));
  }

  @Test
  void anUnmarkedFixtureHasNoExample() {
    assertThat(FixtureExamples.region("class A {}\n", "compliant")).isEqualTo(Optional.empty());
  }

  @Test
  void notesSplitIntoSections() {
    RuleNotes notes =
        RuleNotes.parse("x", "## Why it matters\n\nBecause.\n\n## Known limitations\n\n- one\n");
    assertThat(notes.section(RuleNotes.WHY)).contains("Because.");
    assertThat(notes.section(RuleNotes.LIMITATIONS)).contains("- one");
    assertThat(notes.section(RuleNotes.EXAMPLE)).isEmpty();
  }
}
