package dev.reviewbot.rules.api;

import dev.reviewbot.api.ChangedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a change altered one exported type.
 *
 * @param type the head version
 * @param isNew the type did not exist (or was not exported) before the change
 * @param added exported members the change adds, or widens from protected to public
 * @param removed base members the head no longer exports
 * @param changed members whose signature changed: {@code [base, head]} pairs
 */
record ApiDelta(ApiType type, boolean isNew, List<ApiMember> added, List<ApiMember> removed, List<ApiMember[]> changed) {

  /**
   * Compares the head's exported types with the base's. Without a base version (an added file, or
   * a base that does not parse) what the change added is read from the changed lines.
   */
  static List<ApiDelta> of(Map<String, ApiType> base, Map<String, ApiType> head, ChangedLines changed) {
    return head.values().stream().map(type -> base == null ? byLines(type, changed) : compared(type, base.get(type.path()))).toList();
  }

  /** No base version to compare with: what the change added is what stands on added lines. */
  private static ApiDelta byLines(ApiType type, ChangedLines changed) {
    List<ApiMember> added = type.members().stream()
        .filter(m -> !m.implicit() && m.anchor() != null && changed.anyAdded(m.anchor())).toList();
    return new ApiDelta(type, changed.anyAdded(type.header()), added, List.of(), List.of());
  }

  /** {@code before} is the base version of the type, {@code null} if it did not exist or was not exported. */
  private static ApiDelta compared(ApiType type, ApiType before) {
    Map<String, ApiMember> old = before == null ? Map.of() : before.byKey();
    List<ApiMember> added = new ArrayList<>();
    List<ApiMember[]> altered = new ArrayList<>();
    for (ApiMember member : type.members()) {
      ApiMember previous = old.get(member.key());
      if (previous == null) {
        if (!member.implicit()) {
          added.add(member);
        }
      } else if (member.widens(previous)) {
        added.add(member);
      } else if (!previous.shape().equals(member.shape())) {
        altered.add(new ApiMember[] {previous, member});
      }
    }
    Map<String, ApiMember> now = type.byKey();
    List<ApiMember> removed = old.values().stream().filter(m -> !now.containsKey(m.key())).toList();
    return new ApiDelta(type, before == null, added, removed, altered);
  }

  /** For a plain scan: every type as it is, nothing added or removed. */
  static List<ApiDelta> unchanged(Map<String, ApiType> head) {
    return head.values().stream().map(type -> new ApiDelta(type, false, List.of(), List.of(), List.of())).toList();
  }

  /** Top-level types of the base that the head no longer exports. */
  static List<ApiType> removedTypes(Map<String, ApiType> base, Map<String, ApiType> head) {
    return base == null ? List.of()
        : base.values().stream().filter(t -> t.isTopLevel() && !head.containsKey(t.path())).toList();
  }

  boolean breaks() {
    return !removed.isEmpty() || !changed.isEmpty();
  }
}
