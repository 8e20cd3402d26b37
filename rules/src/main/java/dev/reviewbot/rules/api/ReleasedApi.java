package dev.reviewbot.rules.api;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ReleasedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which breaks of a change break released API. A break of something the newest release did not
 * have (added, or given its current shape, after that release) breaks nobody's code: the change
 * reshapes API before anyone could depend on it. So a break counts only if comparing the release
 * with the head shows the same break, in the same words (a method the release had as {@code
 * load(int)} and the base as {@code load(long)} was reshaped before; changing it again to {@code
 * load(String)} breaks nothing released that was not broken already). When the release is
 * unknown, every break counts. Breaks of released API on the way to a new major version are
 * expected ones, which {@link #nextMajor()} tells.
 */
final class ReleasedApi {
  private final String tag;
  private final String nextMajor;
  private final Set<String> releasedBreaks;

  private ReleasedApi(String tag, String nextMajor, Set<String> releasedBreaks) {
    this.tag = tag;
    this.nextMajor = nextMajor;
    this.releasedBreaks = releasedBreaks;
  }

  /** {@code null} breaks: the release is unknown and every break counts. */
  static ReleasedApi of(Optional<ReleasedFile> release, Map<String, ApiType> head, CompilationUnit headUnit, List<String> internal) {
    if (release.isEmpty()) {
      return new ReleasedApi(null, null, null);
    }
    Set<String> breaks = new HashSet<>();
    release.get().compilationUnit().ifPresent(released -> {
      FileComparison since = FileComparison.of(ExportedApi.of(released, internal), head, released, headUnit);
      since.deltas().forEach(delta -> delta.breaking().forEach(change -> breaks.add(key(delta.type().path(), change))));
      since.removedTypes().stream().filter(ApiChange::breaksUnannounced).forEach(change -> breaks.add(key("", change)));
    });
    String nextMajor = release.get().nextIsMajor() ? release.get().nextVersion().orElseThrow() : null;
    return new ReleasedApi(release.get().tag(), nextMajor, breaks);
  }

  /** The release's tag; {@code null} when unknown. */
  String tag() {
    return tag;
  }

  /** The version the base builds when it is a new major version after the release (breaks expected); {@code null} otherwise. */
  String nextMajor() {
    return nextMajor;
  }

  /** Whether {@code change} to the type at {@code typePath} ({@code ""} for a removed top-level type) breaks released API. */
  boolean breaksReleased(String typePath, ApiChange change) {
    return releasedBreaks == null || releasedBreaks.contains(key(typePath, change));
  }

  private static String key(String typePath, ApiChange change) {
    return typePath + '\n' + change.kind() + '\n' + change.what();
  }
}
