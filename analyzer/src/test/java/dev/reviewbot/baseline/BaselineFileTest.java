package dev.reviewbot.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The baseline file: sorted, one entry a line, no line numbers, read back as written; bad files
 * named.
 */
class BaselineFileTest {

  @Test
  void writesOneSortedEntryPerLineWithoutLineNumbers() {
    Baseline baseline =
        Baseline.of(
            List.of(
                BaselineTest.finding("shared-mutable-state", "src/B.java", 3, "fp-b"),
                BaselineTest.finding("argument-count", "src/A.java", 90, "fp-a2"),
                BaselineTest.finding("argument-count", "src/A.java", 12, "fp-a1")));

    List<String> lines = BaselineFile.format(baseline).lines().toList();

    assertThat(lines)
        .filteredOn(line -> line.contains("\"rule\""))
        .containsExactly(
            "    {\"rule\":\"argument-count\",\"path\":\"src/A.java\",\"fingerprint\":\"fp-a1\",\"hint\":\"message of fp-a1\"},",
            "    {\"rule\":\"argument-count\",\"path\":\"src/A.java\",\"fingerprint\":\"fp-a2\",\"hint\":\"message of fp-a2\"},",
            "    {\"rule\":\"shared-mutable-state\",\"path\":\"src/B.java\",\"fingerprint\":\"fp-b\",\"hint\":\"message of fp-b\"}");
    assertThat(BaselineFile.format(baseline)).doesNotContain("\"line").doesNotContain("90");
  }

  @Test
  void readsBackWhatItWrote(@TempDir Path dir) {
    Finding multiLine =
        new Finding(
            "misleading-name",
            Severity.INFO,
            null,
            null,
            "A \"quoted\"\nmessage over\tlines " + "x".repeat(200),
            "fp-change",
            null);
    Baseline baseline =
        Baseline.of(
            List.of(multiLine, BaselineTest.finding("argument-count", "src/Ä b.java", 1, "fp")));
    Path file = dir.resolve("nested/.reviewbot-baseline.json");

    BaselineFile.write(baseline, file);

    assertThat(BaselineFile.read(file)).isEqualTo(baseline);
    assertThat(baseline.entries().get(0).hint())
        .doesNotContain("\n")
        .hasSizeLessThanOrEqualTo(BaselineEntry.HINT_LENGTH);
  }

  @Test
  void anEmptyBaselineIsValid() {
    assertThat(BaselineFile.parse(BaselineFile.format(new Baseline(List.of())), "b.json").entries())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON               | {\"version\": 1, \"findings\": [               | b.json:1: not a baseline file",
        "not an object          | []                                            | b.json: not a baseline file",
        "unknown version        | {\"version\": 2, \"findings\": []}             | b.json: version: expected 1 but was 2",
        "no findings list       | {\"version\": 1}                               | b.json: findings: expected a list",
        "entry not an object    | {\"version\": 1, \"findings\": [3]}            | b.json: findings[0]: expected an object",
        "entry without rule     | {\"version\": 1, \"findings\": [{\"fingerprint\": \"f\"}]} | b.json: findings[0].rule: expected a non-empty string",
        "entry without print    | {\"version\": 1, \"findings\": [{\"rule\": \"r\"}]}        | b.json: findings[0].fingerprint: expected a non-empty string",
      })
  void aBadFileIsNamedWithWhatIsWrong(String name, String text, String message) {
    assertThatThrownBy(() -> BaselineFile.parse(text, "b.json"))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("gone.json");
    assertThatThrownBy(() -> BaselineFile.read(missing))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith(missing + ": baseline file not found");
  }

  @Test
  void theWrittenFileIsValidJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("b.json");
    BaselineFile.write(Baseline.of(List.of(BaselineTest.finding("r", "p", 1, "f"))), file);
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(file))
                .get("findings"))
        .hasSize(1);
  }
}
