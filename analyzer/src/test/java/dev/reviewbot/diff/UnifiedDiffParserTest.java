package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.LineRange;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class UnifiedDiffParserTest {
  private static final String HEADER = "diff --git a/f.txt b/f.txt\nindex 1111111..2222222 100644\n--- a/f.txt\n+++ b/f.txt\n";

  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  static List<Arguments> malformedDiffs() {
    return List.of(
        Arguments.of("text before the first header", "hello\n" + HEADER,
            "line 1: expected a 'diff --git' file header but found 'hello'"),
        Arguments.of("hunk cut short", HEADER + "@@ -1,2 +1,2 @@\n a\n",
            "line 6: the hunk at line 5 expects 1 more old and 1 more new line(s) at the end of input"),
        Arguments.of("more lines than the counts say", HEADER + "@@ -1 +1 @@\n-a\n+b\n+extra\n",
            "line 8: expected '@@', the next 'diff --git' or end of input but found '+extra'"),
        Arguments.of("an added line when none are left", HEADER + "@@ -1,2 +1 @@\n+a\n+b\n",
            "line 7: found an added line but the hunk at line 5 expects 2 more old and 0 more new line(s)"),
        Arguments.of("a context line when only new lines are left", HEADER + "@@ -1,0 +1,1 @@\n a\n",
            "line 6: found a context line but the hunk at line 5 expects 0 more old and 1 more new line(s)"),
        Arguments.of("unknown hunk line", HEADER + "@@ -1 +1 @@\n*a\n",
            "line 6: expected a hunk line starting with ' ', '-', '+' or '\\' (the hunk at line 5 expects 1 more old and 1 more new line(s)) but found '*a'"),
        Arguments.of("hunk running past the last int line number (fuzzed)", HEADER + "@@ -2147483646,3 +1,3 @@\n a\n b\n c\n",
            "line 5: the hunk runs past line 2147483647"),
        Arguments.of("new side running past the last int line number", HEADER + "@@ -1,2 +2147483647,2 @@\n a\n b\n",
            "line 5: the hunk runs past line 2147483647"),
        Arguments.of("hunk header without numbers", HEADER + "@@ -a +b @@\n",
            "line 5: expected a hunk header like '@@ -1,4 +1,5 @@' but found '@@ -a +b @@'"),
        Arguments.of("markers without a hunk", HEADER + "diff --git a/g b/g\n",
            "line 5: expected a hunk header like '@@ -1,4 +1,5 @@' but found 'diff --git a/g b/g'"),
        Arguments.of("'---' without '+++'", "diff --git a/f b/f\n--- a/f\n@@ -1 +1 @@\n",
            "line 3: expected '+++ <new path>' after '--- ' but found '@@ -1 +1 @@'"),
        Arguments.of("no-newline marker first in a hunk", HEADER + "@@ -1 +1 @@\n\\ No newline at end of file\n-a\n+b\n",
            "line 6: '\\ No newline at end of file' must follow a hunk line"),
        Arguments.of("combined diff of a merge", "diff --cc f.txt\nindex 1,2..3\n",
            "line 1: combined diffs (of merge commits) are not supported; diff against one parent"),
        Arguments.of("unknown extended header line", "diff --git a/f b/f\nfrobnicate\n",
            "line 2: expected an extended header line, '--- <path>', 'Binary files ... differ' or the next 'diff --git' but found 'frobnicate'"),
        Arguments.of("file mode not octal", "diff --git a/f b/f\nold mode 10064x\nnew mode 100755\n",
            "line 2: expected a six-digit octal file mode after 'old mode' but found 'old mode 10064x'"),
        Arguments.of("bad index line", "diff --git a/f b/f\nindex zzz\n",
            "line 2: expected 'index <old-id>..<new-id> [<mode>]' but found 'index zzz'"),
        Arguments.of("unterminated quoted path", "diff --git \"a/f b/f\n",
            "line 1: unterminated quoted path \"a/f b/f"),
        Arguments.of("paths that cannot be told apart", "diff --git a/x y b/z w\nold mode 100644\nnew mode 100755\n",
            "line 1: cannot tell the old and new path apart in this 'diff --git' header; expected 'rename', 'copy' or '---'/'+++' lines naming them"),
        Arguments.of("binary patch without a block", "diff --git a/f b/f\nGIT binary patch\nzzz\n",
            "line 3: expected 'literal <size>' or 'delta <size>' in a GIT binary patch but found 'zzz'"),
        Arguments.of("binary patch running into the next file", "diff --git a/f b/f\nGIT binary patch\nliteral 3\nHcmV?d00001\ndiff --git a/g b/g\n",
            "line 5: expected a line of base85 data or an empty line in a GIT binary patch but found 'diff --git a/g b/g'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedDiffs")
  void refusesMalformedDiffsNamingTheLineAndWhatWasExpected(String name, String diff, String message) {
    assertThatThrownBy(() -> parser.parse(diff)).isInstanceOf(DiffParseException.class).hasMessage(message);
  }

  @Test
  void reportsTheLineNumberOfTheError() {
    DiffParseException error = (DiffParseException) catchParse(HEADER + "@@ -1 +1 @@\n-a\n+b\n+extra\n");
    assertThat(error.line()).isEqualTo(8);
  }

  @Test
  void refusesMalformedPatchTextNamingThePath() {
    assertThatThrownBy(() -> parser.parsePatch("A.java", "A.java", "@@ -1 +1 @@\n-a\n+b\nnot a hunk"))
        .isInstanceOf(DiffParseException.class)
        .hasMessage("patch of A.java: line 4: expected a hunk header like '@@ -1,4 +1,5 @@' but found 'not a hunk'");
    assertThatThrownBy(() -> parser.parsePatch("A.java", null, HEADER + "@@ -1 +0,0 @@\n-a"))
        .hasMessageStartingWith("patch of A.java: line 1: expected a hunk header");
  }

  @Test
  void parsesNothingFromEmptyOrBlankInput() {
    assertThat(parser.parse("")).isEmpty();
    assertThat(parser.parse("\n\n")).isEmpty();
    assertThat(parser.parsePatch("a", "a", "").hunks()).isEmpty();
  }

  @Test
  void ignoresBlankLinesAfterTheLastFile() {
    assertThat(parser.parse(HEADER + "@@ -1 +1 @@\n-a\n+b\n\n\n")).singleElement()
        .satisfies(f -> assertThat(f.addedLineCount()).isEqualTo(1));
  }

  @Test
  void takesLinesThatLookLikeFileHeadersAsContentInsideAHunk() {
    FileDiff file = parser.parse(HEADER + "@@ -1,2 +1,2 @@\n--- a/f.txt\n-diff --git x\n+++ b/f.txt\n+diff --git y\n").get(0);
    assertThat(file.hunks().get(0).lines()).extracting(DiffLine::kind, DiffLine::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DiffLine.Kind.REMOVED, "-- a/f.txt"),
        org.assertj.core.groups.Tuple.tuple(DiffLine.Kind.REMOVED, "diff --git x"),
        org.assertj.core.groups.Tuple.tuple(DiffLine.Kind.ADDED, "++ b/f.txt"),
        org.assertj.core.groups.Tuple.tuple(DiffLine.Kind.ADDED, "diff --git y"));
  }

  @Test
  void readsJGitsBinaryLineWithoutPaths() {
    FileDiff file = parser.parse("diff --git a/x.bin b/x.bin\nindex 1111111..2222222 100644\nBinary files differ\n").get(0);
    assertThat(file.binary()).isTrue();
    assertThat(file.kind()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(file.path()).isEqualTo("x.bin");
  }

  @Test
  void readsADiffWhoseEveryLineEndsInCrLf() {
    String diff = (HEADER + "@@ -1 +1 @@\n-a\n+b\n").replace("\n", "\r\n");
    FileDiff file = parser.parse(diff).get(0);
    assertThat(file.newPath()).isEqualTo("f.txt");
    assertThat(file.hunks().get(0).lines()).extracting(DiffLine::text, DiffLine::crlf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", true), org.assertj.core.groups.Tuple.tuple("b", true));
  }

  @Test
  void dropsATimestampAfterATabInMarkerLines() {
    FileDiff file = parser.parse("diff --git a/f b/f\n--- a/f\t2024-01-01 00:00:00\n+++ b/f\t2024-01-02 00:00:00\n@@ -1 +1 @@\n-a\n+b\n").get(0);
    assertThat(file.oldPath()).isEqualTo("f");
    assertThat(file.newPath()).isEqualTo("f");
  }

  @Test
  void infersThePatchKindFromThePathsUnlessGiven() {
    assertThat(parser.parsePatch(null, "n", "@@ -0,0 +1 @@\n+x").kind()).isEqualTo(ChangeKind.ADDED);
    assertThat(parser.parsePatch("o", null, "@@ -1 +0,0 @@\n-x").kind()).isEqualTo(ChangeKind.DELETED);
    assertThat(parser.parsePatch("o", "n", "").kind()).isEqualTo(ChangeKind.RENAMED);
    assertThat(parser.parsePatch("p", "p", "@@ -1 +1 @@\n-x\n+y").kind()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(parser.parsePatch("o", "n", ChangeKind.COPIED, "").kind()).isEqualTo(ChangeKind.COPIED);
    assertThatThrownBy(() -> parser.parsePatch(null, null, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesTheChangedLinesOfTheHeadVersion() {
    String diff = HEADER + "@@ -3,4 +3,5 @@ void m() {\n a\n-b\n+B\n+C\n c\n d\n@@ -20,2 +21,0 @@\n-x\n-y\n";
    FileDiff file = parser.parse(diff).get(0);
    assertThat(file.changedLines().added()).containsExactly(4, 5);
    assertThat(file.changedLines().hunks()).containsExactly(new LineRange(3, 7));
    assertThat(file.hunks().get(1).lines()).extracting(DiffLine::oldLine).containsExactly(20, 21);
  }

  private Throwable catchParse(String diff) {
    try {
      parser.parse(diff);
    } catch (DiffParseException e) {
      return e;
    }
    throw new AssertionError("expected a DiffParseException");
  }
}
