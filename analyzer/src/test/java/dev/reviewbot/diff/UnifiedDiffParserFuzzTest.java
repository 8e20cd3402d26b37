package dev.reviewbot.diff;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated diffs and patches: parsed, or refused with a {@link DiffParseException} naming the line. */
class UnifiedDiffParserFuzzTest {
  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  @Property
  void aMutatedDiffIsParsedOrRefusedWithTheLine(@ForAll("diffs") String diff) {
    Outcome.of(() -> parser.parse(diff))
        .isSuccessOr(DiffParseException.class, message -> message.matches("(?s)line [1-9][0-9]*: .+"));
  }

  @Property
  void aMutatedPatchIsParsedOrRefusedWithTheFileAndLine(@ForAll("patches") String patch) {
    Outcome.of(() -> parser.parsePatch("src/A.java", "src/A.java", patch))
        .isSuccessOr(DiffParseException.class, message -> message.matches("(?s)patch of src/A\\.java: line [1-9][0-9]*: .+"));
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
