package dev.reviewbot.maven.internal;

import dev.reviewbot.coverage.CoverageOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The coverage parameters of {@code check}, which mirror the command line's coverage flags and,
 * like them, override the configuration's {@code coverage:} section list by list. When neither
 * names the head's coverage, the reactor's own JaCoCo reports are used.
 *
 * @param reports head XML reports ({@code --coverage})
 * @param baseReports base XML reports ({@code --base-coverage})
 * @param execFiles head exec files ({@code --exec})
 * @param classDirs the class directories the exec files were recorded against ({@code --classes})
 * @param minPatchCoverage {@code --min-patch-coverage}; {@code null} for the configuration's
 * @param maxCoverageDrop {@code --max-coverage-drop}; {@code null} for the configuration's
 */
public record CoverageRequest(
    List<Path> reports,
    List<Path> baseReports,
    List<Path> execFiles,
    List<Path> classDirs,
    Double minPatchCoverage,
    Double maxCoverageDrop) {

  public CoverageRequest {
    reports = List.copyOf(reports);
    baseReports = List.copyOf(baseReports);
    execFiles = List.copyOf(execFiles);
    classDirs = List.copyOf(classDirs);
  }

  /**
   * @param discovered the reactor's reports ({@link ReactorCoverage}), used only when nothing else
   *     names head coverage
   * @return the options; empty when there is no head coverage to read
   * @throws IllegalArgumentException for exec files without class directories, or gates and base
   *     reports without head coverage
   */
  public Optional<CoverageOptions> options(CoverageOptions configured, List<Path> discovered) {
    if (!execFiles.isEmpty() && classDirs.isEmpty() && configured.classDirs().isEmpty()) {
      throw new IllegalArgumentException(
          "exec needs the class directories the exec files were recorded against: set classes");
    }
    CoverageOptions options = configured;
    options = reports.isEmpty() ? options : options.withReports(reports);
    options = baseReports.isEmpty() ? options : options.withBaseReports(baseReports);
    options =
        options.withExec(
            execFiles.isEmpty() ? options.execFiles() : execFiles,
            classDirs.isEmpty() ? options.classDirs() : classDirs);
    options =
        options.withGates(
            minPatchCoverage != null ? minPatchCoverage : options.minPatchCoverage(),
            maxCoverageDrop != null ? maxCoverageDrop : options.maxCoverageDrop());
    if (!options.hasHeadData() && !discovered.isEmpty()) {
      options = options.withReports(discovered);
    }
    if (!options.hasHeadData()) {
      if (!baseReports.isEmpty() || minPatchCoverage != null || maxCoverageDrop != null) {
        throw new IllegalArgumentException(
            "coverage parameters need the head's coverage: set coverage (JaCoCo XML reports) "
                + "or exec and classes, or run jacoco:report first");
      }
      return Optional.empty();
    }
    return Optional.of(options);
  }
}
