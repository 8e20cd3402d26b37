package dev.reviewbot.coverage;

import dev.reviewbot.config.ConfigSection;
import dev.reviewbot.coverage.internal.CoverageConfigReader;
import java.nio.file.Path;
import java.util.List;

/**
 * What to read and what to demand. Relative paths are resolved against the repository root.
 *
 * @param reports JaCoCo XML reports of the head version (module reports, {@code report-aggregate}
 *     reports, or both)
 * @param baseReports JaCoCo XML reports of the base version, for the project coverage delta; may be
 *     empty
 * @param execFiles {@code jacoco.exec} files of the head version, merged; they need {@code
 *     classDirs}
 * @param classDirs class directories (or jars), one per module, that the exec files were recorded
 *     against
 * @param sourceRoots repository-relative source roots (e.g. {@code app/src/main/java}) that decide
 *     between several repository files matching one report file
 * @param minPatchCoverage gate: the lowest acceptable patch line coverage, in percent
 * @param maxCoverageDrop gate: the most the project line coverage may drop from base to head, in
 *     percentage points; {@code null} for no such gate
 * @param allowMissing accept coverage inputs that do not exist, and changed files no input covers,
 *     as "nothing measured" instead of failing the gates; inputs that exist but cannot be read, are
 *     empty or do not match the code still fail them
 */
public record CoverageOptions(
    List<Path> reports,
    List<Path> baseReports,
    List<Path> execFiles,
    List<Path> classDirs,
    List<String> sourceRoots,
    double minPatchCoverage,
    Double maxCoverageDrop,
    boolean allowMissing) {

  public static final double DEFAULT_MIN_PATCH_COVERAGE = 80.0;

  /**
   * No coverage data, default gates: what a run without {@code --coverage} or a {@code coverage:}
   * section has.
   */
  public static final CoverageOptions DEFAULT =
      new CoverageOptions(
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          DEFAULT_MIN_PATCH_COVERAGE,
          null,
          false);

  /**
   * The {@code coverage:} section of {@code .reviewbot.yml}; register it with {@code
   * ConfigLoader.withSection}. Keys: {@code reports}, {@code base-reports}, {@code exec}, {@code
   * classes}, {@code source-roots}, {@code min-patch-coverage}, {@code max-coverage-drop}, {@code
   * allow-missing}.
   */
  public static final ConfigSection<CoverageOptions> SECTION =
      new ConfigSection<>("coverage", CoverageOptions.class, DEFAULT, CoverageConfigReader::read)
          .withSchema(CoverageConfigReader.SCHEMA);

  public CoverageOptions {
    reports = List.copyOf(reports);
    baseReports = List.copyOf(baseReports);
    execFiles = List.copyOf(execFiles);
    classDirs = List.copyOf(classDirs);
    sourceRoots = List.copyOf(sourceRoots);
    if (!(minPatchCoverage >= 0 && minPatchCoverage <= 100)) {
      throw new IllegalArgumentException(
          "minimum patch coverage must be between 0 and 100 but was " + minPatchCoverage);
    }
    if (maxCoverageDrop != null && !(maxCoverageDrop >= 0 && maxCoverageDrop <= 100)) {
      throw new IllegalArgumentException(
          "maximum coverage drop must be between 0 and 100 percentage points but was "
              + maxCoverageDrop);
    }
  }

  /** Head XML reports only, default gates. */
  public static CoverageOptions ofReports(List<Path> reports) {
    return DEFAULT.withReports(reports);
  }

  public CoverageOptions withReports(List<Path> newReports) {
    return new CoverageOptions(
        newReports,
        baseReports,
        execFiles,
        classDirs,
        sourceRoots,
        minPatchCoverage,
        maxCoverageDrop,
        allowMissing);
  }

  /** True when there is any head coverage data to read. */
  public boolean hasHeadData() {
    return !reports.isEmpty() || !execFiles.isEmpty();
  }

  public CoverageOptions withBaseReports(List<Path> newBaseReports) {
    return new CoverageOptions(
        reports,
        newBaseReports,
        execFiles,
        classDirs,
        sourceRoots,
        minPatchCoverage,
        maxCoverageDrop,
        allowMissing);
  }

  public CoverageOptions withExec(List<Path> newExecFiles, List<Path> newClassDirs) {
    return new CoverageOptions(
        reports,
        baseReports,
        newExecFiles,
        newClassDirs,
        sourceRoots,
        minPatchCoverage,
        maxCoverageDrop,
        allowMissing);
  }

  public CoverageOptions withSourceRoots(List<String> newSourceRoots) {
    return new CoverageOptions(
        reports,
        baseReports,
        execFiles,
        classDirs,
        newSourceRoots,
        minPatchCoverage,
        maxCoverageDrop,
        allowMissing);
  }

  public CoverageOptions withGates(double newMinPatchCoverage, Double newMaxCoverageDrop) {
    return new CoverageOptions(
        reports,
        baseReports,
        execFiles,
        classDirs,
        sourceRoots,
        newMinPatchCoverage,
        newMaxCoverageDrop,
        allowMissing);
  }

  public CoverageOptions withAllowMissing(boolean newAllowMissing) {
    return new CoverageOptions(
        reports,
        baseReports,
        execFiles,
        classDirs,
        sourceRoots,
        minPatchCoverage,
        maxCoverageDrop,
        newAllowMissing);
  }
}
