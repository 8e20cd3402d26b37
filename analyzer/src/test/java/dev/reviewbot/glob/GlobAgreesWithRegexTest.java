package dev.reviewbot.glob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.fuzz.Tries;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The linear-time {@link Glob} decides every ordinary glob and path as the old backtracking regex
 * did. Ordinary: a few segments of a small alphabet with the glob's special characters (so stars
 * and slashes meet often), regex metacharacters and a non-ASCII letter; paths also have a character
 * outside the basic plane. Left out, because the old regex was wrong there (see {@link GlobTest}):
 * line breaks, which its {@code .} did not match, and characters outside the basic plane in globs,
 * whose two halves it quoted apart. Globs and paths come from seeded random numbers (see {@link
 * Tries}: how many tries, and how to replay a failing one).
 */
class GlobAgreesWithRegexTest {
  private static final char[] PATH_CHARS = {'a', 'b', '/', '.', 'x', '-', 'é', '$'};
  private static final String[] GLOB_TOKENS = {
    "*", "**", "**/", "?", "/", "a", "b", ".", "x", "[", "é", "$"
  };
  private static final String[] PATH_SEGMENTS = {"a", "b", "x.java", "\uD83D\uDE00", "[", "*"};

  private record GlobAndPath(String glob, String path) {}

  @Test
  void decidesOrdinaryGlobsAsTheOldRegexDid() {
    Tries.check(
        GlobAgreesWithRegexTest::globAndPath,
        input ->
            assertThat(Glob.of(input.glob()).matches(input.path()))
                .as("%s against %s", input.glob(), input.path())
                .isEqualTo(new RegexGlob(input.glob()).matches(input.path())));
  }

  @Test
  void aPathIsAGlobThatMatchesItselfInAnyDirectory() {
    Tries.check(
        GlobAgreesWithRegexTest::path,
        path -> {
          // paths here hold no '?' or '**', and a '*' in them matches itself
          assertThat(Glob.of(path).matches(path)).as(path).isTrue();
          assertThat(Glob.of("**/" + path).matches(path)).as("**/%s", path).isTrue();
          assertThat(Glob.of("**/" + path).matches("dir/" + path))
              .as("**/%s against dir/%1$s", path)
              .isTrue();
        });
  }

  @Test
  void decidesGlobsEndingInDoubleStarAsTheOldRegexDid() {
    Tries.check(
        GlobAgreesWithRegexTest::globAndPath,
        input ->
            assertThat(Glob.of(input.glob() + "**").matches(input.path()))
                .as("%s** against %s", input.glob(), input.path())
                .isEqualTo(new RegexGlob(input.glob() + "**").matches(input.path())));
  }

  private static GlobAndPath globAndPath(SplittableRandom random) {
    return new GlobAndPath(glob(random), path(random));
  }

  /** Up to eight tokens, each a special one or a run of one to four path characters. */
  private static String glob(SplittableRandom random) {
    StringBuilder glob = new StringBuilder();
    for (int i = random.nextInt(9); i > 0; i--) {
      glob.append(
          random.nextBoolean()
              ? GLOB_TOKENS[random.nextInt(GLOB_TOKENS.length)]
              : chars(random, 1, 4));
    }
    return glob.toString();
  }

  /**
   * Up to six segments joined by slashes, each a run of up to five path characters or a special
   * one.
   */
  private static String path(SplittableRandom random) {
    List<String> segments = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      segments.add(
          random.nextBoolean()
              ? chars(random, 0, 5)
              : PATH_SEGMENTS[random.nextInt(PATH_SEGMENTS.length)]);
    }
    return String.join("/", segments);
  }

  private static String chars(SplittableRandom random, int min, int max) {
    StringBuilder chars = new StringBuilder();
    for (int i = random.nextInt(min, max + 1); i > 0; i--) {
      chars.append(PATH_CHARS[random.nextInt(PATH_CHARS.length)]);
    }
    return chars.toString();
  }
}
