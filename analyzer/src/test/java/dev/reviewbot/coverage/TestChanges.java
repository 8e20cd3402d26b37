package dev.reviewbot.coverage;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffLine;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes with known added lines for coverage tests, where the diff is not under test: one hunk
 * spanning the whole head file, the given lines added, the others context.
 */
public final class TestChanges {
  private TestChanges() {}

  public static ChangeSet of(ChangedFile... files) {
    return new ChangeSet("base", "head", null, List.of(files));
  }

  /**
   * {@code path} modified: {@code addedLines} of {@code headContent} are new, the rest unchanged.
   */
  public static ChangedFile modified(String path, String headContent, int... addedLines) {
    Set<Integer> added = Arrays.stream(addedLines).boxed().collect(Collectors.toSet());
    String[] lines = headContent.split("\n", -1);
    int count = headContent.endsWith("\n") ? lines.length - 1 : lines.length;
    List<DiffLine> diffLines = new ArrayList<>();
    StringBuilder base = new StringBuilder();
    int oldLine = 0;
    for (int i = 1; i <= count; i++) {
      if (added.contains(i)) {
        diffLines.add(new DiffLine(DiffLine.Kind.ADDED, 0, i, lines[i - 1], false));
      } else {
        oldLine++;
        diffLines.add(new DiffLine(DiffLine.Kind.CONTEXT, oldLine, i, lines[i - 1], false));
        base.append(lines[i - 1]).append('\n');
      }
    }
    Hunk hunk = new Hunk(1, oldLine, 1, count, "", diffLines);
    FileDiff diff = new FileDiff(path, path, ChangeKind.MODIFIED, false, null, null, List.of(hunk));
    return new ChangedFile(
        path, path, ChangeKind.MODIFIED, diff, base.toString(), headContent, false);
  }

  /** Lines {@code from..to} inclusive, for {@link #modified}. */
  public static int[] lines(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).toArray();
  }
}
