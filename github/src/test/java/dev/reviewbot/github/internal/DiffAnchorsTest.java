package dev.reviewbot.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.github.PullRequestFile;
import dev.reviewbot.plan.Anchor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiffAnchorsTest {
  /**
   * Right side: lines 10-16 (hunk 1, with 12-13 added) and 40-43 (hunk 2, a pure addition at
   * 41-42).
   */
  private static final String PATCH =
      String.join(
          "\n",
          "@@ -10,6 +10,7 @@ class A {",
          " a",
          " b",
          "+c",
          "+d",
          " e",
          "-old",
          " f",
          " g",
          "@@ -38,2 +40,4 @@ void m() {",
          " h",
          "+i",
          "+j",
          " k");

  private static final DiffAnchors ANCHORS =
      DiffAnchors.of(
          List.of(
              new PullRequestFile("src/A.java", null, "modified", PATCH),
              new PullRequestFile("src/Big.java", null, "modified", null),
              new PullRequestFile("src/Gone.java", null, "removed", "@@ -1,2 +0,0 @@\n-x\n-y"),
              new PullRequestFile(
                  "src/New.java", "src/Old.java", "renamed", "@@ -1,1 +1,2 @@\n a\n+b"),
              new PullRequestFile(
                  "src/Bad.java", null, "modified", "@@ -1,1 +1,5 @@\n+only one line")));

  @ParameterizedTest(name = "{0}:{1}-{2} -> {3}")
  @CsvSource(
      nullValues = "none",
      value = {
        "src/A.java,   12, 12, 12-12", // added line
        "src/A.java,   10, 10, 10-10", // context line on the right side
        "src/A.java,   10, 16, 10-16", // a range inside one hunk
        "src/A.java,   14, 41, 14-14", // across hunks: narrowed to the first line that fits
        "src/A.java,   20, 41, 40-40", // starts between hunks: narrowed to the first line inside
        // one
        "src/A.java,   17, 39, none", // between hunks
        "src/A.java,   44, 44, none", // after the last hunk
        "src/A.java,    1,  9, none", // before the first hunk
        "src/Big.java,  1,  1, none", // changed, but GitHub sent no patch
        "src/Gone.java, 1,  1, none", // removed: no right side
        "src/New.java,  2,  2, 2-2", // renamed: the new path takes comments
        "src/Old.java,  1,  1, none", // the old path of a rename does not
        "src/Else.java, 1,  1, none", // not in the pull request
        "src/Bad.java,  1,  1, none"
      }) // a patch that does not parse: no comments there, no crash
  void fitsAnchorsToTheRightSideOfTheDiff(String path, int start, int line, String expected) {
    Optional<Anchor> fitted = ANCHORS.fit(new Anchor(path, start, line));
    assertThat(fitted.map(a -> a.startLine() + "-" + a.line()).orElse(null)).isEqualTo(expected);
  }
}
