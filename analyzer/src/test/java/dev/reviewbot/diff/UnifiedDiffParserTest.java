package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnifiedDiffParserTest {
  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  private FileDiff parse(String patch) {
    return parser.parsePatch("f.txt", "f.txt", patch);
  }

  static List<Arguments> malformedPatches() {
    return List.of(
        Arguments.of(
            "a file header",
            "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1 +0,0 @@\n-a\n",
            "line 1: expected a hunk header like '@@ -1,4 +1,5 @@' but found 'diff --git a/f.txt b/f.txt'"),
        Arguments.of(
            "hunk cut short",
            "@@ -1,2 +1,2 @@\n a\n",
            "line 2: the hunk at line 1 expects 1 more old and 1 more new line(s) at the end of input"),
        Arguments.of(
            "more lines than the counts say",
            "@@ -1 +1 @@\n-a\n+b\n+extra\n",
            "line 4: expected a hunk header like '@@ -1,4 +1,5 @@' but found '+extra'"),
        Arguments.of(
            "an added line when none are left",
            "@@ -1,2 +1 @@\n+a\n+b\n",
            "line 3: found an added line but the hunk at line 1 expects 2 more old and 0 more new line(s)"),
        Arguments.of(
            "a context line when only new lines are left",
            "@@ -1,0 +1,1 @@\n a\n",
            "line 2: found a context line but the hunk at line 1 expects 0 more old and 1 more new line(s)"),
        Arguments.of(
            "unknown hunk line",
            "@@ -1 +1 @@\n*a\n",
            "line 2: expected a hunk line starting with ' ', '-', '+' or '\\' (the hunk at line 1 expects 1 more old and 1 more new line(s)) but found '*a'"),
        Arguments.of(
            "hunk running past the last int line number (fuzzed)",
            "@@ -2147483646,3 +1,3 @@\n a\n b\n c\n",
            "line 1: the hunk runs past line 2147483647"),
        Arguments.of(
            "new side running past the last int line number",
            "@@ -1,2 +2147483647,2 @@\n a\n b\n",
            "line 1: the hunk runs past line 2147483647"),
        Arguments.of(
            "hunk header without numbers",
            "@@ -a +b @@\n",
            "line 1: expected a hunk header like '@@ -1,4 +1,5 @@' but found '@@ -a +b @@'"),
        Arguments.of(
            "no-newline marker first in a hunk",
            "@@ -1 +1 @@\n\\ No newline at end of file\n-a\n+b\n",
            "line 2: '\\ No newline at end of file' must follow a hunk line"),
        Arguments.of(
            "combined diff hunk of a merge",
            "@@@ -1,2 -1,2 +1,2 @@@\n",
            "line 1: expected a hunk header like '@@ -1,4 +1,5 @@' but found '@@@ -1,2 -1,2 +1,2 @@@'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedPatches")
  void refusesMalformedPatchesNamingThePathTheLineAndWhatWasExpected(
      String name, String patch, String message) {
    assertThatThrownBy(() -> parse(patch))
        .isInstanceOf(DiffParseException.class)
        .hasMessage("patch of f.txt: " + message);
  }

  @Test
  void reportsTheLineNumberOfTheError() {
    assertThatThrownBy(() -> parse("@@ -1 +1 @@\n-a\n+b\n+extra\n"))
        .isInstanceOfSatisfying(
            DiffParseException.class, error -> assertThat(error.line()).isEqualTo(4));
  }

  @Test
  void namesTheOldPathOfADeletedFile() {
    assertThatThrownBy(() -> parser.parsePatch("A.java", null, "not a hunk"))
        .hasMessage(
            "patch of A.java: line 1: expected a hunk header like '@@ -1,4 +1,5 @@' but found 'not a hunk'");
  }

  @Test
  void parsesNothingFromEmptyOrBlankInput() {
    assertThat(parse("").hunks()).isEmpty();
    assertThat(parse("\n\n").hunks()).isEmpty();
  }

  @Test
  void ignoresBlankLinesAfterTheLastHunk() {
    assertThat(parse("@@ -1 +1 @@\n-a\n+b\n\n\n").addedLineCount()).isEqualTo(1);
  }

  @Test
  void takesLinesThatLookLikeFileHeadersAsContentInsideAHunk() {
    FileDiff file =
        parse("@@ -1,2 +1,2 @@\n--- a/f.txt\n-diff --git x\n+++ b/f.txt\n+diff --git y\n");
    assertThat(file.hunks().get(0).lines())
        .extracting(DiffLine::kind, DiffLine::text)
        .containsExactly(
            tuple(DiffLine.Kind.REMOVED, "-- a/f.txt"),
            tuple(DiffLine.Kind.REMOVED, "diff --git x"),
            tuple(DiffLine.Kind.ADDED, "++ b/f.txt"),
            tuple(DiffLine.Kind.ADDED, "diff --git y"));
  }

  @Test
  void readsAPatchWhoseEveryLineEndsInCrLf() {
    FileDiff file = parse("@@ -1 +1 @@\r\n-a\r\n+b\r\n");
    assertThat(file.hunks().get(0).lines())
        .extracting(DiffLine::text, DiffLine::crlf)
        .containsExactly(tuple("a", true), tuple("b", true));
  }

  @Test
  void infersThePatchKindFromThePathsUnlessGiven() {
    assertThat(parser.parsePatch(null, "n", "@@ -0,0 +1 @@\n+x").kind())
        .isEqualTo(ChangeKind.ADDED);
    assertThat(parser.parsePatch("o", null, "@@ -1 +0,0 @@\n-x").kind())
        .isEqualTo(ChangeKind.DELETED);
    assertThat(parser.parsePatch("o", "n", "").kind()).isEqualTo(ChangeKind.RENAMED);
    assertThat(parser.parsePatch("p", "p", "@@ -1 +1 @@\n-x\n+y").kind())
        .isEqualTo(ChangeKind.MODIFIED);
    assertThat(parser.parsePatch("o", "n", ChangeKind.COPIED, "").kind())
        .isEqualTo(ChangeKind.COPIED);
    assertThatThrownBy(() -> parser.parsePatch(null, null, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesTheChangedLinesOfTheHeadVersion() {
    FileDiff file =
        parse("@@ -3,4 +3,5 @@ void m() {\n a\n-b\n+B\n+C\n c\n d\n@@ -20,2 +21,0 @@\n-x\n-y\n");
    assertThat(file.changedLines().added()).containsExactly(4, 5);
    assertThat(file.changedLines().hunks()).containsExactly(new LineRange(3, 7));
    assertThat(file.hunks().get(0).section()).isEqualTo("void m() {");
    assertThat(file.hunks().get(1).lines()).extracting(DiffLine::oldLine).containsExactly(20, 21);
  }
}
