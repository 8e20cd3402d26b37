package dev.reviewbot.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tab-separated files with a header line; cells never hold tabs or line breaks. */
final class Tsv {
  private Tsv() {}

  /** The rows of {@code file} as header name to cell; a missing cell reads as "". Blank lines and lines starting with '#' are skipped. */
  static List<Map<String, String>> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty; it needs a header line");
    }
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
      }
      rows.add(row);
    }
    return rows;
  }

  /** One cell: tabs and line breaks become spaces. */
  static String cell(Object value) {
    return value == null ? "" : value.toString().replaceAll("[\\t\\r\\n]+", " ").strip();
  }

  static String line(Object... cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(cell(cells[i]));
    }
    return line.append('\n').toString();
  }

  static void write(Path file, String header, List<String> lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      StringBuilder text = new StringBuilder(header).append('\n');
      lines.forEach(text::append);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
