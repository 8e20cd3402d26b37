package dev.reviewbot.config;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated globs against mutated paths (each seed: a glob, a line break, a path; mutations may move
 * or drop the line break): any glob compiles, any path is decided, quickly.
 */
class GlobFuzzTest {

  @Property
  void anyGlobDecidesAnyPathWithoutFailing(@ForAll("globsAndPaths") String seed) {
    int lineBreak = seed.indexOf('\n');
    String glob = lineBreak < 0 ? seed : seed.substring(0, lineBreak);
    String path = lineBreak < 0 ? seed : seed.substring(lineBreak + 1);
    Outcome.of(() -> Glob.of(glob).matches(path)).isSuccess();
  }

  @Provide
  Arbitrary<String> globsAndPaths() {
    return FuzzInputs.of("glob").text();
  }
}
