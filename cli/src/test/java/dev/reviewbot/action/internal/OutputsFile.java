package dev.reviewbot.action.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code GITHUB_OUTPUT} file the way the runner does: {@code name=value} lines and {@code
 * name<<DELIMITER} blocks.
 */
public final class OutputsFile {
  private OutputsFile() {}

  public static Map<String, String> read(Path file) {
    Map<String, String> outputs = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return outputs;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int heredoc = line.indexOf("<<");
      int equals = line.indexOf('=');
      if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        int first = i + 1;
        for (i++; !lines.get(i).equals(delimiter); i++) {
          value.append(i == first ? "" : "\n").append(lines.get(i));
        }
        outputs.put(line.substring(0, heredoc), value.toString());
      } else if (equals > 0) {
        outputs.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return outputs;
  }
}
