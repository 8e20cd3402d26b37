package dev.reviewbot.engine.internal;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ReleasedFile;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.source.LastRelease;
import java.util.Optional;

/**
 * One file as the last release had it, read and parsed on first use (only a rule that asks pays for
 * it).
 */
final class ReleasedVersion implements ReleasedFile {
  private final LastRelease release;
  private final String basePath;
  private Optional<CompilationUnit> unit;

  private ReleasedVersion(LastRelease release, String basePath) {
    this.release = release;
    this.basePath = basePath;
  }

  /**
   * Empty when the release is unknown; a file the release did not have is known and has no tree.
   */
  static Optional<ReleasedFile> of(LastRelease release, ChangedFile file) {
    return Optional.ofNullable(release).map(r -> new ReleasedVersion(r, file.oldPath()));
  }

  @Override
  public String tag() {
    return release.tag();
  }

  @Override
  public Optional<String> nextVersion() {
    return Optional.ofNullable(release.nextVersion());
  }

  @Override
  public boolean nextIsMajor() {
    return release.nextIsMajor();
  }

  @Override
  public synchronized Optional<CompilationUnit> compilationUnit() {
    if (unit == null) {
      Optional<ParseResult<CompilationUnit>> parsed =
          release.content(basePath).map(JavaParsers::parse);
      unit = parsed.filter(ParseResult::isSuccessful).flatMap(ParseResult::getResult);
    }
    return unit;
  }
}
