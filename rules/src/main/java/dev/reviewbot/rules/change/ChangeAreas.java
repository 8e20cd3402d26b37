package dev.reviewbot.rules.change;

import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.rules.internal.Modules;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groups a change's lines into parts it could be split along: by module (the directory above {@code
 * src/}) when the change spans several, else by the package directories inside the one module, else
 * by top-level directory.
 */
final class ChangeAreas {
  private ChangeAreas() {}

  /** Changed lines per area, biggest first. */
  static Map<String, Integer> linesByArea(List<ChangedFileSummary> files) {
    boolean severalModules = files.stream().map(f -> Modules.of(f.path())).distinct().count() > 1;
    Map<String, Integer> lines = new TreeMap<>();
    for (ChangedFileSummary file : files) {
      String area = severalModules ? Modules.of(file.path()) : withinModule(file.path());
      lines.merge(area, file.addedLines() + file.removedLines(), Integer::sum);
    }
    return lines.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** The package directory for {@code src/<set>/<lang>/a/b/C.java}, else the module. */
  private static String withinModule(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i + 3 < parts.length; i++) {
      if (parts[i].equals("src")) {
        String dir = String.join("/", java.util.Arrays.copyOfRange(parts, i + 3, parts.length - 1));
        return dir.isEmpty() ? Modules.of(path) : dir;
      }
    }
    return Modules.of(path);
  }
}
