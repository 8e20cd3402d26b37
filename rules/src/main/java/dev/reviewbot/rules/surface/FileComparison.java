package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.rules.internal.Visibility;
import dev.reviewbot.rules.internal.Visibility.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what one file exports before and after a change: a delta per head type, new nested types
 * listed in the type around them, and removed types, nested ones with the type around them.
 *
 * @param deltas one per exported head type
 * @param removedTypes top-level types the head no longer exports
 */
record FileComparison(List<ApiDelta> deltas, List<ApiChange> removedTypes) {

  /** A plain scan: nothing to compare. */
  static FileComparison scanned(Map<String, ApiType> head) {
    return new FileComparison(head.values().stream().map(ApiDelta::unchanged).toList(), List.of());
  }

  /**
   * No base version (an added file, or a base that does not parse): additions are read from the
   * added lines.
   */
  static FileComparison byLines(Map<String, ApiType> head, ChangedLines changed) {
    Map<String, ApiDelta> deltas = new LinkedHashMap<>();
    head.values().forEach(type -> deltas.put(type.path(), ApiDelta.byLines(type, changed)));
    foldNewNestedTypes(deltas);
    return new FileComparison(List.copyOf(deltas.values()), List.of());
  }

  static FileComparison of(
      Map<String, ApiType> base,
      Map<String, ApiType> head,
      CompilationUnit baseUnit,
      CompilationUnit headUnit) {
    Map<String, TypeDeclaration<?>> declared = ExportedApi.declared(headUnit);
    CheckedExceptions exceptions = new CheckedExceptions(List.of(baseUnit, headUnit));
    Map<String, ApiDelta> deltas = new LinkedHashMap<>();
    for (ApiType type : head.values()) {
      ApiType before = base.get(type.path());
      deltas.put(
          type.path(),
          before == null
              ? ApiDelta.added(type)
              : new ApiDelta(
                  type,
                  before,
                  false,
                  false,
                  TypeChanges.between(before, type, declared, exceptions)));
    }
    foldNewNestedTypes(deltas);
    List<ApiChange> removedTypes = new ArrayList<>();
    for (ApiType gone : base.values()) {
      if (head.containsKey(gone.path())
          || !gone.isTopLevel() && !head.containsKey(parent(gone.path()))) {
        continue; // still exported, or inside a type that is itself gone and reported
      }
      ApiChange change = removal(gone, declared.get(gone.path()));
      if (gone.isTopLevel()) {
        removedTypes.add(change);
      } else {
        deltas.computeIfPresent(parent(gone.path()), (path, outer) -> outer.with(List.of(change)));
      }
    }
    return new FileComparison(List.copyOf(deltas.values()), removedTypes);
  }

  /**
   * A new nested type is listed among the additions of the type around it, not reported on its own.
   */
  private static void foldNewNestedTypes(Map<String, ApiDelta> deltas) {
    for (ApiDelta delta : List.copyOf(deltas.values())) {
      if (delta.isNew() && !delta.type().isTopLevel()) {
        ApiType type = delta.type();
        deltas.computeIfPresent(
            parent(type.path()),
            (path, outer) ->
                outer.with(
                    List.of(
                        new ApiChange(
                            ApiChangeKind.TYPE_ADDED,
                            type.kind() + " `" + simpleName(type.path()) + "`",
                            "adds " + type.kind() + " `" + type.path() + "`",
                            type.headerLine(),
                            ApiChange.Caveat.NONE))));
      }
    }
  }

  /** {@code still} is the head's declaration of the type, {@code null} if it is gone. */
  private static ApiChange removal(ApiType gone, TypeDeclaration<?> still) {
    String name = gone.kind() + " `" + gone.path() + "`";
    if (still == null) {
      return new ApiChange(
          ApiChangeKind.TYPE_REMOVED, name, "removes exported " + name, null, caveat(gone));
    }
    Level access = Visibility.declared(still);
    return new ApiChange(
        ApiChangeKind.TYPE_LESS_ACCESSIBLE,
        name,
        access == Level.PACKAGE || access == Level.PRIVATE
            ? "makes " + name + " " + MemberChanges.word(access)
            : "makes " + name + " no longer exported",
        null,
        caveat(gone));
  }

  private static ApiChange.Caveat caveat(ApiType gone) {
    return gone.header().deprecated() ? ApiChange.Caveat.ANNOUNCED : ApiChange.Caveat.NONE;
  }

  private static String parent(String path) {
    return path.substring(0, Math.max(0, path.lastIndexOf('.')));
  }

  private static String simpleName(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
