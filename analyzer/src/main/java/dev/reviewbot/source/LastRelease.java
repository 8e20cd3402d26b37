package dev.reviewbot.source;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The newest release the base of a change contains, and the change's files as that release had
 * them: rules use it to tell a break of released API from a change to API no user has had yet.
 *
 * @param tag the release's tag, e.g. {@code v2.4.0}
 * @param reader the text of a file in the release by its path, empty for a path the release did not
 *     have; called on demand (by the rules that compare with the release), possibly from several
 *     threads, so a source that reads remotely pays only for the files asked for
 * @param nextVersion the version the base builds, from its root {@code pom.xml} or {@code
 *     gradle.properties} (e.g. {@code 3.0.0-SNAPSHOT}); {@code null} when not found
 */
public record LastRelease(
    String tag, Function<String, Optional<String>> reader, String nextVersion) {

  /** A release whose files are read already: {@code files} by path. */
  public static LastRelease of(String tag, Map<String, String> files, String nextVersion) {
    Map<String, String> copy = Map.copyOf(files);
    return new LastRelease(tag, path -> Optional.ofNullable(copy.get(path)), nextVersion);
  }

  /**
   * True when the base builds a new major version after this release ({@code
   * 4.0.0-alpha-8-SNAPSHOT} after {@code maven-3.6.3}): under semantic versioning its breaking
   * changes are expected.
   */
  public boolean nextIsMajor() {
    OptionalInt released = Versions.major(tag);
    OptionalInt next = nextVersion == null ? OptionalInt.empty() : Versions.major(nextVersion);
    return released.isPresent() && next.isPresent() && next.getAsInt() > released.getAsInt();
  }

  /**
   * The release's version of the file at {@code basePath}; empty if the release did not have it.
   */
  public Optional<String> content(String basePath) {
    return basePath == null ? Optional.empty() : reader.apply(basePath);
  }
}
