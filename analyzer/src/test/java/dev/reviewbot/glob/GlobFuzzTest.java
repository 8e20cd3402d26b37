package dev.reviewbot.glob;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated globs against mutated paths (each seed: a glob, a line break, a path; mutations may move
 * or drop the line break): any glob compiles, any path is decided, quickly.
 */
class GlobFuzzTest {
  private static final FuzzInputs GLOBS_AND_PATHS = FuzzInputs.of("glob");

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aSeedGlobDecidesItsPathWithoutFailing(String seed) {
    decidesWithoutFailing(seed);
  }

  @Test
  void anyGlobDecidesAnyPathWithoutFailing() {
    GLOBS_AND_PATHS.forEachMutantText(GlobFuzzTest::decidesWithoutFailing);
  }

  private static void decidesWithoutFailing(String seed) {
    int lineBreak = seed.indexOf('\n');
    String glob = lineBreak < 0 ? seed : seed.substring(0, lineBreak);
    String path = lineBreak < 0 ? seed : seed.substring(lineBreak + 1);
    Outcome.of(() -> Glob.of(glob).matches(path)).isSuccess();
  }

  static Stream<Named<String>> seeds() {
    return GLOBS_AND_PATHS.seedTexts();
  }
}
