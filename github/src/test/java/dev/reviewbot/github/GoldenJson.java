package dev.reviewbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected request bodies under {@code src/test/resources/github/}, compared as JSON (equal trees).
 * {@code -Dreviewbot.golden.update=true} rewrites them after an intended change.
 */
final class GoldenJson {
  private static final Path DIR = Path.of("src/test/resources/github");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GoldenJson() {}

  static void assertMatches(String name, JsonNode actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("reviewbot.golden.update") || !Files.exists(file)) {
        Files.createDirectories(DIR);
        Files.writeString(file, JSON.writeValueAsString(actual) + "\n");
        if (!Boolean.getBoolean("reviewbot.golden.update")) {
          throw new AssertionError(
              "golden file " + file + " did not exist; wrote it, review and re-run");
        }
      }
      JsonNode expected = JSON.readTree(file.toFile());
      if (!expected.equals(actual)) {
        assertThat(JSON.writeValueAsString(actual))
            .as("request body vs " + file)
            .isEqualTo(JSON.writeValueAsString(expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
