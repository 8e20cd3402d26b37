package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
  private static final String BASE = ServiceSample.BASE;
  private static final String HEAD = ServiceSample.HEAD;

  @TempDir Path dir;
  TestGitRepo repo;

  @BeforeEach
  void createRepository() {
    repo = TestGitRepo.init(dir);
    repo.write("src/main/java/com/acme/Service.java", BASE).commit("base");
    repo.write("src/main/java/com/acme/Service.java", HEAD).commit("change");
  }

  @Test
  void reportsBothNewProblemsOnTheirLinesAndFailsAtWarning() {
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--fail-on",
            "warning");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("src/main/java/com/acme/Service.java:9: warning [shared-mutable-state]")
        .contains("src/main/java/com/acme/Service.java:11: warning [argument-count]")
        .doesNotContain("Service.java:7:");
  }

  @Test
  void nofilterModeAlsoReportsThePreExistingProblemOnAnUntouchedLine() {
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--filter-mode",
            "nofilter");

    assertThat(run.out())
        .contains("src/main/java/com/acme/Service.java:7:")
        .contains("Service.java:9:")
        .contains("Service.java:11:");
  }

  @Test
  void failOnErrorExitsCleanWhenFindingsAreWarnings() {
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--fail-on",
            "error");

    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("[argument-count]");
  }

  @Test
  void jsonOutputCarriesLinesAndFingerprints() throws Exception {
    Path output = dir.resolve("out/report.json");
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--format",
            "json",
            "-o",
            output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    JsonNode json = new ObjectMapper().readTree(output.toFile());
    assertThat(json.get("findings").findValuesAsText("ruleId"))
        .contains("shared-mutable-state", "argument-count");
    assertThat(json.get("findings").findValuesAsText("fingerprint"))
        .allSatisfy(fp -> assertThat(fp).isNotBlank());
  }

  @Test
  void reviewsTheWorkingTreeByDefaultAndTheIndexWithStaged() {
    repo.write(
        "src/main/java/com/acme/Extra.java",
        "package com.acme;\nclass Extra {\n  static int hits;\n}\n");
    CliRun workingTree = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD");
    CliRun staged = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD", "--staged");

    assertThat(workingTree.out()).contains("src/main/java/com/acme/Extra.java:3:");
    assertThat(staged.out()).doesNotContain("Extra.java");
    repo.stageAll();
    assertThat(CliRun.of("check", "-C", dir.toString(), "--base", "HEAD", "--staged").out())
        .contains("Extra.java:3:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad base ref          | --base,no-such-branch               | no-such-branch",
        "bad filter mode       | --filter-mode,everything            | everything",
        "bad fail level        | --fail-on,fatal                     | fatal",
        "bad format            | --format,html                       | html",
        "head and staged both  | --head,HEAD,--staged                | mutually exclusive",
      })
  void inputErrorsExitTwoWithOneLineNamingTheProblem(String name, String args, String named) {
    String[] extra = args.split(",");
    String[] all = new String[extra.length + 3];
    all[0] = "check";
    all[1] = "-C";
    all[2] = dir.toString();
    System.arraycopy(extra, 0, all, 3, extra.length);

    CliRun run = CliRun.of(all);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().findFirst().orElse("")).startsWith("reviewbot: ").contains(named);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void notAGitRepositoryExitsTwo(@TempDir Path empty) {
    CliRun run = CliRun.of("check", "-C", empty.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("not").contains("git");
  }

  @Test
  void aBadConfigNamesFileLineAndKey() {
    repo.write(".reviewbot.yml", "rules:\n  argument-count:\n    max: six\n");
    CliRun run = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD~1", "--head", "HEAD");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(".reviewbot.yml:3").contains("rules.argument-count.max");
  }

  @Test
  void configOptionsChangeWhatIsReported() {
    repo.write(
        ".reviewbot.yml",
        "rules:\n  argument-count:\n    max: 7\n  shared-mutable-state:\n    enabled: false\n");
    CliRun run = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD~1", "--head", "HEAD");

    assertThat(run.exitCode()).as(run.err()).isNotEqualTo(ExitCode.USAGE);
    assertThat(run.out())
        .doesNotContain("[argument-count]")
        .doesNotContain("[shared-mutable-state]");
  }
}
