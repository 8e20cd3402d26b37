package dev.reviewbot.action.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The step's outputs, appended to {@code GITHUB_OUTPUT} in the multi-line form ({@code
 * name<<DELIMITER}, value, {@code DELIMITER}) with a random delimiter that the value does not
 * contain, so no value (a path, a message) can end its entry early or set another output.
 */
public final class StepOutputs {
  private final Map<String, String> values = new LinkedHashMap<>();

  public StepOutputs put(String name, String value) {
    values.put(name, value == null ? "" : value);
    return this;
  }

  public StepOutputs put(String name, long value) {
    return put(name, Long.toString(value));
  }

  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** Appends every output to {@code file}; does nothing when there is no file (not on a runner). */
  public void appendTo(Path file) throws IOException {
    if (file == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    values.forEach(
        (name, value) -> {
          String delimiter = delimiter(value);
          text.append(name)
              .append("<<")
              .append(delimiter)
              .append('\n')
              .append(value)
              .append('\n')
              .append(delimiter)
              .append('\n');
        });
    Files.writeString(
        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static String delimiter(String value) {
    String delimiter;
    do {
      delimiter = "ghadelimiter_" + UUID.randomUUID();
    } while (value.contains(delimiter));
    return delimiter;
  }
}
