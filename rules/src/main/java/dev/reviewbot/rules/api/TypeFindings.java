package dev.reviewbot.rules.api;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Report;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The findings about one exported type: what the change adds, what it may break, how big the
 * type has grown. Each is anchored on a line the change touched where there is one, and keyed so
 * that the three keep separate fingerprints on the same type.
 */
final class TypeFindings {
  private static final int LISTED = 10;

  private TypeFindings() {}

  static Optional<Report> added(ApiDelta delta, ChangedLines changed) {
    ApiType type = delta.type();
    List<ApiMember> added = delta.added();
    if (!delta.isNew() && added.isEmpty()) {
      return Optional.empty();
    }
    String what = delta.isNew() ? "new exported " + type.kind() + " `" + type.path() + "`" + (added.isEmpty() ? "" : " with ")
        : "adds " + added.size() + " exported member" + (added.size() == 1 ? "" : "s") + " to `" + type.path() + "`: ";
    return Optional.of(on(type, "adds", what + list(added.stream().map(ApiMember::display)) + "; is each meant to be API? "
        + "Whatever is exported must stay compatible; keep helpers package-private or in an internal package",
        Anchoring.preferAdded(changed, anchors(type, delta.isNew(), added))));
  }

  static Optional<Report> breaking(ApiDelta delta, ChangedLines changed) {
    if (!delta.breaks()) {
      return Optional.empty();
    }
    Stream<String> gone = delta.removed().stream().map(m -> "removes " + m.display());
    Stream<String> altered = delta.changed().stream()
        .map(pair -> "changes " + pair[1].display() + " (was `" + pair[0].shape() + "`, now `" + pair[1].shape() + "`)");
    return Optional.of(on(delta.type(), "breaking", "may break callers of `" + delta.type().path() + "`: "
        + list(Stream.concat(gone, altered)) + "; code built against the old API stops compiling or linking, so deprecate "
        + "first or call it out in the release notes", breakingAnchor(delta, changed)));
  }

  /**
   * Over the limit. In a change, only when the change adds to the type (it is not this change's
   * doing otherwise); {@code before} is the base version, {@code null} when unknown.
   */
  static Optional<Report> size(ApiDelta delta, ApiType before, int max, ChangedLines changed) {
    ApiType type = delta.type();
    long count = type.countedMembers();
    List<ApiMember> added = delta.added().stream().filter(ApiMember::counted).toList();
    if (count <= max || changed.known() && added.isEmpty()) {
      return Optional.empty();
    }
    String growth = added.isEmpty() ? "" : before == null ? ", " + added.size() + " added by this change"
        : ", was " + before.countedMembers();
    return Optional.of(on(type, "size", "`" + type.path() + "` exports " + count + " members (max " + max
        + ", constants not counted" + growth + "): a type with many public methods is a warning sign; every one must stay "
        + "compatible and be tested through the interface; split it by responsibility, or keep helpers package-private",
        Anchoring.preferAdded(changed, anchors(type, false, added))));
  }

  /**
   * A changed signature or an added member on an added line, else the diff hunk inside the type
   * where members were removed (a context line, still commentable in a review), else the header.
   */
  private static LineRange breakingAnchor(ApiDelta delta, ChangedLines changed) {
    Stream<ApiMember> touched = Stream.concat(delta.changed().stream().map(pair -> pair[1]), delta.added().stream());
    Optional<LineRange> onAddedLine = touched.map(ApiMember::anchor).filter(changed::anyAdded).findFirst();
    if (onAddedLine.isPresent()) {
      return onAddedLine.get();
    }
    LineRange header = delta.type().header();
    int end = delta.type().declaration().getEnd().map(p -> p.line).orElse(header.end());
    return changed.hunks().stream().filter(hunk -> hunk.start() <= end && hunk.end() >= header.start())
        .map(hunk -> LineRange.of(Math.max(hunk.start(), header.start()))).findFirst().orElse(header);
  }

  private static List<LineRange> anchors(ApiType type, boolean isNew, List<ApiMember> members) {
    List<LineRange> anchors = new ArrayList<>();
    if (isNew) {
      anchors.add(type.header());
    }
    members.stream().map(ApiMember::anchor).forEach(anchors::add);
    anchors.add(type.header());
    return anchors;
  }

  private static Report on(ApiType type, String key, String message, LineRange anchor) {
    return Report.at(type.declaration(), message).withKey(key).onLines(anchor);
  }

  static String list(Stream<String> items) {
    List<String> all = items.toList();
    String shown = String.join(", ", all.subList(0, Math.min(LISTED, all.size())));
    return all.size() > LISTED ? shown + " and " + (all.size() - LISTED) + " more" : shown;
  }
}
