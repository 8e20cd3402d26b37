package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.modules.ModuleDeclaration;
import com.github.javaparser.ast.modules.ModuleExportsDirective;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a change to {@code module-info.java} exports: packages newly exported (to everyone or to
 * named modules) and packages no longer exported. These decide, for a modular library, which public
 * types are API at all.
 */
final class ModuleExports {
  /**
   * One {@code exports} directive: the package, its target modules (empty: every module), its line.
   */
  record Export(String pkg, String targets, LineRange line) {
    /** True if this export reaches at least every module {@code other} reached. */
    boolean reaches(Export other) {
      return targets.isEmpty()
          || !other.targets.isEmpty()
              && List.of(targets.split(", ")).containsAll(List.of(other.targets.split(", ")));
    }

    String describe() {
      return "`" + pkg + "`" + (targets.isEmpty() ? " to every module" : " to " + targets);
    }
  }

  /** New and widened exports, and removed or narrowed ones. */
  record Delta(List<Export> added, List<Export> removed) {}

  private ModuleExports() {}

  static Delta of(Optional<ModuleDeclaration> base, ModuleDeclaration head, ChangedLines changed) {
    Map<String, Export> before = base.map(ModuleExports::exports).orElse(Map.of());
    Map<String, Export> after = exports(head);
    List<Export> added = new ArrayList<>();
    List<Export> removed = new ArrayList<>();
    for (Export export : after.values()) {
      Export previous = before.get(export.pkg());
      boolean isNew =
          base.isPresent()
              ? previous == null || !previous.targets().equals(export.targets())
              : changed.anyAdded(export.line());
      if (isNew) {
        added.add(export);
      }
    }
    for (Export export : before.values()) {
      Export now = after.get(export.pkg());
      if (now == null || !now.reaches(export)) {
        removed.add(export);
      }
    }
    return new Delta(added, removed);
  }

  private static Map<String, Export> exports(ModuleDeclaration module) {
    Map<String, Export> exports = new LinkedHashMap<>();
    for (var directive : module.getDirectives()) {
      if (directive instanceof ModuleExportsDirective export) {
        String targets =
            export.getModuleNames().stream()
                .map(Name::asString)
                .sorted()
                .collect(Collectors.joining(", "));
        exports.put(
            export.getNameAsString(),
            new Export(export.getNameAsString(), targets, Anchoring.lineOf(export)));
      }
    }
    return exports;
  }
}
