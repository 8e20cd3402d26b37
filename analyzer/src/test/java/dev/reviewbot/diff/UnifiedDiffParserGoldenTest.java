package dev.reviewbot.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.testdata.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code *.patch} under {@code src/test/resources/diff} (the hunks of one file's real {@code
 * git diff} output, made by {@code generate.sh} there) parses to exactly its {@code *.txt}
 * rendering, and so do the patches of {@code github-files.json} (GitHub's files-API shape).
 */
class UnifiedDiffParserGoldenTest {
  static final Path DIR =
      Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/diff");

  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  static Stream<String> patchFixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".patch"))
              .sorted()
              .toList();
      assertThat(names).as("patch fixtures in " + DIR).hasSizeGreaterThan(10);
      return names.stream();
    }
  }

  /** The fixture's name stands for both paths: the parser takes them as given. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("patchFixtures")
  void parsesRealGitDiffHunksToTheirGoldenRendering(String fixture) throws IOException {
    String input = Files.readString(DIR.resolve(fixture), StandardCharsets.UTF_8);
    String name = fixture.replace(".patch", "");
    String rendered = DiffRendering.render(parser.parsePatch(name, name, input));
    GoldenFiles.assertMatches(DIR.resolve(name + ".txt"), rendered);
  }

  @Test
  void parsesGitHubPatchesToTheirGoldenRendering() throws IOException {
    List<FileDiff> files = new ArrayList<>();
    for (JsonNode file : new ObjectMapper().readTree(DIR.resolve("github-files.json").toFile())) {
      files.add(parseGitHubFile(file));
    }
    GoldenFiles.assertMatches(DIR.resolve("github-files.txt"), DiffRendering.render(files));
  }

  @Test
  void everyGoldenFileHasAnInput() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .filter(
                  n ->
                      !Files.exists(DIR.resolve(n.replace(".txt", ".patch")))
                          && !Files.exists(DIR.resolve(n.replace(".txt", ".json"))))
              .toList();
      assertThat(orphans).isEmpty();
    }
  }

  /** All real patches of a 300-file GitHub compare: each parses and counts what GitHub counts. */
  @Test
  void countsTheSameAddedAndRemovedLinesAsGitHubForARealCompare() throws IOException {
    Path recording =
        TestData.file(
            "github/api-recordings/GHRepositoryTest/wiremock/getCommitsBetweenOver250/__files/"
                + "4-r_h_g_compare_4261c42949915816a9f246eb14c3dfd21a637bc294ff.json");
    int withPatch = 0;
    for (JsonNode file : new ObjectMapper().readTree(recording.toFile()).get("files")) {
      if (!file.has("patch")) {
        continue;
      }
      withPatch++;
      FileDiff diff = parseGitHubFile(file);
      assertThat(diff.addedLineCount()).as(diff.path()).isEqualTo(file.get("additions").asInt());
      assertThat(diff.removedLineCount()).as(diff.path()).isEqualTo(file.get("deletions").asInt());
    }
    assertThat(withPatch).isEqualTo(263);
  }

  @Test
  void aGoldenMismatchFailsWithADiffAndRewritesNothing(@TempDir Path dir) throws IOException {
    Path golden = dir.resolve("x.txt");
    Files.writeString(golden, "same\nold line\nsame again\n");
    assertThatThrownBy(
            () -> GoldenFiles.assertMatches(golden, "same\nnew line\nsame again\n", false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("output differs from golden file " + golden)
        .hasMessageContaining(
            "--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n same\n-old line\n+new line\n same again\n");
    assertThat(Files.readString(golden)).isEqualTo("same\nold line\nsame again\n");
  }

  @Test
  void aMissingGoldenFileFailsAndIsNotCreated(@TempDir Path dir) {
    Path golden = dir.resolve("missing.txt");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "output\n", false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("+output");
    assertThat(golden).doesNotExist();
  }

  private FileDiff parseGitHubFile(JsonNode file) {
    String status = file.get("status").asText();
    String newPath = status.equals("removed") ? null : file.get("filename").asText();
    String oldPath =
        status.equals("added")
            ? null
            : file.has("previous_filename")
                ? file.get("previous_filename").asText()
                : file.get("filename").asText();
    return parser.parsePatch(oldPath, newPath, file.has("patch") ? file.get("patch").asText() : "");
  }
}
