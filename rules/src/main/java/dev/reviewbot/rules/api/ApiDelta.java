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
    List<ApiDelta> deltas = new ArrayList<>();
    for (ApiType type : head.values()) {
      ApiType before = base == null ? null : base.get(type.path());
      List<ApiMember> added = new ArrayList<>();
      List<ApiMember> removed = new ArrayList<>();
      List<ApiMember[]> altered = new ArrayList<>();
      boolean isNew = base == null ? changed.anyAdded(type.header()) : before == null;
      Map<String, ApiMember> old = before == null ? Map.of() : before.byKey();
      for (ApiMember member : type.members()) {
        ApiMember previous = old.get(member.key());
        boolean addedByLines = base == null && member.anchor() != null && changed.anyAdded(member.anchor());
        if (!member.implicit() && (base != null && previous == null || addedByLines || previous != null && member.widens(previous))) {
          added.add(member);
        } else if (previous != null && !previous.shape().equals(member.shape())) {
          altered.add(new ApiMember[] {previous, member});
        }
      }
      Map<String, ApiMember> now = type.byKey();
      old.values().stream().filter(m -> !now.containsKey(m.key())).forEach(removed::add);
      deltas.add(new ApiDelta(type, isNew, added, removed, altered));
    }
    return deltas;
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
