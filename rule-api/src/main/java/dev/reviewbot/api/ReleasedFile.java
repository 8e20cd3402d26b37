package dev.reviewbot.api;

import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/**
 * The file being checked as the project's newest release had it: what users of that release can
 * already depend on. A change that breaks API no release has had yet breaks nobody's code.
 */
@Experimental
public interface ReleasedFile {
  /** The release's tag, e.g. {@code v2.4.0}. */
  String tag();

  /**
   * The file as released (read at its base path, the path before a rename), parsed on first use;
   * empty when the release did not have the file, i.e. the file is newer than the release, or that
   * version does not parse. The tree is shared: do not modify it.
   */
  Optional<CompilationUnit> compilationUnit();

  /**
   * The version the base builds, from its root {@code pom.xml} or {@code gradle.properties}, e.g.
   * {@code 3.0.0-SNAPSHOT}; empty when not found.
   */
  Optional<String> nextVersion();

  /**
   * True when {@link #nextVersion()} is a new major version after this release ({@code
   * 4.0.0-alpha-8-SNAPSHOT} after {@code maven-3.6.3}): under semantic versioning, breaking changes
   * are expected there.
   */
  boolean nextIsMajor();
}
