package dev.reviewbot.fix;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.source.ChangedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixes of one file's shown findings, applied to the head version the rules read.
 *
 * @param path repository-relative path
 * @param before the head version
 * @param findings the findings whose fixes were tried, in line order
 * @param result the text after the fixes, and which applied
 */
public record FileFixes(String path, String before, List<Finding> findings, AppliedFixes result) {
  public FileFixes {
    findings = List.copyOf(findings);
  }

  /** Files whose shown findings carry fixes, in path order; each finding's first fix is tried. */
  public static List<FileFixes> of(ReviewOutcome outcome) {
    Map<String, List<Finding>> byPath = new LinkedHashMap<>();
    outcome.shown().stream()
        .map(m -> m.finding())
        .filter(f -> f.hasFix() && f.path() != null)
        .sorted(Comparator.comparing(Finding::path).thenComparingInt(Finding::line))
        .forEach(f -> byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
    List<FileFixes> files = new ArrayList<>();
    for (ChangedFile file : outcome.change().files()) {
      List<Finding> findings = byPath.get(file.path());
      if (findings == null || file.headContent() == null) {
        continue;
      }
      List<Fix> fixes = findings.stream().map(f -> f.fixes().get(0)).toList();
      files.add(
          new FileFixes(
              file.path(),
              file.headContent(),
              findings,
              FixApplier.apply(file.headContent(), fixes)));
    }
    files.sort(Comparator.comparing(FileFixes::path));
    return files;
  }

  /** True if the fixes change the file. */
  public boolean changes() {
    return !result.content().equals(before);
  }
}
