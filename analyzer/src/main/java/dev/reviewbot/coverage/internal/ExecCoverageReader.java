package dev.reviewbot.coverage.internal;

import dev.reviewbot.engine.Notice;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;

/**
 * The exec route: {@code jacoco.exec} files (merged) analyzed against class directories with
 * jacoco-core, as {@code jacoco:report} does. Each class directory gets its own {@link
 * CoverageBuilder}, so two modules with a class of the same name do not clash.
 */
public final class ExecCoverageReader {

  /**
   * What the exec route produced.
   *
   * @param sources line data
   * @param problems inputs that were there but could not be used (unreadable, empty, not matching)
   * @param missing exec files and class directories that do not exist
   */
  public record Result(List<SourceCoverage> sources, List<Notice> problems, List<Notice> missing) {}

  private ExecCoverageReader() {}

  /**
   * @param names how messages name a file (e.g. its repository-relative path)
   * @param moduleOf the module directory a class directory belongs to, {@code ""} if unknown
   */
  public static Result read(
      List<Path> execFiles,
      List<Path> classDirs,
      Function<Path, String> names,
      Function<Path, String> moduleOf) {
    List<Notice> problems = new ArrayList<>();
    List<Notice> missing = new ArrayList<>();
    ExecutionDataStore merged = new ExecutionDataStore();
    Map<String, Set<String>> execFilesByClass = new LinkedHashMap<>();
    for (Path execFile : execFiles) {
      load(execFile, names.apply(execFile), merged, execFilesByClass, problems, missing);
    }
    if (classDirs.isEmpty() && !execFiles.isEmpty()) {
      problems.add(
          new Notice(
              names.apply(execFiles.get(0)),
              0,
              0,
              "exec files need the class directories they were recorded against; none were given, so they were not used"));
      return new Result(List.of(), problems, missing);
    }
    List<SourceCoverage> sources = new ArrayList<>();
    for (Path classDir : classDirs) {
      String dirName = names.apply(classDir);
      if (!Files.exists(classDir)) {
        missing.add(new Notice(dirName, 0, 0, "class directory does not exist"));
        continue;
      }
      CoverageBuilder builder = new CoverageBuilder();
      try {
        new Analyzer(merged, builder).analyzeAll(classDir.toFile());
      } catch (IOException | RuntimeException e) {
        problems.add(new Notice(dirName, 0, 0, "cannot analyze classes: " + rootMessage(e)));
        continue;
      }
      noMatch(builder, dirName, execFilesByClass, problems);
      String module = moduleOf.apply(classDir);
      for (ISourceFileCoverage source : builder.getSourceFiles()) {
        sources.add(toSource(source, module, dirName));
      }
    }
    return new Result(sources, problems, missing);
  }

  private static void load(
      Path execFile,
      String name,
      ExecutionDataStore merged,
      Map<String, Set<String>> execFilesByClass,
      List<Notice> problems,
      List<Notice> missing) {
    ExecutionDataStore loaded = new ExecutionDataStore();
    try {
      if (!Files.isRegularFile(execFile)) {
        missing.add(new Notice(name, 0, 0, "exec file does not exist"));
        return;
      }
      try (InputStream in = Files.newInputStream(execFile)) {
        ExecutionDataReader reader = BoundedExecutionDataReader.of(in, Files.size(execFile));
        reader.setSessionInfoVisitor(new SessionInfoStore());
        reader.setExecutionDataVisitor(loaded);
        reader.read();
      }
    } catch (EOFException e) {
      problems.add(new Notice(name, 0, 0, "exec file is incomplete (truncated file?); not used"));
      return;
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Notice(name, 0, 0, "not a JaCoCo exec file (" + rootMessage(e) + "); not used"));
      return;
    }
    if (loaded.getContents().isEmpty()) {
      // the agent writes a record per class it saw load: none means no test ran under it
      problems.add(
          new Notice(
              name,
              0,
              0,
              "exec file holds no execution data (an empty file, or no class ran): "
                  + "did the tests run under the JaCoCo agent?"));
      return;
    }
    try {
      for (ExecutionData data : loaded.getContents()) {
        merged.put(data);
        execFilesByClass.computeIfAbsent(data.getName(), k -> new LinkedHashSet<>()).add(name);
      }
    } catch (IllegalStateException e) {
      // JaCoCo refuses to merge two records with one class id but different names or probe counts
      problems.add(
          new Notice(
              name,
              0,
              0,
              "exec data conflicts with the other exec files (" + e.getMessage() + ")"));
    }
  }

  /**
   * Classes whose name is in the exec data but whose class id is not: compiled again since the run.
   */
  private static void noMatch(
      CoverageBuilder builder,
      String dirName,
      Map<String, Set<String>> execFilesByClass,
      List<Notice> problems) {
    Map<String, List<String>> classesByExecFile = new TreeMap<>();
    for (IClassCoverage cls : builder.getNoMatchClasses()) {
      for (String execFile : execFilesByClass.getOrDefault(cls.getName(), Set.of())) {
        classesByExecFile
            .computeIfAbsent(execFile, k -> new ArrayList<>())
            .add(cls.getName().replace('/', '.'));
      }
    }
    classesByExecFile.forEach(
        (execFile, classes) ->
            problems.add(
                new Notice(
                    execFile,
                    0,
                    0,
                    "exec data does not match the classes in "
                        + dirName
                        + " (JaCoCo: \"no match\"; they were compiled again after "
                        + "the tests ran), counted as not covered: "
                        + classes.stream().sorted().collect(Collectors.joining(", ")))));
  }

  private static SourceCoverage toSource(ISourceFileCoverage source, String module, String origin) {
    TreeMap<Integer, LineCounts> lines = new TreeMap<>();
    for (int nr = source.getFirstLine(); nr > 0 && nr <= source.getLastLine(); nr++) {
      ILine line = source.getLine(nr);
      if (line.getStatus() != ICounter.EMPTY) {
        ICounter instructions = line.getInstructionCounter();
        ICounter branches = line.getBranchCounter();
        lines.put(
            nr,
            new LineCounts(
                instructions.getMissedCount(),
                instructions.getCoveredCount(),
                branches.getMissedCount(),
                branches.getCoveredCount()));
      }
    }
    String packageName = source.getPackageName();
    String path = packageName.isEmpty() ? source.getName() : packageName + "/" + source.getName();
    return new SourceCoverage(path, module.isEmpty() ? List.of() : List.of(module), origin, lines);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == e ? message : e.getMessage() + ": " + message;
  }
}
