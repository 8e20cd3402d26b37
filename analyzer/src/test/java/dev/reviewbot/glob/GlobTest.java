package dev.reviewbot.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GlobTest {
  /**
   * Far more than any of these takes without backtracking (milliseconds), far less than with it
   * (minutes).
   */
  private static final Duration BOUND = Duration.ofSeconds(1);

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      **/*.java            | A.java                        | true
      **/*.java            | src/main/java/A.java          | true
      **/*.java            | src/main/java/A.javax         | false
      *.java               | src/A.java                    | false
      src/*.java           | src/A.java                    | true
      src/*.java           | src/a/A.java                  | false
      **/src/test/**       | src/test/A.java               | true
      **/src/test/**       | module/src/test/a/B.java      | true
      **/src/test/**       | src/testing/A.java            | false
      src/**               | src/                          | true
      src/**               | src                           | false
      src/**               | src/a/b/C.java                | true
      a**b                 | a/x/y/b                       | true
      **/generated/**      | generated/X.java              | true
      **/generated/**      | a/generated                   | false
      ?.java               | A.java                        | true
      ?.java               | AB.java                       | false
      a?b                  | a/b                           | false
      ***/x                | a/x                           | true
      ***/x                | a/b/x                         | true
      ****/x               | x                             | true
      **/                  | a/b/                          | true
      **/                  | ''                            | true
      *                    | ab                            | true
      ***/                 | ab                            | false
      ***/                 | ab/                           | true
      ***                  | a/b                           | true
      ?**/x                | a/x                           | true
      ?**/x                | ax                            | true
      ?**/x                | x                             | false
      ?***/x               | a/x                           | true
      ?***/x               | abx                           | false
      ''                   | ''                            | true
      ''                   | a                             | false
      [ab].java            | [ab].java                     | true
      [ab].java            | a.java                        | false
      a\\b                 | a\\b                          | true
      *Test.java           | FooTest.java                  | true
      *Test.java           | FooTEST.java                  | false
      **/*Test.java        | src/test/FooTest.java         | true
      src/main/**          | SRC/main/A.java               | false
      """)
  void matchesWholePathsAsDocumented(String glob, String path, boolean matches) {
    assertThat(Glob.of(glob).matches(path)).isEqualTo(matches);
  }

  static Stream<Arguments> pathsWithLineBreaks() {
    return Stream.of(
        Arguments.of("**/*.java", "dir\nwith newline/A.java"),
        Arguments.of("**", "line\nbreak"),
        Arguments.of("a/**/b", "a/x\r\ny/b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathsWithLineBreaks")
  void doubleStarCrossesLineBreaksTooWhichTheOldRegexDotDidNot(String glob, String path) {
    assertThat(Glob.of(glob).matches(path)).isTrue();
    assertThat(new RegexGlob(glob).matches(path)).isFalse();
  }

  @Test
  void questionMarkMatchesOneCodePointEvenOutsideTheBasicPlane() {
    assertThat(Glob.of("?.txt").matches("\uD83D\uDE00.txt")).isTrue();
  }

  @Test
  void aLiteralOutsideTheBasicPlaneMatchesItselfWhichTheOldRegexGotWrongAfterDoubleStar() {
    String emoji = "\uD83D\uDE00";
    assertThat(Glob.of("**/" + emoji).matches(emoji)).isTrue();
    assertThat(new RegexGlob("**/" + emoji).matches(emoji)).isFalse();
  }

  static Stream<Arguments> pathologicalCases() {
    String deepPath = "a/".repeat(40) + "y";
    String longName = "a".repeat(5_000);
    return Stream.of(
        Arguments.of("12 '**/' against a 40-level path", "**/".repeat(12) + "x", deepPath, false),
        Arguments.of("8 '**/' against a 40-level path", "**/".repeat(8) + "x", deepPath, false),
        Arguments.of(
            "12 '**/' against a 40-level path that matches",
            "**/".repeat(12) + "y",
            deepPath,
            true),
        Arguments.of("'**a' runs against a deep path", "**a".repeat(30) + "b", deepPath, false),
        Arguments.of(
            "'*a' runs and a 'b' against a long name", "*a".repeat(50) + "b", longName, false),
        Arguments.of(
            "'*a' runs against a long name that matches", "*a".repeat(50) + "*", longName, true),
        Arguments.of(
            "'*a*a...*b' against two long names",
            "*a".repeat(13) + "*b",
            "a".repeat(200) + "/" + "a".repeat(200),
            false),
        Arguments.of(
            "a 100,000-character glob of stars", "*".repeat(100_000) + "x", longName, false),
        Arguments.of("'?' runs against a long name", "?".repeat(2_000) + "*b", longName, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathologicalCases")
  void pathologicalGlobsAgainstPathologicalPathsFinishWithinASecond(
      String what, String glob, String path, boolean expected) {
    boolean matched = assertTimeoutPreemptively(BOUND, () -> Glob.of(glob).matches(path));
    assertThat(matched).isEqualTo(expected);
  }
}
