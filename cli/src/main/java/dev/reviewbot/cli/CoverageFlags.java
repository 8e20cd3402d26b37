package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.pipeline.ReviewPipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code check}'s coverage options: JaCoCo data for the head (and optionally the base), measured on
 * the change's added lines and handed to the {@code coverage-delta} rule. Flags override the {@code
 * coverage:} section of the configuration, list by list.
 */
final class CoverageFlags {
  @Option(
      names = "--coverage",
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "JaCoCo XML report(s) of the head: module reports and/or report-aggregate reports.")
  List<Path> reports = new ArrayList<>();

  @Option(
      names = "--base-coverage",
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "JaCoCo XML report(s) of the base, for the project coverage delta and --max-coverage-drop.")
  List<Path> baseReports = new ArrayList<>();

  @Option(
      names = "--exec",
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "jacoco.exec file(s) of the head (merged), read against --classes instead of or besides XML reports.")
  List<Path> execFiles = new ArrayList<>();

  @Option(
      names = "--classes",
      paramLabel = "DIR",
      arity = "1..*",
      description = "Class directories (one per module) the --exec files were recorded against.")
  List<Path> classDirs = new ArrayList<>();

  @Option(
      names = "--min-patch-coverage",
      paramLabel = "PCT",
      description =
          "Fail (an error finding) when fewer than PCT percent of the coverable added lines are covered "
              + "(default: the config's, else 80).")
  Double minPatchCoverage;

  @Option(
      names = "--max-coverage-drop",
      paramLabel = "PP",
      description =
          "Fail (an error finding) when project line coverage drops by more than PP percentage points "
              + "from --base-coverage (default: the config's, else no limit).")
  Double maxCoverageDrop;

  @Option(
      names = "--allow-missing-coverage",
      description =
          "Coverage inputs that do not exist, or that cover none of the changed files, fail no gate (default: the "
              + "config's coverage allow-missing). Inputs that exist but cannot be read, are empty or belong to other code "
              + "always fail it.")
  boolean allowMissing;

  /** The configured options with the flags on top; empty when neither asks for coverage. */
  Optional<CoverageOptions> options(CoverageOptions configured) {
    if (!execFiles.isEmpty() && classDirs.isEmpty() && configured.classDirs().isEmpty()) {
      throw new UserError(
          "--exec needs the class directories the exec files were recorded against: add --classes DIR");
    }
    CoverageOptions options = configured;
    options = reports.isEmpty() ? options : options.withReports(absolute(reports));
    options = baseReports.isEmpty() ? options : options.withBaseReports(absolute(baseReports));
    options =
        options.withExec(
            execFiles.isEmpty() ? options.execFiles() : absolute(execFiles),
            classDirs.isEmpty() ? options.classDirs() : absolute(classDirs));
    options =
        options.withGates(
            minPatchCoverage != null ? minPatchCoverage : options.minPatchCoverage(),
            maxCoverageDrop != null ? maxCoverageDrop : options.maxCoverageDrop());
    options = allowMissing ? options.withAllowMissing(true) : options;
    if (!options.hasHeadData()) {
      if (!baseReports.isEmpty()
          || minPatchCoverage != null
          || maxCoverageDrop != null
          || allowMissing) {
        throw new UserError(
            "coverage options need the head's coverage: add --coverage REPORT or --exec FILE --classes DIR");
      }
      return Optional.empty();
    }
    return Optional.of(options);
  }

  /**
   * {@code pipeline} measuring the coverage the flags and the configuration ask for; unchanged when
   * they ask for none.
   */
  ReviewPipeline enrich(ReviewPipeline pipeline, ReviewConfig config, Path workTree) {
    return pipeline.withCoverage(options(config.section(CoverageOptions.SECTION)), workTree);
  }

  private static List<Path> absolute(List<Path> paths) {
    return paths.stream().map(Path::toAbsolutePath).toList();
  }
}
