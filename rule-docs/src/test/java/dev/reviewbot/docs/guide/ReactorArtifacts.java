package dev.reviewbot.docs.guide;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Puts reviewbot's own artifacts, as this reactor built them, into a Maven local repository, laid
 * out as {@code mvn install} would: the parent pom and each module's pom and jar. A module's jar is
 * the one {@code package} made, else (a {@code mvn test} run never packages) its classes zipped.
 */
record ReactorArtifacts(Path root, String version) {
  static final String GROUP = "dev/reviewbot";

  /** What a rule author's project needs: the parent, the API, the test kit and what it runs on. */
  static final List<String> MODULES = List.of("rule-api", "analyzer", "testkit");

  void installInto(Path repository) throws IOException {
    put(repository, "reviewbot-parent", "pom", root.resolve("pom.xml"));
    for (String module : MODULES) {
      Path dir = root.resolve(module);
      String artifactId = "reviewbot-" + module;
      put(repository, artifactId, "pom", dir.resolve("pom.xml"));
      put(repository, artifactId, "jar", jarOf(dir, artifactId));
    }
  }

  private void put(Path repository, String artifactId, String extension, Path file)
      throws IOException {
    Path target =
        repository
            .resolve(GROUP)
            .resolve(artifactId)
            .resolve(version)
            .resolve(artifactId + "-" + version + "." + extension);
    Files.createDirectories(target.getParent());
    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private Path jarOf(Path module, String artifactId) throws IOException {
    Path packaged = module.resolve("target").resolve(artifactId + "-" + version + ".jar");
    Path classes = module.resolve("target/classes");
    if (Files.isRegularFile(packaged) && !newerThan(classes, packaged)) {
      return packaged;
    }
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(
          module + " is not built: neither " + packaged + " nor " + classes + " exists");
    }
    Path zipped = Files.createTempFile(artifactId, ".jar");
    zipped.toFile().deleteOnExit();
    try (OutputStream file = Files.newOutputStream(zipped);
        JarOutputStream jar = new JarOutputStream(file);
        Stream<Path> entries = Files.walk(classes)) {
      for (Path entry : (Iterable<Path>) entries.filter(Files::isRegularFile).sorted()::iterator) {
        jar.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
        Files.copy(entry, jar);
        jar.closeEntry();
      }
    }
    return zipped;
  }

  /** True when a class file is newer than the jar: the jar is from an older build. */
  private static boolean newerThan(Path classes, Path jar) throws IOException {
    if (!Files.isDirectory(classes)) {
      return false;
    }
    long built = Files.getLastModifiedTime(jar).toMillis();
    try (Stream<Path> files = Files.walk(classes)) {
      return files.anyMatch(
          f -> {
            try {
              return Files.getLastModifiedTime(f).toMillis() > built;
            } catch (IOException e) {
              return true;
            }
          });
    }
  }
}
