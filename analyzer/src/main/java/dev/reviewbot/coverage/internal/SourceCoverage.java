package dev.reviewbot.coverage.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Line coverage of one source file as a report states it.
 *
 * @param reportPath {@code package/SourceFile.java} (no source root), {@code SourceFile.java} in
 *     the default package
 * @param modules the report groups it sits in, outermost first (for exec data: the module directory
 *     of its class directory); used to choose between repository files
 * @param origin the file it was read from, for messages
 * @param lines counters by 1-based line number, only lines JaCoCo can cover
 */
public record SourceCoverage(
    String reportPath, List<String> modules, String origin, SortedMap<Integer, LineCounts> lines) {
  public SourceCoverage {
    modules = List.copyOf(modules);
    lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
  }

  /**
   * The same file placed inside an outer module, e.g. the directory of the module whose report it
   * came from.
   */
  public SourceCoverage inModule(String outer) {
    if (outer.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>();
    all.add(outer);
    all.addAll(modules);
    return new SourceCoverage(reportPath, all, origin, lines);
  }

  /** Identity within a set of reports: the same file in the same module. */
  public String key() {
    return String.join("/", modules) + "|" + reportPath;
  }

  public String fileName() {
    int slash = reportPath.lastIndexOf('/');
    return slash < 0 ? reportPath : reportPath.substring(slash + 1);
  }

  /** Line-by-line union with another view of the same file. */
  public static SortedMap<Integer, LineCounts> merge(
      Map<Integer, LineCounts> a, Map<Integer, LineCounts> b) {
    SortedMap<Integer, LineCounts> merged = new TreeMap<>(a);
    b.forEach((line, counts) -> merged.merge(line, counts, LineCounts::merge));
    return merged;
  }
}
