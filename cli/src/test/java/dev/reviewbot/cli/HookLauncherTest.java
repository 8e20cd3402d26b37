package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-push hook finds reviewbot in a place that outlives 'mvn clean', and says how to fix it
 * when it cannot.
 */
class HookLauncherTest {
  private static final Path JAVA = Path.of("/opt/jdk/bin/java");

  @TempDir Path dir;
  Path repo;

  @BeforeEach
  void createRepository() {
    repo = dir.resolve("repo");
    TestGitRepo.init(repo).write("A.java", "class A {}\n").commit("base");
  }

  @Test
  void theHookRunsReviewbotThroughTheLauncherItWasInstalledFrom() throws Exception {
    Path launcher = fakeLauncher(dir.resolve("clone/reviewbot"));

    CliRun install =
        CliRun.withEnv(
            Map.of(HookLauncher.LAUNCHER_ENV, launcher.toString()),
            "install-hook",
            "-C",
            repo.toString(),
            "--fail-on",
            "error");
    HookRun hook = runHook(System.getenv("PATH"));

    assertThat(install.exitCode()).as(install.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(hook.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("clone/args")))
        .isEqualTo("hook pre-push --fail-on error origin file:///remote\n");
  }

  @Test
  void aJarInTheClonesBuildDirectoryIsReachedThroughTheClonesLauncher() throws IOException {
    Path launcher = fakeLauncher(dir.resolve("clone/reviewbot"));
    Path jar =
        Files.createDirectories(dir.resolve("clone/cli/target")).resolve("reviewbot-cli.jar");
    Files.write(jar, new byte[] {'P', 'K'});

    assertThat(HookLauncher.find(Map.of(), jar, JAVA).command())
        .containsExactly(launcher.toString());
  }

  @Test
  void aJarElsewhereIsRunWithJava() throws IOException {
    Path jar = Files.createDirectories(dir.resolve("tools")).resolve("reviewbot-cli.jar");
    Files.write(jar, new byte[] {'P', 'K'});

    HookLauncher launcher = HookLauncher.find(Map.of(), jar, JAVA);

    assertThat(launcher.command()).containsExactly(JAVA.toString(), "-jar", jar.toString());
    assertThat(launcher.needs()).isEqualTo(jar);
  }

  @Test
  void aHookThatCannotFindReviewbotSaysSoInOneLineWithTheFixAndLetsThePushGoOn() throws Exception {
    Path launcher = fakeLauncher(dir.resolve("clone/reviewbot"));
    CliRun.withEnv(
        Map.of(HookLauncher.LAUNCHER_ENV, launcher.toString()),
        "install-hook",
        "-C",
        repo.toString());
    Files.delete(launcher);

    HookRun hook = runHook("/usr/bin:/bin");

    assertThat(hook.exitCode()).isZero();
    assertThat(hook.output().lines().toList())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(InstallHookCommand.MISSING_PREFIX)
                    .contains(launcher.toString())
                    .contains("not checked")
                    .contains("reviewbot install-hook"));
  }

  private static Path fakeLauncher(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(
        path, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\n", StandardCharsets.UTF_8);
    assertThat(path.toFile().setExecutable(true)).isTrue();
    return path;
  }

  private record HookRun(int exitCode, String output) {}

  private HookRun runHook(String path) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "sh",
                    repo.resolve(".git/hooks/pre-push").toString(),
                    "origin",
                    "file:///remote"))
            .directory(repo.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PATH", path);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new HookRun(process.exitValue(), output);
  }
}
