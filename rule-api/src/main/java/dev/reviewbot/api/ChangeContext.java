package dev.reviewbot.api;

import com.github.javaparser.ast.CompilationUnit;
import java.util.List;
import java.util.Optional;

/** What a {@link ChangeRule} knows about the whole change, and where it reports. */
@Experimental
public interface ChangeContext {
  /** Every file of the change, including binary and excluded ones (a size rule may need them). */
  List<ChangedFileSummary> files();

  /** False for a plain scan, where there is no change to judge. */
  boolean isDiff();

  <T> T option(Option<T> option);

  Severity severity();

  /** Reports a finding about the whole change at the rule's severity. */
  void report(String message);

  /**
   * Reports a finding about the whole change.
   *
   * @param key fingerprint text identifying this finding among the rule's others
   * @param severity {@code null} for the rule's severity
   * @param suggestion optional advice, may be {@code null}
   */
  void report(String key, String message, Severity severity, String suggestion);

  /**
   * Reports a finding on lines of one file of the change, for change rules whose evidence is not an
   * AST node (e.g. lines no test covers). Suppression comments and annotations do not apply, since
   * no file is parsed for it; test-code lowering does.
   *
   * <p>The default (for contexts written before this method) reports at change level with the place
   * in the message.
   *
   * @param path repository-relative path of a file of the change
   * @param lines lines in the head version
   * @param key fingerprint text identifying this finding among the rule's others in the file; must
   *     not contain line numbers, so the fingerprint survives unrelated edits above
   * @param severity {@code null} for the rule's severity
   */
  @Experimental
  default void report(String path, LineRange lines, String key, String message, Severity severity) {
    report(path + "#" + key, path + ":" + lines + ": " + message, severity, null);
  }

  /**
   * As {@link #report(String, LineRange, String, String, Severity)}, in {@code channel} instead of
   * the rule's default channel, for a change rule that says some findings inline and lesser ones in
   * the summary. The configuration's {@code channel:} and the test-code policy still apply.
   *
   * <p>The default (for contexts written before this method) ignores {@code channel}.
   *
   * @param channel {@code null} for the rule's channel
   */
  @Experimental
  default void report(
      String path,
      LineRange lines,
      String key,
      String message,
      Severity severity,
      Channel channel) {
    report(path, lines, key, message, severity);
  }

  /**
   * Data the caller computed for this run and handed to the engine (see {@code
   * Analyzer.analyze(ChangeSet, Attachments)}), e.g. the coverage of the changed lines. Empty when
   * the caller attached nothing of that type, so a rule that needs it does nothing.
   */
  @Experimental
  default <T> Optional<T> attachment(Class<T> type) {
    return Optional.empty();
  }

  /**
   * The base version of a Java file of the change, parsed as the engine parses the files it checks,
   * for change rules that compare behaviour rather than count lines. Empty for an added file, a
   * file the configuration excludes or the change source did not read (binary, too big), a plain
   * scan, or a base version that does not parse. The tree is shared: do not modify it.
   *
   * <p>The default (for contexts written before this method) is empty.
   *
   * @param path the {@link ChangedFileSummary#path()} of a file of the change (for a rename, the
   *     head path: the base is read from its {@link ChangedFileSummary#oldPath()})
   */
  @Experimental
  default Optional<CompilationUnit> baseCompilationUnit(String path) {
    return Optional.empty();
  }

  /**
   * The lines of the head version of a file of the change that the change added or modified, as
   * {@link RuleContext#changedLines()} gives them to a Java rule (lines that differ from a removed
   * line only in white space are not added), for change rules that judge only what the change
   * wrote. In a plain scan every line counts as added; a deleted file, or one the engine does not
   * check (excluded, binary, too big), has none.
   *
   * <p>The default (for contexts written before this method) is {@link ChangedLines#none()}: no
   * line known to be added, so such a rule stays silent.
   *
   * @param path the {@link ChangedFileSummary#path()} of a file of the change
   */
  @Experimental
  default ChangedLines changedLines(String path) {
    return ChangedLines.none();
  }

  /**
   * The head version of a Java file of the change, parsed as {@link #baseCompilationUnit(String)};
   * empty for a deleted file and in the same cases.
   */
  @Experimental
  default Optional<CompilationUnit> headCompilationUnit(String path) {
    return Optional.empty();
  }
}
