package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedFileSummary;
import java.util.Optional;

/**
 * Both versions of one Java file of a change.
 *
 * @param path head path (base path for a deleted file)
 * @param base empty for an added file
 * @param head empty for a deleted file
 */
record SourcePair(String path, Optional<CompilationUnit> base, Optional<CompilationUnit> head) {

  /**
   * Both trees of a file, or nothing when a version that should be there could not be read or
   * parsed.
   */
  static Optional<SourcePair> read(ChangeContext ctx, ChangedFileSummary file) {
    Optional<CompilationUnit> base =
        file.kind() == ChangeKind.ADDED ? Optional.empty() : ctx.baseCompilationUnit(file.path());
    Optional<CompilationUnit> head =
        file.kind() == ChangeKind.DELETED ? Optional.empty() : ctx.headCompilationUnit(file.path());
    boolean complete =
        (file.kind() == ChangeKind.ADDED || base.isPresent())
            && (file.kind() == ChangeKind.DELETED || head.isPresent());
    // an unreadable side would make every member look new (or deleted): better to say nothing about
    // the file
    return complete ? Optional.of(new SourcePair(file.path(), base, head)) : Optional.empty();
  }
}
