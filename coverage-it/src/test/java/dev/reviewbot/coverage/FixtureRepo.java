package dev.reviewbot.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A git repository holding a copy of fixtures/coverage after its build: sources and poms tracked,
 * target/ (JaCoCo XML, exec files, classes made by the fixtures' own test phase) untracked, as in a
 * developer's checkout after {@code mvn verify}.
 */
final class FixtureRepo {
  static final String SINGLE_REPORT = "single/target/site/jacoco/jacoco.xml";
  static final String SINGLE_EXEC = "single/target/jacoco.exec";
  static final String SINGLE_CLASSES = "single/target/classes";
  static final String A_REPORT = "multi/module-a/target/site/jacoco/jacoco.xml";
  static final String B_REPORT = "multi/module-b/target/site/jacoco/jacoco.xml";
  static final String AGGREGATE_REPORT = "multi/report/target/site/jacoco-aggregate/jacoco.xml";
  static final String A_EXEC = "multi/module-a/target/jacoco.exec";
  static final String B_EXEC = "multi/module-b/target/jacoco.exec";
  static final String A_CLASSES = "multi/module-a/target/classes";
  static final String B_CLASSES = "multi/module-b/target/classes";
  static final String PRICE_CALCULATOR =
      "single/src/main/java/com/example/shop/PriceCalculator.java";
  static final String BASKET = "single/src/main/java/com/example/shop/Basket.java";
  static final String GREETER_A = "multi/module-a/src/main/java/com/example/shared/Greeter.java";
  static final String GREETER_B = "multi/module-b/src/main/java/com/example/shared/Greeter.java";

  private FixtureRepo() {}

  /** fixtures/coverage, whose projects the reactor built before this module. */
  static Path fixtures() {
    Path dir =
        Path.of(System.getProperty("reviewbot.coverage.fixtures", "../fixtures/coverage"))
            .toAbsolutePath()
            .normalize();
    for (String output :
        List.of(SINGLE_REPORT, SINGLE_EXEC, A_REPORT, B_REPORT, AGGREGATE_REPORT, A_EXEC, B_EXEC)) {
      assertThat(dir.resolve(output))
          .as(
              "JaCoCo output of the fixture builds; build them first: mvn -pl coverage-it -am verify")
          .isRegularFile();
    }
    return dir;
  }

  /** Copies fixtures/coverage into {@code repo} and commits everything but build output. */
  static Path create(Path repo) {
    return create(repo, Map.of());
  }

  /**
   * As {@link #create(Path)}, with history: a first commit, tagged {@code base}, holds the files of
   * {@code toBase} edited by their functions; the second commit, {@code HEAD}, holds the fixtures
   * as built, so HEAD's change against {@code base} is what the edits took away.
   */
  static Path create(Path repo, Map<String, UnaryOperator<String>> toBase) {
    Path fixtures = fixtures();
    try (Stream<Path> files = Files.walk(fixtures)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = repo.resolve(fixtures.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.writeString(repo.resolve(".gitignore"), "target/\n");
      try (TestGitRepo git = TestGitRepo.init(repo)) {
        if (!toBase.isEmpty()) {
          Map<String, String> head = new java.util.HashMap<>();
          for (Map.Entry<String, UnaryOperator<String>> edit : toBase.entrySet()) {
            String content = read(repo, edit.getKey());
            head.put(edit.getKey(), content);
            String base = edit.getValue().apply(content);
            if (base == null) {
              Files.delete(repo.resolve(edit.getKey()));
            } else {
              Files.writeString(repo.resolve(edit.getKey()), base, StandardCharsets.UTF_8);
            }
          }
          git.commit("base");
          git.tag("base", false);
          for (Map.Entry<String, String> file : head.entrySet()) {
            Files.writeString(repo.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
          }
        }
        git.commit("fixtures as built");
      }
      return repo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path repo, String path) {
    try {
      return Files.readString(repo.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CoverageOptions reports(String... reports) {
    return CoverageOptions.ofReports(Stream.of(reports).map(Path::of).toList());
  }
}
