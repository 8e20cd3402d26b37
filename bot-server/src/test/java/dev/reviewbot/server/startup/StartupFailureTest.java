package dev.reviewbot.server.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.server.ReviewbotServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bot started with a setting it cannot use stops with one log line that names the setting and
 * what is wrong, not Spring's stack trace: each case starts the real server in its own JVM.
 */
class StartupFailureTest {
  private static final String TOKEN = "--reviewbot.github.token=test-token";
  private static final String SECRET = "--reviewbot.webhook.secret=test-secret";

  @TempDir Path dir;

  /** A case: the settings, made in the test's folder, and what the one line must say. */
  static Stream<Arguments> wrongSettings() {
    return Stream.of(
        Arguments.of(
            "a private key file that is not PEM",
            (Function<Path, List<String>>)
                dir ->
                    List.of(
                        SECRET,
                        "--reviewbot.github.app-id=12",
                        "--reviewbot.github.private-key-file="
                            + write(dir.resolve("app.pem"), "not a key")),
            List.of(
                "reviewbot did not start: reviewbot.github.private-key-file: ",
                "app.pem: not a PEM RSA private key",
                "(correct the setting and start again)")),
        Arguments.of(
            "a private key file that does not exist",
            (Function<Path, List<String>>)
                dir ->
                    List.of(
                        SECRET,
                        "--reviewbot.github.app-id=12",
                        "--reviewbot.github.private-key-file=" + dir.resolve("nope.pem")),
            List.of(
                "reviewbot did not start: reviewbot.github.private-key-file: ",
                "nope.pem: cannot read the private key file")),
        Arguments.of(
            "a plugins directory that does not exist",
            (Function<Path, List<String>>)
                dir ->
                    List.of(TOKEN, SECRET, "--reviewbot.plugins-dir=" + dir.resolve("no-plugins")),
            List.of(
                "reviewbot did not start: reviewbot.plugins-dir: plugins directory not found: ",
                "no-plugins")),
        Arguments.of(
            "an empty webhook secret",
            (Function<Path, List<String>>) dir -> List.of(TOKEN, "--reviewbot.webhook.secret="),
            List.of("reviewbot did not start: ", "reviewbot.webhook", "secret")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongSettings")
  void aWrongSettingStopsTheStartWithOneLineNamingIt(
      String name, Function<Path, List<String>> settings, List<String> expected) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ReviewbotServer.class.getName(),
                "--server.port=0",
                "--reviewbot.data-dir=" + dir.resolve("data")));
    command.addAll(settings.apply(dir));
    Path log = dir.resolve("server.log");

    Process server =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean exited = server.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      server.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(exited).as("the server stopped by itself:\n%s", output).isTrue();
    assertThat(server.exitValue()).as(output).isNotZero();
    List<String> errors = output.lines().filter(line -> line.contains("ERROR")).toList();
    assertThat(errors)
        .as(output)
        .singleElement()
        .satisfies(line -> assertThat(line).contains(expected));
    assertThat(output.lines())
        .as("no stack trace, no banner")
        .noneMatch(
            line ->
                line.stripLeading().startsWith("at ")
                    || line.contains("APPLICATION FAILED TO START")
                    || line.contains("Caused by"));
  }

  private static Path write(Path file, String content) {
    try {
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
