package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.glob.Glob;
import java.util.ArrayList;
import java.util.List;
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
  /**
   * Base and head of each production Java file of the change, added and deleted ones too (a method
   * may move between files), but none whose path matches {@code ignoredGlobs}.
   */
  static List<SourcePair> production(ChangeContext ctx, List<String> ignoredGlobs) {
    List<Glob> ignore = ignoredGlobs.stream().map(Glob::of).toList();
    List<SourcePair> sources = new ArrayList<>();
    for (ChangedFileSummary file : ctx.files()) {
      if (file.isJava()
          && !file.testCode()
          && !file.binary()
          && file.kind() != ChangeKind.MODE_CHANGED
          && ignore.stream().noneMatch(g -> g.matches(file.path()))) {
        read(ctx, file).ifPresent(sources::add);
      }
    }
    return sources;
  }

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
