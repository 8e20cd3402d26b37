package dev.reviewbot.coverage.internal;

import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.DidYouMean;
import dev.reviewbot.config.SchemaParts;
import dev.reviewbot.coverage.CoverageOptions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code coverage:} section of {@code .reviewbot.yml}:
 *
 * <pre>{@code
 * coverage:
 *   reports: [app/target/site/jacoco/jacoco.xml]   # JaCoCo XML of the head version
 *   base-reports: [base/jacoco.xml]                # JaCoCo XML of the base, for the project delta
 *   exec: [app/target/jacoco.exec]                 # or exec files ...
 *   classes: [app/target/classes]                  # ... with the class directories they belong to
 *   source-roots: [app/src/main/java]              # decide between same-named files
 *   min-patch-coverage: 80                         # percent of coverable added lines
 *   max-coverage-drop: 0.5                         # percentage points of project line coverage
 *   allow-missing: false                           # true: a report that is not there is no failure
 * }</pre>
 *
 * Paths are relative to the repository root.
 */
public final class CoverageConfigReader {
  private static final List<String> KEYS =
      List.of(
          "reports",
          "base-reports",
          "exec",
          "classes",
          "source-roots",
          "min-patch-coverage",
          "max-coverage-drop",
          "allow-missing");

  /**
   * What the section holds, for the configuration's JSON Schema; the keys are those of {@link
   * #KEYS}.
   */
  public static final Map<String, Object> SCHEMA =
      SchemaParts.object(
          "Coverage of the changed lines: the same as check's coverage flags; paths relative to the repository root.",
          Map.of(
              "reports",
                  SchemaParts.strings(
                      "JaCoCo XML reports of the head version (module or report-aggregate reports)."),
              "base-reports",
                  SchemaParts.strings(
                      "JaCoCo XML reports of the base version, for the project coverage delta."),
              "exec",
                  SchemaParts.strings("jacoco.exec files of the head version; they need classes."),
              "classes",
                  SchemaParts.strings(
                      "Class directories or jars the exec files were recorded against."),
              "source-roots",
                  SchemaParts.strings(
                      "Repository-relative source roots that settle a report file matching several files."),
              "min-patch-coverage",
                  SchemaParts.number(
                      "Lowest acceptable line coverage of the added lines, in percent.",
                      0,
                      100,
                      CoverageOptions.DEFAULT_MIN_PATCH_COVERAGE),
              "max-coverage-drop",
                  SchemaParts.number(
                      "Most the project line coverage may drop from base to head, in percentage points.",
                      0,
                      100,
                      null),
              "allow-missing",
                  SchemaParts.bool(
                      "Accept coverage reports, exec files or class directories that do not exist, and changed "
                          + "files no report covers, as nothing measured; otherwise they fail the coverage gate. Reports that exist but "
                          + "cannot be read, are empty or belong to other code always fail it.",
                      false)));

  private CoverageConfigReader() {}

  public static CoverageOptions read(ConfigNode section) {
    CoverageOptions options = CoverageOptions.DEFAULT;
    for (Map.Entry<String, ConfigNode> entry : section.entries().entrySet()) {
      ConfigNode value = entry.getValue();
      options =
          switch (entry.getKey()) {
            case "reports" -> options.withReports(paths(value));
            case "base-reports" -> options.withBaseReports(paths(value));
            case "exec" -> options.withExec(paths(value), options.classDirs());
            case "classes" -> options.withExec(options.execFiles(), paths(value));
            case "source-roots" -> options.withSourceRoots(texts(value));
            case "min-patch-coverage" ->
                options.withGates(percent(value, "a percentage"), options.maxCoverageDrop());
            case "max-coverage-drop" ->
                options.withGates(
                    options.minPatchCoverage(),
                    value.isNull() ? null : percent(value, "percentage points"));
            case "allow-missing" -> options.withAllowMissing(value.bool());
            default ->
                throw value.error(
                    "unknown key"
                        + DidYouMean.hint(entry.getKey(), KEYS)
                        + "; expected one of "
                        + String.join(", ", KEYS));
          };
    }
    return options;
  }

  private static List<String> texts(ConfigNode node) {
    List<String> result = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String text = item.text().trim();
      if (text.isEmpty()) {
        throw item.error("expected a path but was an empty string");
      }
      result.add(text);
    }
    return result;
  }

  private static List<Path> paths(ConfigNode node) {
    List<Path> result = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      result.add(
          item.parse(
              text -> {
                if (text.isBlank()) {
                  throw new IllegalArgumentException("expected a path but was an empty string");
                }
                try {
                  return Path.of(text.trim());
                } catch (InvalidPathException e) {
                  throw new IllegalArgumentException("not a valid path: " + e.getMessage(), e);
                }
              }));
    }
    return result;
  }

  private static double percent(ConfigNode node, String unit) {
    if (!(node.value() instanceof Number number)
        || !(number.doubleValue() >= 0 && number.doubleValue() <= 100)) {
      throw node.error("expected " + unit + " between 0 and 100 but was " + node.describe());
    }
    return number.doubleValue();
  }
}
