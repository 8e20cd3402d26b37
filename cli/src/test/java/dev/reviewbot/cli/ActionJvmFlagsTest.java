package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * action.yml's run step starts the jar through the {@code ./reviewbot} launcher, so the Action's
 * JVM gets the launcher's flags; JVM options the user set (JAVA_TOOL_OPTIONS, the java-options
 * input) keep their choice. The step's script runs as GitHub would run it, with a Java that records
 * its arguments.
 */
class ActionJvmFlagsTest {
  private static final Path ROOT = WorkflowYaml.repositoryRoot();
  private static final List<String> LAUNCHER_FLAGS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

  @TempDir Path dir;

  static Stream<Arguments> userOptions() {
    return Stream.of(
        Arguments.of("none", "", "", LAUNCHER_FLAGS),
        Arguments.of(
            "a heap size in java-options is added",
            "",
            "-Xmx2g -Xss4m",
            List.of(
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx2g", "-Xss4m")),
        Arguments.of(
            "another collector in JAVA_TOOL_OPTIONS",
            "-XX:+UseG1GC",
            "",
            List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto")),
        Arguments.of(
            "the full compiler in java-options",
            "",
            "-XX:TieredStopAtLevel=4",
            List.of("-XX:+UseSerialGC", "-Xshare:auto", "-XX:TieredStopAtLevel=4")),
        Arguments.of(
            "no class sharing in JAVA_TOOL_OPTIONS",
            "-Xshare:off -XX:-TieredCompilation",
            "",
            List.of("-XX:+UseSerialGC")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userOptions")
  void theActionRunsTheJarWithTheLaunchersFlagsUnlessTheUserChoseOtherwise(
      String name, String javaToolOptions, String javaOptionsInput, List<String> expectedFlags)
      throws Exception {
    Path java = recordingJava();
    Path jar = Files.write(dir.resolve("reviewbot-cli.jar"), new byte[] {'P', 'K'});

    int exitCode =
        runStep(
            Map.of(
                "REVIEWBOT_JAVA",
                java.toString(),
                "REVIEWBOT_JAR",
                jar.toString(),
                "REVIEWBOT_JAVA_OPTS",
                javaOptionsInput,
                "JAVA_TOOL_OPTIONS",
                javaToolOptions));

    assertThat(exitCode).isZero();
    List<String> args = Files.readAllLines(dir.resolve("args"));
    assertThat(args)
        .as("the JVM's arguments")
        .containsExactlyElementsOf(
            Stream.concat(expectedFlags.stream(), Stream.of("-jar", jar.toString(), "action"))
                .toList());
  }

  private Path recordingJava() throws IOException {
    Path java = dir.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > \"$(dirname \"$0\")/args\"\n",
        StandardCharsets.UTF_8);
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return java;
  }

  private int runStep(Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-e", "-c", runScript())
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().put("GITHUB_ACTION_PATH", ROOT.toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(output).as("the step's output").isEmpty();
    return process.exitValue();
  }

  @SuppressWarnings("unchecked")
  private static String runScript() {
    Map<String, Object> runs =
        (Map<String, Object>) WorkflowYaml.read(ROOT.resolve("action.yml")).get("runs");
    return ((List<Map<String, Object>>) runs.get("steps"))
        .stream()
            .filter(step -> "run".equals(step.get("id")))
            .map(step -> (String) step.get("run"))
            .findFirst()
            .orElseThrow();
  }
}
