package dev.reviewbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/plan/}. Run with {@code
 * -Dreviewbot.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/plan");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("reviewbot.golden.update") || !Files.exists(file)) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        if (!Boolean.getBoolean("reviewbot.golden.update")) {
          throw new AssertionError(
              "golden file " + file + " did not exist; wrote it, review and re-run");
        }
      }
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
