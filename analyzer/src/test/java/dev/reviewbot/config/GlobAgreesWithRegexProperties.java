package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The linear-time {@link Glob} decides every ordinary glob and path as the old backtracking regex
 * did. Ordinary: a few segments of a small alphabet with the glob's special characters (so stars
 * and slashes meet often), regex metacharacters and a non-ASCII letter; paths also have a character
 * outside the basic plane. Left out, because the old regex was wrong there (see {@link GlobTest}):
 * line breaks, which its {@code .} did not match, and characters outside the basic plane in globs,
 * whose two halves it quoted apart.
 */
class GlobAgreesWithRegexProperties {
  private static final char[] PATH_CHARS = {'a', 'b', '/', '.', 'x', '-', 'é', '$'};

  @Property
  void decidesOrdinaryGlobsAsTheOldRegexDid(@ForAll("globs") String glob, @ForAll("paths") String path) {
    assertThat(Glob.of(glob).matches(path)).as("%s against %s", glob, path)
        .isEqualTo(new RegexGlob(glob).matches(path));
  }

  @Property
  void aPathIsAGlobThatMatchesItselfInAnyDirectory(@ForAll("paths") String path) {
    // paths here hold no '?' or '**', and a '*' in them matches itself
    assertThat(Glob.of(path).matches(path)).isTrue();
    assertThat(Glob.of("**/" + path).matches(path)).isTrue();
    assertThat(Glob.of("**/" + path).matches("dir/" + path)).isTrue();
  }

  @Property
  void decidesGlobsEndingInDoubleStarAsTheOldRegexDid(@ForAll("globs") String glob, @ForAll("paths") String path) {
    assertThat(Glob.of(glob + "**").matches(path)).as("%s** against %s", glob, path)
        .isEqualTo(new RegexGlob(glob + "**").matches(path));
  }

  @Provide
  Arbitrary<String> globs() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("*", "**", "**/", "?", "/", "a", "b", ".", "x", "[", "é", "$"),
        Arbitraries.strings().withChars(PATH_CHARS).ofMinLength(1).ofMaxLength(4));
    return token.list().ofMaxSize(8).map(tokens -> String.join("", tokens));
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.strings().withChars(PATH_CHARS).ofMaxLength(5),
        Arbitraries.of("a", "b", "x.java", "\uD83D\uDE00", "[", "*"));
    return segment.list().ofMaxSize(6).map(segments -> String.join("/", segments));
  }
}
