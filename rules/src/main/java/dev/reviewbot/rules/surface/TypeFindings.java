package dev.reviewbot.rules.surface;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Report;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The findings about one exported type, at most one of each sort: what the change breaks (inline:
 * the author should act on it), what it removes as announced, what it adds and how big the type has
 * grown (summary: the reviewer should know). Each is anchored on a line the change touched where
 * there is one, and keyed so that they keep separate fingerprints on the same type.
 */
final class TypeFindings {
  private static final int LISTED = 10;

  private TypeFindings() {}

  /**
   * Unannounced breaks of the type's released API ({@code breaks}, from {@link
   * ApiDelta#breaking()}), in one inline report.
   */
  static Optional<Report> breaking(ApiDelta delta, List<ApiChange> breaks, ChangedLines changed) {
    if (breaks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        on(
            delta.type(),
            "breaking",
            BreakMessages.describe("`" + delta.type().path() + "`", breaks),
            anchor(delta.type(), breaks, changed)));
  }

  /**
   * Breaks that need no action at their line, a summary line: of API the last release did not have
   * (nobody's code breaks), or on the way to a new major version (breaks expected).
   */
  static Optional<Report> breaksInSummary(
      ApiDelta delta, List<ApiChange> breaks, String key, String message, ChangedLines changed) {
    if (breaks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        on(delta.type(), key, message, anchor(delta.type(), breaks, changed)).inSummary());
  }

  /** Removals of members the base had deprecated: expected, so a summary line. */
  static Optional<Report> announced(ApiDelta delta, ChangedLines changed) {
    List<ApiChange> removals = delta.announcedRemovals();
    if (removals.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        on(
                delta.type(),
                "removes-deprecated",
                BreakMessages.announced("`" + delta.type().path() + "`", removals),
                anchor(delta.type(), removals, changed))
            .inSummary());
  }

  /**
   * Instance members gone from a class whose superclass is in another file: moved up (no break) or
   * removed, which one file cannot tell, so a summary line that says what to check.
   */
  static Optional<Report> possiblyMovedUp(ApiDelta delta, ChangedLines changed) {
    List<ApiChange> removals = delta.possibleMovesUp();
    if (removals.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        on(
                delta.type(),
                "removes-or-moves-up",
                BreakMessages.possiblyMovedUp(
                    "`" + delta.type().path() + "`",
                    "`" + delta.type().header().superclassElsewhere() + "`",
                    removals),
                anchor(delta.type(), removals, changed))
            .inSummary());
  }

  /**
   * New API, listed for the reviewer: a summary line. A new nested type is listed by the type
   * around it.
   */
  static Optional<Report> added(ApiDelta delta, ChangedLines changed) {
    ApiType type = delta.type();
    List<ApiChange> added = delta.additions();
    if (delta.nested() || !delta.isNew() && added.isEmpty()) {
      return Optional.empty();
    }
    String items = list(added.stream().map(ApiChange::subject));
    String what =
        delta.isNew()
            ? "new exported "
                + type.kind()
                + " `"
                + type.path()
                + "`"
                + (added.isEmpty() ? "" : " with " + items)
            : "adds "
                + added.size()
                + " exported member"
                + (added.size() == 1 ? "" : "s")
                + " to `"
                + type.path()
                + "`: "
                + items;
    List<LineRange> anchors = new ArrayList<>();
    if (delta.isNew()) {
      anchors.add(type.headerLine());
    }
    added.stream().map(ApiChange::anchor).filter(Objects::nonNull).forEach(anchors::add);
    anchors.add(type.headerLine());
    return Optional.of(
        on(
                type,
                "adds",
                what + "; all of it must stay compatible from now on",
                Anchoring.preferAdded(changed, anchors))
            .inSummary());
  }

  /**
   * Over the limit: in a change, only when this change takes the type over it (a type that was over
   * it already is not this change's doing); in a plain scan, whenever it is over.
   */
  static Optional<Report> size(ApiDelta delta, int max, ChangedLines changed) {
    ApiType type = delta.type();
    long count = type.countedMembers();
    long was = delta.before() != null ? delta.before().countedMembers() : delta.isNew() ? 0 : -1;
    if (count <= max || changed.known() && (was < 0 || was > max)) {
      return Optional.empty();
    }
    String growth =
        changed.known()
            ? " now exports "
                + count
                + " members (max "
                + max
                + ", constants not counted; was "
                + was
                + ")"
            : " exports " + count + " members (max " + max + ", constants not counted)";
    List<LineRange> anchors = new ArrayList<>();
    delta.additions().stream()
        .map(ApiChange::anchor)
        .filter(Objects::nonNull)
        .forEach(anchors::add);
    anchors.add(type.headerLine());
    return Optional.of(
        on(
                type,
                "size",
                "`"
                    + type.path()
                    + "`"
                    + growth
                    + ": every exported member must stay compatible "
                    + "and be tested through the interface; split the type by responsibility, or keep helpers package-private",
                Anchoring.preferAdded(changed, anchors))
            .inSummary());
  }

  /**
   * A changed member's line if the change touched it; else the first added line inside the type (a
   * removed member leaves none of its own); else the first diff hunk inside the type (a context
   * line, still commentable in a review); else the type's header.
   */
  private static LineRange anchor(ApiType type, List<ApiChange> changes, ChangedLines changed) {
    Optional<LineRange> touched =
        changes.stream()
            .map(ApiChange::anchor)
            .filter(Objects::nonNull)
            .filter(changed::anyAdded)
            .findFirst();
    if (touched.isPresent()) {
      return touched.get();
    }
    LineRange header = type.headerLine();
    int begin = type.declaration().getBegin().map(p -> p.line).orElse(header.start());
    int end = type.declaration().getEnd().map(p -> p.line).orElse(header.end());
    Optional<Integer> added =
        Optional.ofNullable(changed.added().ceiling(begin)).filter(line -> line <= end);
    if (added.isPresent()) {
      return LineRange.of(added.get());
    }
    Stream<LineRange> ownAnchors = changes.stream().map(ApiChange::anchor).filter(Objects::nonNull);
    return changed.hunks().stream()
        .filter(hunk -> hunk.start() <= end && hunk.end() >= begin)
        .map(hunk -> LineRange.of(IntStream.of(hunk.start(), header.start()).max().getAsInt()))
        .findFirst()
        .orElseGet(() -> ownAnchors.findFirst().orElse(header));
  }

  private static Report on(ApiType type, String key, String message, LineRange anchor) {
    return Report.at(type.declaration(), message).withKey(key).onLines(anchor);
  }

  static String list(Stream<String> items) {
    return list(items, ", ");
  }

  static String list(Stream<String> items, String separator) {
    List<String> all = items.toList();
    String shown = String.join(separator, all.subList(0, Math.min(LISTED, all.size())));
    return all.size() > LISTED ? shown + " and " + (all.size() - LISTED) + " more" : shown;
  }
}
