package dev.reviewbot.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The third-party test data under {@code dev/reviewbot/testdata} on the class path (its README says
 * where each file came from), e.g. {@code TestData.file("github/webhooks/ping/payload.json")}.
 *
 * <p>In a reactor build the files are this module's {@code target/classes}; when a module is built
 * alone they are in this module's jar, and are copied to a temporary directory the first time they
 * are asked for, because some readers need a real file.
 */
public final class TestData {
  static final String ROOT = "dev/reviewbot/testdata/";
  private static final TestData ON_CLASS_PATH = new TestData(TestData.class.getClassLoader());

  private final ClassLoader loader;
  private Path copies;

  TestData(ClassLoader loader) {
    this.loader = loader;
  }

  /** The file at {@code relative} below {@code dev/reviewbot/testdata}, as a real file. */
  public static Path file(String relative) {
    return ON_CLASS_PATH.path(relative);
  }

  public static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String relative) {
    return new String(bytes(relative), StandardCharsets.UTF_8);
  }

  synchronized Path path(String relative) {
    URL url = loader.getResource(ROOT + relative);
    if (url == null) {
      throw new IllegalArgumentException(
          "no test data " + ROOT + relative + " on the class path (see test-support/)");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
      Path copy = copies().resolve(relative);
      if (!Files.exists(copy)) {
        Files.createDirectories(copy.getParent());
        try (InputStream in = url.openStream()) {
          Files.copy(in, copy);
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(url.toString(), e);
    }
  }

  private Path copies() throws IOException {
    if (copies == null) {
      copies = Files.createTempDirectory("reviewbot-testdata");
      Path dir = copies;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    }
    return copies;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless; the JVM is exiting anyway
    }
  }
}
