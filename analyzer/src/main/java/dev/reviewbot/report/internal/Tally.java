package dev.reviewbot.report.internal;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.report.ReportInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts of an input's findings, and the wording the summaries share. */
public record Tally(
    int findings,
    Map<Severity, Integer> bySeverity,
    Map<String, Integer> byRule,
    int files,
    boolean changeLevel) {

  public static Tally of(ReportInput input) {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Map<String, Integer> byRule = new TreeMap<>();
    Set<String> files = new LinkedHashSet<>();
    boolean changeLevel = false;
    for (Finding f : input.findings()) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
      byRule.merge(f.ruleId(), 1, Integer::sum);
      if (f.path() == null) {
        changeLevel = true;
      } else {
        files.add(f.path());
      }
    }
    return new Tally(input.findings().size(), bySeverity, byRule, files.size(), changeLevel);
  }

  public int count(Severity severity) {
    return bySeverity.getOrDefault(severity, 0);
  }

  /** E.g. {@code 1 error, 3 warnings, 1 info}, highest first, zero counts left out. */
  public String severities() {
    List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      if (count(s) > 0) {
        parts.add(s == Severity.INFO ? count(s) + " info" : plural(count(s), s.id()));
      }
    }
    return String.join(", ", parts);
  }

  /** E.g. {@code in 2 files and the change as a whole}. */
  public String where() {
    String inFiles = files > 0 ? "in " + plural(files, "file") : "";
    if (!changeLevel) {
      return inFiles;
    }
    return inFiles.isEmpty() ? "on the change as a whole" : inFiles + " and the change as a whole";
  }

  /** {@code 1 file}, {@code 2 files}. */
  public static String plural(int count, String noun) {
    return plural(count, noun, noun + "s");
  }

  public static String plural(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
