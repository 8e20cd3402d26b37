package dev.reviewbot.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.Optional;

/** What a {@link JavaRule} knows about the file being checked, and where it reports. */
public interface RuleContext {
  /** Repository-relative path with forward slashes. */
  String path();

  /** True if the path matches the configured test-code globs. */
  boolean isTestCode();

  /** The head version of the file. */
  CompilationUnit compilationUnit();

  /**
   * The base version of the file, parsed on first use; empty for an added file, a plain scan, or a
   * base version that does not parse.
   */
  Optional<CompilationUnit> baseCompilationUnit();

  /**
   * The newest release (a version tag such as {@code v2.4.0}, pre-releases skipped) that the base
   * contains, with this file as it had it. Empty when that is not known: a plain scan, a repository
   * without release tags, or a change source that cannot read tags.
   *
   * <p>The default (for contexts written before this method) is empty.
   */
  @Experimental
  default Optional<ReleasedFile> lastRelease() {
    return Optional.empty();
  }

  /** Lines the change added or modified, and the diff's hunks. */
  ChangedLines changedLines();

  /** The configured value of one of this rule's options, or its default. */
  <T> T option(Option<T> option);

  /** The rule's effective severity for this file (configuration and test-code lowering applied). */
  Severity severity();

  /** Reports a finding on {@code node} at the rule's severity. */
  default void report(Node node, String message) {
    report(Report.at(node, message));
  }

  void report(Report report);
}
