package dev.reviewbot.coverage;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.internal.CoverageDataGate;
import dev.reviewbot.coverage.internal.CoverageInputException;
import dev.reviewbot.coverage.internal.ExecCoverageReader;
import dev.reviewbot.coverage.internal.JacocoXmlReader;
import dev.reviewbot.coverage.internal.LineCounts;
import dev.reviewbot.coverage.internal.LineGrouping;
import dev.reviewbot.coverage.internal.RepoFileIndex;
import dev.reviewbot.coverage.internal.SourceCoverage;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Computes the coverage of a change's added lines from JaCoCo XML reports and/or exec files. Inputs
 * that cannot be read become {@link PatchCoverage#problems()} naming the file; whatever could be
 * read is still used for the figures, but the gates fail closed ({@link CoverageDataGate}):
 * unusable data, or data with nothing about the change, never passes.
 */
public final class PatchCoverageCalculator {
  private PatchCoverageCalculator() {}

  /**
   * @param change the change whose added lines are measured (a plain scan has none)
   * @param repoRoot the repository's work tree: report paths are matched against its tracked files,
   *     and relative option paths are resolved against it
   */
  public static PatchCoverage compute(ChangeSet change, Path repoRoot, CoverageOptions options) {
    return compute(change, repoRoot, options, ReviewConfig.defaults()::isTestCode);
  }

  /**
   * @param isTestCode which repository paths are tests, which a coverage run does not measure (the
   *     configuration's {@code test-code} globs)
   */
  public static PatchCoverage compute(
      ChangeSet change, Path repoRoot, CoverageOptions options, Predicate<String> isTestCode) {
    Path root = repoRoot.toAbsolutePath().normalize();
    List<Notice> problems = new ArrayList<>();
    RepoFileIndex index = RepoFileIndex.scan(root, changePaths(change));

    List<Notice> unusable = new ArrayList<>();
    List<Notice> missing = new ArrayList<>();
    List<SourceCoverage> headSources = readXml(options.reports(), root, unusable, missing);
    ExecCoverageReader.Result exec =
        ExecCoverageReader.read(
            resolveAll(root, options.execFiles()),
            resolveAll(root, options.classDirs()),
            p -> displayName(root, p),
            p -> moduleDirectory(root, p));
    headSources.addAll(exec.sources());
    unusable.addAll(exec.problems());
    missing.addAll(exec.missing());

    List<UnresolvedSource> unresolved = new ArrayList<>();
    Resolved head = resolve(headSources, index, options.sourceRoots(), unresolved);
    Resolved base = null;
    List<Notice> baseUnusable = new ArrayList<>();
    List<Notice> baseMissing = new ArrayList<>();
    if (!options.baseReports().isEmpty()) {
      base =
          resolve(
              readXml(options.baseReports(), root, baseUnusable, baseMissing),
              index,
              options.sourceRoots(),
              unresolved);
    }
    problems.addAll(unusable);
    problems.addAll(missing);
    problems.addAll(baseUnusable);
    problems.addAll(baseMissing);
    if (options.maxCoverageDrop() != null) {
      // the base's data only backs the drop gate
      unusable.addAll(baseUnusable);
      missing.addAll(baseMissing);
    }

    Measured measured = measure(change, head, base);
    CoverageDataGate.Evidence evidence =
        new CoverageDataGate.Evidence(
            unusable,
            missing,
            head.byPath.size() + head.unresolvedByKey.size(),
            head.byPath.size(),
            expectedToBeMeasured(change, isTestCode),
            head.byPath.keySet());
    return new PatchCoverage(
        measured.files(),
        measured.lines(),
        measured.branches(),
        head.project(),
        base == null ? null : base.project(),
        options.minPatchCoverage(),
        options.maxCoverageDrop(),
        unresolved,
        problems,
        CoverageDataGate.failures(evidence, options.allowMissing()));
  }

  /** The changed files' coverage, by path, and the totals over them. */
  private record Measured(List<FileCoverage> files, Ratio lines, Ratio branches) {}

  private static Measured measure(ChangeSet change, Resolved head, Resolved base) {
    List<FileCoverage> files = new ArrayList<>();
    Ratio lines = Ratio.EMPTY;
    Ratio branches = Ratio.EMPTY;
    for (ChangedFile file : change.isScan() ? List.<ChangedFile>of() : change.files()) {
      SortedMap<Integer, LineCounts> coverable = head.byPath.get(file.path());
      if (coverable == null
          || file.kind() == ChangeKind.DELETED
          || file.binary()
          || file.diff() == null) {
        continue;
      }
      SortedMap<Integer, LineCounts> baseLines =
          base == null
              ? null
              : base.byPath.get(file.oldPath() != null ? file.oldPath() : file.path());
      FileCoverage coverage = measure(file, coverable, baseLines);
      files.add(coverage);
      lines = lines.plus(coverage.lines());
      branches = branches.plus(coverage.branches());
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return new Measured(files, lines, branches);
  }

  /** Every path the change touches, old names of renamed files included. */
  private static List<String> changePaths(ChangeSet change) {
    List<String> paths = new ArrayList<>();
    for (ChangedFile file : change.files()) {
      paths.add(file.path());
      if (file.oldPath() != null) {
        paths.add(file.oldPath());
      }
    }
    return paths;
  }

  /**
   * The change's non-test Java files with added lines: a test run under the agent measures each
   * one.
   */
  private static List<String> expectedToBeMeasured(ChangeSet change, Predicate<String> isTestCode) {
    if (change.isScan()) {
      return List.of();
    }
    return change.files().stream()
        .filter(file -> file.kind() != ChangeKind.DELETED && !file.binary() && file.diff() != null)
        .filter(file -> file.path().endsWith(".java") && !isTestCode.test(file.path()))
        .filter(file -> !file.addedLinesAsGitCounts().added().isEmpty())
        .map(ChangedFile::path)
        .toList();
  }

  private static FileCoverage measure(
      ChangedFile file,
      SortedMap<Integer, LineCounts> coverable,
      SortedMap<Integer, LineCounts> baseLines) {
    // git's count, white-space-only edits included, so the figures equal other patch-coverage
    // tools'
    ChangedLines changed = file.addedLinesAsGitCounts();
    TreeSet<Integer> uncovered = new TreeSet<>();
    TreeSet<Integer> partial = new TreeSet<>();
    long covered = 0;
    long total = 0;
    long branchesCovered = 0;
    long branchesTotal = 0;
    for (int line : changed.added()) {
      LineCounts counts = coverable.get(line);
      if (counts == null) {
        continue;
      }
      total++;
      branchesCovered += counts.cb();
      branchesTotal += counts.mb() + counts.cb();
      if (counts.covered()) {
        covered++;
        if (counts.partial()) {
          partial.add(line);
        }
      } else {
        uncovered.add(line);
      }
    }
    return new FileCoverage(
        file.path(),
        new Ratio(covered, total),
        new Ratio(branchesCovered, branchesTotal),
        LineGrouping.group(uncovered, coverable, changed, file.headContent()),
        LineGrouping.group(partial, coverable, changed, file.headContent()),
        lineCoverage(coverable),
        baseLines == null ? null : lineCoverage(baseLines));
  }

  /** JaCoCo's line counter: a line is covered when any of its instructions ran. */
  private static Ratio lineCoverage(Map<Integer, LineCounts> lines) {
    long covered = lines.values().stream().filter(LineCounts::covered).count();
    return new Ratio(covered, lines.size());
  }

  private static List<SourceCoverage> readXml(
      List<Path> reports, Path root, List<Notice> problems, List<Notice> missing) {
    List<SourceCoverage> sources = new ArrayList<>();
    for (Path report : resolveAll(root, reports)) {
      String name = displayName(root, report);
      try {
        // a module's own report has no group: where it lives (app/target/site/...) tells its module
        String module = moduleDirectory(root, report);
        List<SourceCoverage> read =
            JacocoXmlReader.read(report, name).stream().map(s -> s.inModule(module)).toList();
        if (read.isEmpty()) {
          problems.add(
              new Notice(
                  name,
                  0,
                  0,
                  "JaCoCo report has no source files with line data "
                      + "(no classes, or classes compiled without debug information)"));
        }
        sources.addAll(read);
      } catch (CoverageInputException e) {
        (e.isMissing() ? missing : problems)
            .add(new Notice(e.file(), e.line(), e.column(), e.getMessage() + "; not used"));
      }
    }
    return sources;
  }

  /**
   * Report files by repository path (several reports of one file merged), and the project totals.
   */
  private record Resolved(
      Map<String, SortedMap<Integer, LineCounts>> byPath,
      Map<String, SortedMap<Integer, LineCounts>> unresolvedByKey) {
    Ratio project() {
      Ratio total = Ratio.EMPTY;
      for (Map<Integer, LineCounts> lines : byPath.values()) {
        total = total.plus(lineCoverage(lines));
      }
      for (Map<Integer, LineCounts> lines : unresolvedByKey.values()) {
        total = total.plus(lineCoverage(lines));
      }
      return total;
    }
  }

  private static Resolved resolve(
      List<SourceCoverage> sources,
      RepoFileIndex index,
      List<String> sourceRoots,
      List<UnresolvedSource> unresolved) {
    Map<String, SortedMap<Integer, LineCounts>> byPath = new TreeMap<>();
    Map<String, SortedMap<Integer, LineCounts>> byKey = new LinkedHashMap<>();
    for (SourceCoverage source : sources) {
      RepoFileIndex.Resolution resolution = index.resolve(source, sourceRoots);
      if (resolution.resolved()) {
        byPath.merge(resolution.path(), source.lines(), SourceCoverage::merge);
      } else {
        if (!byKey.containsKey(source.key())) {
          unresolved.add(
              new UnresolvedSource(
                  source.reportPath(),
                  String.join("/", source.modules()),
                  source.origin(),
                  resolution.candidates()));
        }
        byKey.merge(source.key(), source.lines(), SourceCoverage::merge);
      }
    }
    return new Resolved(byPath, byKey);
  }

  private static List<Path> resolveAll(Path root, List<Path> paths) {
    return paths.stream().map(p -> root.resolve(p).normalize()).toList();
  }

  /** Repository-relative when inside the repository, else as given. */
  private static String displayName(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }

  /**
   * The module a class directory or report belongs to: its repository-relative path up to the build
   * output folder, e.g. {@code app/target/classes} to {@code app}; {@code ""} for the root module,
   * a path outside the repository or one with no build output folder in it.
   */
  static String moduleDirectory(Path root, Path classDir) {
    Path absolute = classDir.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return "";
    }
    String path = displayName(root, absolute);
    List<String> kept = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.equals("target")
          || part.equals("build")
          || part.equals("out")
          || part.equals("bin")) {
        break;
      }
      kept.add(part);
    }
    return kept.size() == path.split("/").length ? "" : String.join("/", kept);
  }
}
