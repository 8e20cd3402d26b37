package dev.reviewbot.docs.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a Markdown guide spells out: every fenced block whose info string names one ({@code
 * ```java file=src/main/java/A.java}), by that path, in the guide's order.
 */
record GuideFiles(Map<String, String> files) {
  private static final Pattern OPENING = Pattern.compile("^```\\S*\\s+file=(\\S+)\\s*$");

  GuideFiles {
    files = Map.copyOf(files);
  }

  static GuideFiles read(Path guide) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    String path = null;
    StringBuilder content = new StringBuilder();
    for (String line : Files.readAllLines(guide, StandardCharsets.UTF_8)) {
      if (path == null) {
        Matcher opening = OPENING.matcher(line);
        if (opening.matches()) {
          path = opening.group(1);
          content.setLength(0);
        }
      } else if (line.equals("```")) {
        if (files.put(path, content.toString()) != null) {
          throw new IllegalStateException(guide + " spells out " + path + " twice");
        }
        path = null;
      } else {
        content.append(line).append('\n');
      }
    }
    if (path != null) {
      throw new IllegalStateException(guide + ": the block of " + path + " is never closed");
    }
    return new GuideFiles(files);
  }

  /** Writes every file under {@code dir}; paths stay inside it. */
  void writeTo(Path dir) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey()).normalize();
      if (!target.startsWith(dir)) {
        throw new IllegalStateException("file outside the project: " + file.getKey());
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
