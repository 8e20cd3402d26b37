package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated diffs and patches: parsed into lines with real (never negative) line numbers, or refused
 * with a {@link DiffParseException} naming the line.
 */
class UnifiedDiffParserFuzzTest {
  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  @Property
  void aMutatedDiffIsParsedOrRefusedWithTheLine(@ForAll("diffs") String diff) {
    List<FileDiff> parsed = new ArrayList<>();
    Outcome.of(() -> parsed.addAll(parser.parse(diff)))
        .isSuccessOr(DiffParseException.class, message -> message.matches("(?s)line [1-9][0-9]*: .+"));
    parsed.forEach(UnifiedDiffParserFuzzTest::hasNoNegativeLineNumbers);
  }

  @Property
  void aMutatedPatchIsParsedOrRefusedWithTheFileAndLine(@ForAll("patches") String patch) {
    List<FileDiff> parsed = new ArrayList<>();
    Outcome.of(() -> parsed.add(parser.parsePatch("src/A.java", "src/A.java", patch)))
        .isSuccessOr(DiffParseException.class, message -> message.matches("(?s)patch of src/A\\.java: line [1-9][0-9]*: .+"));
    parsed.forEach(UnifiedDiffParserFuzzTest::hasNoNegativeLineNumbers);
  }

  private static void hasNoNegativeLineNumbers(FileDiff file) {
    for (Hunk hunk : file.hunks()) {
      assertThat(hunk.lines()).allSatisfy(line -> {
        assertThat(line.oldLine()).as("old line of %s", line).isNotNegative();
        assertThat(line.newLine()).as("new line of %s", line).isNotNegative();
      });
    }
  }

  @Provide
  Arbitrary<String> diffs() {
    return FuzzInputs.of("unified-diff").text();
  }

  @Provide
  Arbitrary<String> patches() {
    return FuzzInputs.of("patch").text();
  }
}
