package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated patches: parsed into lines with real (never negative) line numbers, or refused with a
 * {@link DiffParseException} naming the file and line.
 */
class UnifiedDiffParserFuzzTest {
  private static final FuzzInputs PATCHES = FuzzInputs.of("patch");

  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  @ParameterizedTest(name = "{0}")
  @MethodSource("patches")
  void aSeedPatchIsParsedOrRefusedWithTheFileAndLine(String patch) {
    isParsedOrRefusedWithTheFileAndLine(patch);
  }

  @Test
  void aMutatedPatchIsParsedOrRefusedWithTheFileAndLine() {
    PATCHES.forEachMutantText(this::isParsedOrRefusedWithTheFileAndLine);
  }

  private void isParsedOrRefusedWithTheFileAndLine(String patch) {
    List<FileDiff> parsed = new ArrayList<>();
    Outcome.of(() -> parsed.add(parser.parsePatch("src/A.java", "src/A.java", patch)))
        .isSuccessOr(
            DiffParseException.class,
            message -> message.matches("(?s)patch of src/A\\.java: line [1-9][0-9]*: .+"));
    parsed.forEach(UnifiedDiffParserFuzzTest::hasNoNegativeLineNumbers);
  }

  private static void hasNoNegativeLineNumbers(FileDiff file) {
    for (Hunk hunk : file.hunks()) {
      assertThat(hunk.lines())
          .allSatisfy(
              line -> {
                assertThat(line.oldLine()).as("old line of %s", line).isNotNegative();
                assertThat(line.newLine()).as("new line of %s", line).isNotNegative();
              });
    }
  }

  static Stream<Named<String>> patches() {
    return PATCHES.seedTexts();
  }
}
