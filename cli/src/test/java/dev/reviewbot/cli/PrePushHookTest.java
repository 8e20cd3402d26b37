package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrePushHookTest {
  private static final String ZEROS = "0000000000000000000000000000000000000000";
  private static final String CLEAN =
      "package com.acme;\n\nfinal class Clean {\n  private final int value = 1;\n}\n";
  private static final String SHARED =
      "package com.acme;\n\nfinal class Clean {\n  private final int value = 1;\n  static int hits;\n}\n";

  @TempDir Path dir;
  TestGitRepo repo;
  String base;

  @BeforeEach
  void createRepository() {
    repo = TestGitRepo.init(dir);
    base = repo.write("src/main/java/com/acme/Clean.java", CLEAN).commit("base").name();
  }

  @Test
  void installsAnExecutableHookThatRunsReviewbot() throws IOException {
    CliRun run = CliRun.of("install-hook", "--repo", dir.toString(), "--fail-on", "warning");

    Path hook = dir.resolve(".git/hooks/pre-push");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(Files.isExecutable(hook)).isTrue();
    assertThat(Files.readString(hook))
        .contains(InstallHookCommand.MARKER)
        .contains("hook pre-push --fail-on warning");
  }

  @Test
  void refusesToOverwriteAForeignHookWithoutForce() throws IOException {
    Path hook = dir.resolve(".git/hooks/pre-push");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\necho mine\n");

    CliRun refused = CliRun.of("install-hook", "--repo", dir.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("not written by reviewbot").contains("--force");
    assertThat(Files.readString(hook)).contains("echo mine");

    CliRun forced = CliRun.of("install-hook", "--repo", dir.toString(), "--force");
    assertThat(forced.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(Files.readString(hook)).contains(InstallHookCommand.MARKER);
    assertThat(Files.readString(dir.resolve(".git/hooks/pre-push.before-reviewbot")))
        .contains("echo mine");
  }

  @Test
  void reinstallingOverItsOwnHookNeedsNoForce() {
    assertThat(CliRun.of("install-hook", "--repo", dir.toString()).exitCode())
        .isEqualTo(ExitCode.CLEAN);
    assertThat(CliRun.of("install-hook", "--repo", dir.toString()).exitCode())
        .isEqualTo(ExitCode.CLEAN);
  }

  @Test
  void hookBlocksAPushWhoseCommitsAddFindings() {
    String head =
        repo.write("src/main/java/com/acme/Clean.java", SHARED).commit("add shared state").name();

    CliRun run =
        withStdin(
            "refs/heads/main " + head + " refs/heads/main " + base + "\n",
            () ->
                CliRun.of(
                    "hook", "pre-push", "--repo", dir.toString(), "origin", "file:///remote"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("src/main/java/com/acme/Clean.java:5:")
        .contains("[shared-mutable-state]");
    assertThat(run.err()).contains("push blocked").doesNotContain("reviewbot fix");
  }

  @Test
  void hookNamesReviewbotFixWhenFindingsComeWithFixes() {
    String head =
        repo.write(
                "src/main/java/com/acme/Clean.java",
                CLEAN.replace("}\n", "  private static int hits = 0;\n}\n"))
            .commit("add a static")
            .name();

    CliRun run =
        withStdin(
            "refs/heads/main " + head + " refs/heads/main " + base + "\n",
            () ->
                CliRun.of(
                    "hook", "pre-push", "--repo", dir.toString(), "origin", "file:///remote"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err())
        .contains(
            "reviewbot: 1 finding comes with a fix: 'reviewbot fix --base "
                + base
                + "' applies it to the working tree");
  }

  @Test
  void hookLetsABranchDeletionThrough() {
    CliRun run =
        withStdin(
            "(delete) " + ZEROS + " refs/heads/old " + base + "\n",
            () ->
                CliRun.of(
                    "hook", "pre-push", "--repo", dir.toString(), "origin", "file:///remote"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
  }

  /** The installed hook, run by the real git command line on a real push to a bare remote. */
  @Test
  void realGitPushIsBlockedByTheInstalledHook(@TempDir Path remote) throws Exception {
    assertThat(git(remote, "init", "-q", "--bare").exitCode()).isZero();
    assertThat(git(dir, "remote", "add", "origin", remote.toString()).exitCode()).isZero();
    assertThat(CliRun.of("install-hook", "--repo", dir.toString()).exitCode())
        .isEqualTo(ExitCode.CLEAN);
    GitRun clean = git(dir, "push", "origin", "main");
    assertThat(clean.exitCode()).as(clean.output()).isZero();

    repo.write("src/main/java/com/acme/Clean.java", SHARED).commit("add shared state");

    GitRun blocked = git(dir, "push", "origin", "main");
    assertThat(blocked.exitCode()).as(blocked.output()).isNotZero();
    assertThat(blocked.output())
        .contains("Clean.java:5:")
        .contains("[shared-mutable-state]")
        .contains("push blocked");
    assertThat(git(dir, "push", "-q", "--no-verify", "origin", "main").exitCode())
        .as("push skipping the hook")
        .isZero();
  }

  private record GitRun(int exitCode, String output) {}

  private static GitRun git(Path cwd, String... args) throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new GitRun(process.exitValue(), output);
  }

  private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return run.get();
    } finally {
      System.setIn(saved);
    }
  }
}
