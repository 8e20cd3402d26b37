package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real git command line, for what users do with it (push -u, clone). */
final class GitCli {
  record Result(int exitCode, String output) {}

  private GitCli() {}

  static Result run(Path cwd, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Dev",
                "-c",
                "user.email=dev@example.com",
                "-c",
                "init.defaultBranch=main",
                "-c",
                "advice.detachedHead=false"));
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs and asserts success. */
  static String ok(Path cwd, String... args) {
    Result result = run(cwd, args);
    assertThat(result.exitCode())
        .as("git %s: %s", String.join(" ", args), result.output())
        .isZero();
    return result.output();
  }
}
