package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -C DIR on every command that reads a repository, and the configuration read from its root. */
class RepositoryDirectoryTest {
  private static final String CONFIG =
      """
      rules:
        argument-count:
          enabled: false
        shared-mutable-state:
          severity: error
      banned:
        - id: no-java-util-date
          message: Use java.time
          severity: warning
          types: [java.util.Date]
      """;

  @TempDir Path dir;
  TestGitRepo repo;

  @BeforeEach
  void createRepository() {
    repo = TestGitRepo.init(dir);
    repo.write(".reviewbot.yml", CONFIG)
        .write(
            "src/main/java/com/acme/Counter.java",
            "package com.acme;\n\nclass Counter {\n  static int count;\n}\n")
        .commit("base");
  }

  @Test
  void rulesFromASubdirectoryShowWhatTheRepositoryConfigurationDisablesChangesAndAdds() {
    CliRun run = CliRun.of("rules", "-C", dir.resolve("src/main").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .containsPattern("(?m)^argument-count +off ")
        .containsPattern("(?m)^shared-mutable-state +error ")
        .containsPattern("(?m)^no-java-util-date +warning +Use java.time");
  }

  @Test
  void scanWithDashCScansThatDirectoryWithTheRepositorysConfiguration() {
    CliRun run = CliRun.of("scan", "-C", dir.resolve("src").toString(), "main");

    assertThat(run.out())
        .contains("src/main/java/com/acme/Counter.java:4: error [shared-mutable-state]");
  }

  @Test
  void installHookWithDashCInstallsIntoThatRepository() {
    CliRun run = CliRun.of("install-hook", "-C", dir.resolve("src").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(Files.isExecutable(dir.resolve(".git/hooks/pre-push"))).isTrue();
  }

  @Test
  void everyCommandThatReadsARepositoryTakesDashC() {
    for (String command : new String[] {"check", "scan", "rules", "install-hook", "hook"}) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.out()).as(command).contains("-C, --repo=DIR");
    }
  }

  @Test
  void failOnNoneReportsEveryFindingAndNeverFails() {
    repo.write(
        "src/main/java/com/acme/Counter.java",
        "package com.acme;\n\nclass Counter {\n  static int count;\n  static int more;\n}\n");

    CliRun run = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD", "--fail-on", "none");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("Counter.java:5: error [shared-mutable-state]");
  }
}
