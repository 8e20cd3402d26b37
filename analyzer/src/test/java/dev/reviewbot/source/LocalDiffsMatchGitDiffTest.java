package dev.reviewbot.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.diff.EditListHunks;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.diff.UnifiedDiffParser;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard on local diffs: for real edits committed to a repository, the hunks built from JGit's
 * {@code EditList} ({@link EditListHunks}, as {@link GitChangeSource} reads a change) equal the
 * hunks of the {@code git diff} text JGit's {@code DiffFormatter} prints for the same commits,
 * parsed as GitHub's {@code patch} is.
 */
class LocalDiffsMatchGitDiffTest {
  private static final String TWENTY = numbered(20);

  @TempDir Path dir;

  /**
   * A case: its name, the number of hunks git prints, the files before and after ({@code null}
   * deletes one).
   */
  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of(
            "added file", 1, Map.of("keep.txt", "k\n"), files("New.java", "class New {\n}\n")),
        Arguments.of(
            "deleted file",
            1,
            Map.of("keep.txt", "k\n", "Gone.java", "class Gone {\n}\n"),
            files("Gone.java", null)),
        Arguments.of(
            "modified at the start",
            1,
            Map.of("f.txt", TWENTY),
            files("f.txt", TWENTY.replace("line 1\n", "first\n"))),
        Arguments.of(
            "line inserted second",
            1,
            Map.of("f.txt", TWENTY),
            files("f.txt", TWENTY.replace("line 1\n", "line 1\nnew\n"))),
        Arguments.of(
            "modified at the end",
            1,
            Map.of("f.txt", TWENTY),
            files("f.txt", TWENTY.replace("line 20\n", "last\n"))),
        Arguments.of(
            "line removed before the last",
            1,
            Map.of("f.txt", TWENTY),
            files("f.txt", TWENTY.replace("line 19\n", ""))),
        Arguments.of(
            "two edits 6 lines apart: one hunk",
            1,
            Map.of("f.txt", TWENTY),
            files("f.txt", TWENTY.replace("line 5\n", "five\n").replace("line 12\n", "twelve\n"))),
        Arguments.of(
            "two edits 7 lines apart: two hunks",
            2,
            Map.of("f.txt", TWENTY),
            files(
                "f.txt", TWENTY.replace("line 5\n", "five\n").replace("line 13\n", "thirteen\n"))),
        Arguments.of(
            "CRLF file",
            1,
            Map.of("dos.txt", TWENTY.replace("\n", "\r\n")),
            files(
                "dos.txt",
                TWENTY.replace("\n", "\r\n").replace("line 10\r\n", "ten\r\nten and a half\r\n"))),
        Arguments.of(
            "no trailing newline on both sides",
            1,
            Map.of("f.txt", "a\nb\nc"),
            files("f.txt", "a\nb\nC")),
        Arguments.of(
            "trailing newline added", 1, Map.of("f.txt", "a\nb\nc"), files("f.txt", "a\nb\nc\n")),
        Arguments.of(
            "trailing newline dropped, CRLF",
            1,
            Map.of("f.txt", "a\r\nb\r\nc\r\n"),
            files("f.txt", "a\r\nB\r\nc")),
        Arguments.of(
            "rename with edits",
            2,
            Map.of("src/Greeter.java", TWENTY),
            files(
                "src/Greeter.java",
                null,
                "src/Welcomer.java",
                TWENTY.replace("line 2\n", "line two\n").replace("line 18\n", ""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void hunksBuiltFromTheEditListEqualTheParsedGitDiff(
      String name, int hunks, Map<String, String> base, Map<String, String> head) throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      RevCommit baseCommit = commit(repo, base, "base");
      RevCommit headCommit = commit(repo, head, "head");
      Map<String, FileDiff> read = readThroughGitChangeSource(baseCommit, headCommit);

      List<DiffEntry> entries =
          formattedEntries(repo.git().getRepository(), baseCommit, headCommit);
      assertThat(read.keySet())
          .containsExactlyInAnyOrderElementsOf(
              entries.stream().map(LocalDiffsMatchGitDiffTest::path).toList());
      for (DiffEntry entry : entries) {
        FileDiff printed = printedAndParsed(repo.git().getRepository(), entry);
        assertThat(read.get(path(entry)).hunks()).as(path(entry)).isEqualTo(printed.hunks());
        assertThat(builtFromFormattersEditList(repo.git().getRepository(), entry))
            .as(path(entry))
            .isEqualTo(printed.hunks());
      }
      assertThat(read.values().stream().mapToInt(diff -> diff.hunks().size()).sum())
          .isEqualTo(hunks);
    }
  }

  private Map<String, FileDiff> readThroughGitChangeSource(RevCommit base, RevCommit head)
      throws ChangeSourceException {
    try (GitChangeSource source = GitChangeSource.open(dir)) {
      return source.range(base.name(), head.name()).files().stream()
          .collect(Collectors.toMap(ChangedFile::path, ChangedFile::diff));
    }
  }

  private static List<DiffEntry> formattedEntries(Repository repo, RevCommit base, RevCommit head)
      throws IOException {
    try (DiffFormatter formatter = formatter(repo, new ByteArrayOutputStream())) {
      return formatter.scan(base.getTree(), head.getTree());
    }
  }

  /** The entry's {@code git diff} text, without its header: what GitHub's {@code patch} holds. */
  private static FileDiff printedAndParsed(Repository repo, DiffEntry entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = formatter(repo, out)) {
      formatter.format(entry);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    String patch = text.substring(text.indexOf("\n@@ ") + 1);
    return new UnifiedDiffParser().parsePatch(path(entry), path(entry), patch);
  }

  private static List<Hunk> builtFromFormattersEditList(Repository repo, DiffEntry entry)
      throws IOException {
    try (DiffFormatter formatter = formatter(repo, new ByteArrayOutputStream())) {
      return EditListHunks.of(
          formatter.toFileHeader(entry).toEditList(),
          text(repo, entry, DiffEntry.Side.OLD),
          text(repo, entry, DiffEntry.Side.NEW));
    }
  }

  private static DiffFormatter formatter(Repository repo, ByteArrayOutputStream out) {
    DiffFormatter formatter = new DiffFormatter(out);
    formatter.setRepository(repo);
    formatter.setDetectRenames(true);
    return formatter;
  }

  private static RawText text(Repository repo, DiffEntry entry, DiffEntry.Side side)
      throws IOException {
    if (entry.getMode(side).getBits() == 0) {
      return RawText.EMPTY_TEXT;
    }
    return new RawText(repo.open(entry.getId(side).toObjectId()).getBytes());
  }

  private static RevCommit commit(TestGitRepo repo, Map<String, String> files, String message)
      throws Exception {
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getValue() == null) {
        repo.delete(file.getKey());
      } else {
        repo.write(file.getKey(), file.getValue());
      }
    }
    return repo.commit(message);
  }

  private static String path(DiffEntry entry) {
    return entry.getChangeType() == DiffEntry.ChangeType.DELETE
        ? entry.getOldPath()
        : entry.getNewPath();
  }

  /** Path, content, path, content...; a map that allows {@code null} for a deletion. */
  private static Map<String, String> files(String... pathsAndContents) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }

  private static String numbered(int lines) {
    return IntStream.rangeClosed(1, lines)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }
}
