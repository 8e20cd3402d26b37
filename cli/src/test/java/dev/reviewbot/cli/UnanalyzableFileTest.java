package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that cannot be analyzed (nested 5,000 levels deep, binary) become notices in check and
 * scan; the other files' findings are still reported, the report is written and the exit code
 * follows the findings.
 */
class UnanalyzableFileTest {
  private static final String DEEP_PATH = "src/main/java/com/acme/Deep.java";
  private static final String DEEP =
      "package com.acme;\nclass Deep {\n  int x = "
          + "(".repeat(5000)
          + "1"
          + ")".repeat(5000)
          + ";\n}\n";
  private static final String BINARY_PATH = "src/main/java/com/acme/Blob.java";
  private static final String BINARY = "\0\1\2 not source \0";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "scan"})
  void otherFilesAreReportedAndTheSkippedOnesNamed(String command) throws Exception {
    TestGitRepo repo = TestGitRepo.init(dir);
    repo.write(ServiceSample.PATH, ServiceSample.BASE).commit("base");
    repo.write(ServiceSample.PATH, ServiceSample.HEAD)
        .write(DEEP_PATH, DEEP)
        .write(BINARY_PATH, BINARY)
        .commit("change");
    Path report = dir.resolve("out/report.json");

    List<String> args =
        new ArrayList<>(
            List.of(command, "-C", dir.toString(), "--format", "json", "-o", report.toString()));
    if (command.equals("check")) {
      args.addAll(List.of("--base", "HEAD~1", "--head", "HEAD"));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).doesNotContain("internal error").doesNotContain("StackOverflowError");
    assertThat(Files.exists(report)).isTrue();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("findings").findValuesAsText("path"))
        .contains(ServiceSample.PATH)
        .doesNotContain(DEEP_PATH, BINARY_PATH);
    List<String> notices = new ArrayList<>();
    json.get("notices")
        .forEach(n -> notices.add(n.get("path").asText() + ": " + n.get("message").asText()));
    assertThat(notices)
        .containsExactlyInAnyOrder(
            BINARY_PATH + ": is a binary file, not Java source text; skipped",
            DEEP_PATH
                + ": nests parentheses, brackets or braces 5001 levels deep; files nesting more than 1000 levels"
                + " are not analyzed; skipped");
  }
}
