package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.action.internal.OutputsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .github/action/install.sh}, which action.yml runs first: finding Java 17+ and a jar whose
 * checksum matches the release.
 */
class InstallScriptTest {
  private static final Path SCRIPT =
      WorkflowYaml.repositoryRoot().resolve(".github/action/install.sh");
  private static final String JAVA_HOME = System.getProperty("java.home");

  @TempDir Path dir;
  Path action;
  Path jar;
  Map<String, String> env = new HashMap<>();

  @BeforeEach
  void runner() throws IOException {
    action = Files.createDirectories(dir.resolve("action/.github/action"));
    Files.copy(SCRIPT, action.resolve("install.sh"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(SCRIPT.resolveSibling("release.env"), action.resolve("release.env"));
    jar =
        Files.writeString(
            Files.createDirectories(dir.resolve("published")).resolve("reviewbot-cli.jar"),
            "PK fake jar bytes");
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
    env.put("GITHUB_WORKSPACE", dir.resolve("workspace").toString());
    env.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("temp")).toString());
    env.put("JAVA_HOME", JAVA_HOME);
    env.put("PATH", System.getenv("PATH"));
  }

  @Test
  void theReleasedJarIsDownloadedWhenItsChecksumMatchesAndReusedAfter() throws Exception {
    pin(sha256(jar));

    Result first = run();
    Files.delete(jar); // the second run must not need the download
    Result second = run();

    assertThat(first.exitCode()).as(first.log()).isZero();
    assertThat(second.exitCode()).as(second.log()).isZero();
    Path downloaded = dir.resolve("temp/reviewbot-cli-1.2.3/reviewbot-cli.jar");
    assertThat(downloaded).hasContent("PK fake jar bytes");
    assertThat(OutputsFile.read(dir.resolve("output")))
        .containsEntry("jar", downloaded.toString())
        .containsEntry("java", Path.of(JAVA_HOME, "bin", "java").toString());
  }

  @Test
  void aJarWithAnotherChecksumIsRefusedAndRemoved() throws Exception {
    pin("0".repeat(64));

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log())
        .contains("::error title=reviewbot::" + jar.toUri())
        .contains(
            "has SHA-256 "
                + sha256(jar)
                + ", not the "
                + "0".repeat(64)
                + " this release pinned; refusing to run it");
    assertThat(dir.resolve("temp/reviewbot-cli-1.2.3")).isEmptyDirectory();
    assertThat(OutputsFile.read(dir.resolve("output"))).doesNotContainKey("jar");
  }

  @Test
  void aRefWithoutAPinnedReleaseSaysWhichRefsHaveOne() throws Exception {
    Result result = run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log())
        .contains("pins no released jar")
        .contains("@v1, @v1.2.3-action")
        .contains("'jar' input");
  }

  @Test
  void theJarInputIsUsedAsItIsRelativeToTheWorkspace() throws Exception {
    Files.createDirectories(dir.resolve("workspace/cli/target"));
    Files.writeString(dir.resolve("workspace/cli/target/reviewbot-cli.jar"), "built here");
    env.put("INPUT_JAR", "cli/target/reviewbot-cli.jar");

    Result result = run();

    assertThat(result.exitCode()).as(result.log()).isZero();
    assertThat(OutputsFile.read(dir.resolve("output")))
        .containsEntry("jar", dir.resolve("workspace/cli/target/reviewbot-cli.jar").toString());
  }

  @Test
  void aJavaOlderThan17IsPassedOverForTheRunnersJava17() throws Exception {
    Path old = Files.createDirectories(dir.resolve("jdk11/bin"));
    Files.writeString(
        old.resolve("java"), "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
    old.resolve("java").toFile().setExecutable(true);
    env.put("JAVA_HOME", dir.resolve("jdk11").toString());
    env.put("JAVA_HOME_17_X64", JAVA_HOME);
    env.put("INPUT_JAR", jar.toString());

    Result result = run();

    assertThat(result.exitCode()).as(result.log()).isZero();
    assertThat(OutputsFile.read(dir.resolve("output")))
        .containsEntry("java", Path.of(JAVA_HOME, "bin", "java").toString());
  }

  private void pin(String sha256) throws IOException {
    Files.writeString(
        action.resolve("release.env"),
        "REVIEWBOT_VERSION=1.2.3\nREVIEWBOT_JAR_URL="
            + jar.toUri()
            + "\nREVIEWBOT_SHA256="
            + sha256
            + "\n");
  }

  private Result run() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", action.resolve("install.sh").toString())
            .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    String log = new String(process.getInputStream().readAllBytes());
    return new Result(process.waitFor(), log);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private record Result(int exitCode, String log) {}
}
