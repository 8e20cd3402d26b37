package dev.reviewbot.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first {@code // doc:noncompliant ... // doc:end} and {@code // doc:compliant ... // doc:end}
 * regions of a rule's fixtures ({@code fixtures/<id>/*.java}, in file-name order), with the test
 * kit's marks taken out and the common indentation removed.
 */
record FixtureExamples(Optional<String> noncompliant, Optional<String> compliant) {
  private static final Pattern MARK = Pattern.compile("\\s*//\\s*(expect|ok):.*$");

  static FixtureExamples read(Path fixtureDir) {
    if (!Files.isDirectory(fixtureDir)) {
      return new FixtureExamples(Optional.empty(), Optional.empty());
    }
    try (Stream<Path> files = Files.list(fixtureDir)) {
      List<Path> sorted = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      return new FixtureExamples(first(sorted, "noncompliant"), first(sorted, "compliant"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + fixtureDir, e);
    }
  }

  private static Optional<String> first(List<Path> files, String kind) {
    for (Path file : files) {
      Optional<String> region = region(readText(file), kind);
      if (region.isPresent()) {
        return region;
      }
    }
    return Optional.empty();
  }

  static Optional<String> region(String source, String kind) {
    List<String> lines = null;
    for (String line : source.split("\r?\n", -1)) {
      String marker = line.strip();
      if (lines == null && marker.equals("// doc:" + kind)) {
        lines = new ArrayList<>();
      } else if (lines != null && marker.equals("// doc:end")) {
        return Optional.of(dedent(lines));
      } else if (lines != null) {
        lines.add(MARK.matcher(line).replaceFirst("").stripTrailing());
      }
    }
    return Optional.empty();
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString().strip() + "\n";
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
