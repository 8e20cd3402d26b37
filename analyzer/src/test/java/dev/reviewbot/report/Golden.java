package dev.reviewbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/report/}. Run with {@code
 * -Dreviewbot.updateGoldens=true} to rewrite them from the current output, then review the diff
 * before committing.
 */
final class Golden {
  private static final Path SOURCE_DIR = Path.of("src/test/resources/report");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("reviewbot.updateGoldens")) {
      write(name, actual);
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new AssertionError(
            "no golden file report/"
                + name
                + "; run with -Dreviewbot.updateGoldens=true to create it");
      }
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual).as("output compared with golden file report/%s", name).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String name, String actual) {
    try {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
