package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.glob.Glob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code coverage} and {@code base-coverage} inputs: paths or globs (a build writes one report
 * per module, e.g. {@code **}{@code /target/site/jacoco/jacoco.xml}) relative to the repository,
 * laid over the configuration's {@code coverage:} section as {@code check --coverage} does.
 */
public final class CoverageInputs {
  private CoverageInputs() {}

  /**
   * @param allowMissingCoverage the input that accepts missing reports; {@code null}: the
   *     configuration's
   * @param warn told about a glob that matched nothing, so a misspelt pattern is not silently "no
   *     coverage"
   * @return the options, empty when neither the inputs nor the configuration name head coverage
   */
  public static Optional<CoverageOptions> options(
      CoverageOptions configured,
      Path repo,
      List<String> coverage,
      List<String> baseCoverage,
      Boolean allowMissingCoverage,
      Consumer<String> warn) {
    CoverageOptions options =
        allowMissingCoverage == null
            ? configured
            : configured.withAllowMissing(allowMissingCoverage);
    List<Path> reports = expand(repo, coverage, "coverage", options.allowMissing(), warn);
    List<Path> baseReports =
        expand(repo, baseCoverage, "base-coverage", options.allowMissing(), warn);
    options = reports.isEmpty() ? options : options.withReports(reports);
    options = baseReports.isEmpty() ? options : options.withBaseReports(baseReports);
    if (!options.hasHeadData()) {
      if (!baseCoverage.isEmpty() && coverage.isEmpty()) {
        throw new ActionException(
            "base-coverage needs the head's coverage too: set the coverage input to the head's JaCoCo XML reports");
      }
      return Optional.empty();
    }
    return Optional.of(options);
  }

  /**
   * The {@code patch-coverage} output: percent of coverable added lines covered, cut (never rounded
   * up) to two decimals so a workflow's own threshold sees no more than there is; {@code n/a}
   * without coverage or coverable added lines.
   */
  public static String output(Optional<PatchCoverage> coverage) {
    OptionalDouble percent = coverage.map(c -> c.lines().percent()).orElse(OptionalDouble.empty());
    return percent.isPresent()
        ? BigDecimal.valueOf(percent.getAsDouble())
            .setScale(2, RoundingMode.DOWN)
            .stripTrailingZeros()
            .toPlainString()
        : "n/a";
  }

  static List<Path> expand(
      Path repo, List<String> patterns, String input, boolean allowMissing, Consumer<String> warn) {
    List<Path> paths = new ArrayList<>();
    for (String pattern : patterns) {
      if (pattern.chars().noneMatch(c -> c == '*' || c == '?')) {
        // a plain path is taken as it is: if it cannot be read, the coverage summary names it
        paths.add(repo.resolve(pattern).normalize());
        continue;
      }
      List<Path> matches = matching(repo, Glob.of(pattern));
      if (matches.isEmpty()) {
        warn.accept("the " + input + " pattern '" + pattern + "' matched no file under " + repo);
        if (!allowMissing) {
          paths.add(unmatched(repo, pattern, input));
        }
      }
      paths.addAll(matches);
    }
    return paths;
  }

  /** The pattern as a report that does not exist, so the coverage gate fails and names it. */
  private static Path unmatched(Path repo, String pattern, String input) {
    try {
      return repo.resolve(pattern).normalize();
    } catch (InvalidPathException e) {
      // Windows allows no '*' in a path: the run cannot carry the pattern to the gate, so it stops
      // here
      throw new ActionException(
          "the "
              + input
              + " pattern '"
              + pattern
              + "' matched no file under "
              + repo
              + "; set allow-missing-coverage: true if the build may write no report");
    }
  }

  private static List<Path> matching(Path repo, Glob glob) {
    try (Stream<Path> files = Files.walk(repo)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !repo.relativize(file).startsWith(".git"))
          .filter(file -> glob.matches(repo.relativize(file).toString().replace('\\', '/')))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list " + repo + " for coverage reports: " + e.getMessage(), e);
    }
  }
}
