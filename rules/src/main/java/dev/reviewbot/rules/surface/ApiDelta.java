package dev.reviewbot.rules.surface;

import dev.reviewbot.api.ChangedLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a change altered one exported type.
 *
 * @param type the head version
 * @param before the base version, {@code null} if the type is new or the base is unknown
 * @param isNew the type did not exist (or was not exported) before the change
 * @param nested the type is new inside a type that lists it among its own additions
 * @param changes every classified change, compatible ones included
 */
record ApiDelta(
    ApiType type, ApiType before, boolean isNew, boolean nested, List<ApiChange> changes) {
  private static final Comparator<ApiChange> BY_LINE =
      Comparator.comparingInt(c -> c.anchor() == null ? Integer.MAX_VALUE : c.anchor().start());
  private static final List<ApiChangeKind> ADDITIONS =
      List.of(ApiChangeKind.MEMBER_ADDED, ApiChangeKind.TYPE_ADDED);

  ApiDelta {
    changes = List.copyOf(changes);
  }

  /** For a plain scan: every type as it is, nothing added or removed. */
  static ApiDelta unchanged(ApiType type) {
    return new ApiDelta(type, null, false, false, List.of());
  }

  /**
   * No base version to compare with (an added file, or a base that does not parse): what the change
   * added is what stands on added lines.
   */
  static ApiDelta byLines(ApiType type, ChangedLines changed) {
    boolean isNew = changed.anyAdded(type.headerLine());
    List<ApiChange> added =
        type.members().stream()
            .filter(m -> m.isNewApi() && m.anchor() != null && changed.anyAdded(m.anchor()))
            .map(m -> ApiChange.of(ApiChangeKind.MEMBER_ADDED, m, "adds " + m.display()))
            .toList();
    return new ApiDelta(type, null, isNew, isNew && !type.isTopLevel(), added);
  }

  /** A type the base did not export: all its exported members are new. */
  static ApiDelta added(ApiType type) {
    List<ApiChange> added =
        type.members().stream()
            .filter(ApiMember::isNewApi)
            .map(m -> ApiChange.of(ApiChangeKind.MEMBER_ADDED, m, "adds " + m.display()))
            .toList();
    return new ApiDelta(type, null, true, !type.isTopLevel(), added);
  }

  ApiDelta with(List<ApiChange> more) {
    return new ApiDelta(
        type, before, isNew, nested, Stream.concat(changes.stream(), more.stream()).toList());
  }

  /**
   * Breaks nobody announced, in the order of their lines (removed members, which have none, last):
   * the inline warning.
   */
  List<ApiChange> breaking() {
    return changes.stream().filter(ApiChange::breaksUnannounced).sorted(BY_LINE).toList();
  }

  /** Removals of what the base deprecated. */
  List<ApiChange> announcedRemovals() {
    return withCaveat(ApiChange.Caveat.ANNOUNCED);
  }

  /** Removals that may be moves up to a superclass in another file. */
  List<ApiChange> possibleMovesUp() {
    return withCaveat(ApiChange.Caveat.MAY_BE_INHERITED);
  }

  private List<ApiChange> withCaveat(ApiChange.Caveat caveat) {
    return changes.stream()
        .filter(c -> c.caveat() == caveat && c.compatibility().breaks())
        .toList();
  }

  /** New API: added members and nested types, and members widened to public. */
  List<ApiChange> additions() {
    List<ApiChange> additions = new ArrayList<>();
    for (ApiChange change : changes) {
      if (ADDITIONS.contains(change.kind())
          || change.kind() == ApiChangeKind.MEMBER_MORE_ACCESSIBLE
              && change.what().endsWith(" to public")) {
        additions.add(change);
      }
    }
    return additions;
  }
}
