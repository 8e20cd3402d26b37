package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ReleasedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which breaks of a change break released API. A break of something the newest release did not have
 * (added, or given its current shape, after that release) breaks nobody's code: the change reshapes
 * API before anyone could depend on it. So a break counts only if comparing the release with the
 * head shows the same break, in the same words (a method the release had as {@code load(int)} and
 * the base as {@code load(long)} was reshaped before; changing it again to {@code load(String)}
 * breaks nothing released that was not broken already). When the release is unknown, every break
 * counts. Breaks of released API on the way to a new major version are expected ones, which {@link
 * #nextMajor()} tells.
 *
 * <p>The release's version of the file is read and compared only when there is a break to judge.
 */
final class ReleasedApi {
  private final Optional<ReleasedFile> release;
  private final Map<String, ApiType> head;
  private final CompilationUnit headUnit;
  private final List<String> internal;
  private Set<String> releasedBreaks;

  ReleasedApi(
      Optional<ReleasedFile> release,
      Map<String, ApiType> head,
      CompilationUnit headUnit,
      List<String> internal) {
    this.release = release;
    this.head = head;
    this.headUnit = headUnit;
    this.internal = internal;
  }

  /** The release's tag; {@code null} when unknown. */
  String tag() {
    return release.map(ReleasedFile::tag).orElse(null);
  }

  /**
   * The version the base builds when it is a new major version after the release (breaks expected);
   * {@code null} otherwise.
   */
  String nextMajor() {
    return release
        .filter(ReleasedFile::nextIsMajor)
        .flatMap(ReleasedFile::nextVersion)
        .orElse(null);
  }

  /**
   * Whether {@code change} to the type at {@code typePath} ({@code ""} for a removed top-level
   * type) breaks released API.
   */
  boolean breaksReleased(String typePath, ApiChange change) {
    return release.isEmpty() || releasedBreaks().contains(key(typePath, change));
  }

  private Set<String> releasedBreaks() {
    if (releasedBreaks == null) {
      releasedBreaks = new HashSet<>();
      release
          .get()
          .compilationUnit()
          .ifPresent(
              released -> {
                FileComparison since =
                    FileComparison.of(ExportedApi.of(released, internal), head, released, headUnit);
                since
                    .deltas()
                    .forEach(
                        delta ->
                            delta
                                .breaking()
                                .forEach(
                                    change ->
                                        releasedBreaks.add(key(delta.type().path(), change))));
                since.removedTypes().stream()
                    .filter(ApiChange::breaksUnannounced)
                    .forEach(change -> releasedBreaks.add(key("", change)));
              });
    }
    return releasedBreaks;
  }

  private static String key(String typePath, ApiChange change) {
    return typePath + '\n' + change.kind() + '\n' + change.what();
  }
}
