package dev.reviewbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.diff.FileDiff;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineDiffsTest {

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("added file", null, "a\nb\n", List.of(1, 2), 0),
        Arguments.of("unchanged", "a\nb\n", "a\nb\n", List.of(), 0),
        Arguments.of("line inserted in the middle", "a\nc\n", "a\nb\nc\n", List.of(2), 0),
        Arguments.of("line modified", "a\nb\nc\n", "a\nB\nc\n", List.of(2), 1),
        Arguments.of("line removed", "a\nb\nc\n", "a\nc\n", List.of(), 1),
        Arguments.of("two separate edits", "a\nb\nc\nd\n", "x\nb\nc\nd\ny\n", List.of(1, 5), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void marksTheHeadLinesAnEditAddedAsGitWould(
      String name, String base, String head, List<Integer> added, int removed) {
    FileDiff diff = LineDiffs.between("src/main/java/A.java", base, head);

    assertThat(diff.changedLines().added()).containsExactlyElementsOf(added);
    assertThat(diff.changedLines().known()).isTrue();
    assertThat(diff.removedLineCount()).isEqualTo(removed);
    assertThat(diff.kind()).isEqualTo(base == null ? ChangeKind.ADDED : ChangeKind.MODIFIED);
  }

  /**
   * A fixture checked as a change sees the hunks a real run sees: git's, with three lines of
   * context.
   */
  @Test
  void hasTheHunksGitPrints() {
    String base =
        IntStream.rangeClosed(1, 20)
            .mapToObj(i -> "line " + i + "\n")
            .collect(Collectors.joining());
    String head = base.replace("line 5\n", "five\n").replace("line 13\n", "thirteen\n");

    FileDiff diff = LineDiffs.between("src/main/java/A.java", base, head);

    assertThat(diff.changedLines().hunks())
        .containsExactly(new LineRange(2, 8), new LineRange(10, 16));
  }
}
