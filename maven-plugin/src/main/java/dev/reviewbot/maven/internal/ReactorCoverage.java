package dev.reviewbot.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JaCoCo XML reports the reactor's modules have, where {@code jacoco:report} and {@code
 * jacoco:report-aggregate} write them, so {@code mvn verify jacoco:report reviewbot:check} measures
 * patch coverage with no paths configured. Module and aggregate reports of the same classes may
 * both be found: the coverage calculator merges them.
 */
public final class ReactorCoverage {
  /** Under a module's build directory ({@code target}). */
  static final List<String> REPORTS =
      List.of("site/jacoco/jacoco.xml", "site/jacoco-aggregate/jacoco.xml");

  private ReactorCoverage() {}

  /** The reports that exist, module by module in reactor order. */
  public static List<Path> find(List<Path> buildDirectories) {
    List<Path> found = new ArrayList<>();
    for (Path directory : buildDirectories) {
      for (String report : REPORTS) {
        Path file = directory.resolve(report).toAbsolutePath().normalize();
        if (Files.isRegularFile(file) && !found.contains(file)) {
          found.add(file);
        }
      }
    }
    return found;
  }
}
