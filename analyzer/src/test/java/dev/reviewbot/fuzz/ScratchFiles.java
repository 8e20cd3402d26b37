package dev.reviewbot.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory for fuzz tests of readers that take files (jqwik has no {@code @TempDir}). */
public final class ScratchFiles implements AutoCloseable {
  private final Path dir;

  private ScratchFiles(Path dir) {
    this.dir = dir;
  }

  public static ScratchFiles create() throws IOException {
    return new ScratchFiles(Files.createTempDirectory("reviewbot-fuzz"));
  }

  /** A path in the directory; the caller writes it. */
  public Path file(String name) {
    return dir.resolve(name);
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
