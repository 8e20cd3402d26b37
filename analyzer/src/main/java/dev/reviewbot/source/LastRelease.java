package dev.reviewbot.source;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The newest release the base of a change contains, and the change's files as that release had
 * them: rules use it to tell a break of released API from a change to API no user has had yet.
 *
 * @param tag the release's tag, e.g. {@code v2.4.0}
 * @param files text of the change's files in the release, by base path; a path the release did
 *     not have is absent
 * @param nextVersion the version the base builds, from its root {@code pom.xml} or
 *     {@code gradle.properties} (e.g. {@code 3.0.0-SNAPSHOT}); {@code null} when not found
 */
public record LastRelease(String tag, Map<String, String> files, String nextVersion) {
  public LastRelease {
    files = Map.copyOf(files);
  }

  /** A release whose successor's version is not known. */
  public LastRelease(String tag, Map<String, String> files) {
    this(tag, files, null);
  }

  /**
   * True when the base builds a new major version after this release ({@code 4.0.0-alpha-8-SNAPSHOT}
   * after {@code maven-3.6.3}): under semantic versioning its breaking changes are expected.
   */
  public boolean nextIsMajor() {
    OptionalInt released = Versions.major(tag);
    OptionalInt next = nextVersion == null ? OptionalInt.empty() : Versions.major(nextVersion);
    return released.isPresent() && next.isPresent() && next.getAsInt() > released.getAsInt();
  }

  /** The release's version of the file at {@code basePath}; empty if the release did not have it. */
  public Optional<String> content(String basePath) {
    return basePath == null ? Optional.empty() : Optional.ofNullable(files.get(basePath));
  }
}
