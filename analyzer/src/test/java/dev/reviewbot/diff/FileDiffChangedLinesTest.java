package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which lines count as written by the change: rules judge those; coverage counts what git counts.
 */
class FileDiffChangedLinesTest {

  /**
   * Old code wrapped in a new block: only the new lines (the guard and its brace) are the author's.
   */
  private static final String WRAPPED_IN_A_BLOCK =
      """
      @@ -1,6 +1,8 @@
       void run() {
      -  try {
      -    work();
      -  } catch (IOException ignored) {
      -  }
      +  if (enabled) {
      +    try {
      +      work();
      +    } catch (IOException ignored) {
      +    }
      +  }
       }
      \s
      """;

  @Test
  void reIndentedLinesAreNotAddedForRulesButCountForCoverage() {
    FileDiff diff = new UnifiedDiffParser().parsePatch("A.java", "A.java", WRAPPED_IN_A_BLOCK);

    assertThat(diff.changedLines().added()).containsExactly(2, 7);
    assertThat(diff.addedLinesAsGitCounts().added()).containsExactly(2, 3, 4, 5, 6, 7);
    assertThat(diff.changedLines().inDiff(4))
        .as("still inside the hunk, so still commentable")
        .isTrue();
  }

  @Test
  void aLineChangedBeyondWhiteSpaceIsAdded() {
    FileDiff diff =
        new UnifiedDiffParser()
            .parsePatch(
                "A.java",
                "A.java",
                """
        @@ -1,3 +1,3 @@
         class A {
        -  int x = 1;
        +  int x = 2;
         }
        """);

    assertThat(diff.changedLines().added()).containsExactly(2);
  }

  @Test
  void eachRemovedLineExcusesOneAddedCopyOnly() {
    FileDiff diff =
        new UnifiedDiffParser()
            .parsePatch(
                "A.java",
                "A.java",
                """
        @@ -1,3 +1,4 @@
         class A {
        -  call();
        +    call();
        +  call();
         }
        """);

    assertThat(diff.changedLines().added()).containsExactly(3);
  }
}
