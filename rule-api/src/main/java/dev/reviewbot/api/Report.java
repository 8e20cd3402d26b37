package dev.reviewbot.api;

import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a rule hands to {@link RuleContext#report(Report)}: where, what, and optionally a severity
 * other than the rule's and a suggestion. Build with {@link #at(Node, String)} or {@link
 * #atLines(LineRange, String, String)}.
 *
 * @param node the node the finding is about; gives the lines, enclosing member and snippet for the
 *     fingerprint. {@code null} when the report is by line range.
 * @param lines explicit lines; when {@code null}, the node's lines
 * @param key with no node, the text the fingerprint is built from (must not contain line numbers);
 *     with a node, an extra fingerprint part that tells apart several findings of one rule on the
 *     same node (see {@link #withKey(String)}). {@code null} when not needed.
 * @param message what is wrong
 * @param severity {@code null} for the rule's configured severity
 * @param suggestion optional advice or replacement
 * @param channel {@code null} for the rule's default channel ({@link RuleInfo#channel()})
 * @param fixes changes that resolve the finding, see {@link Fix}; empty for none
 */
public record Report(
    Node node,
    LineRange lines,
    String key,
    String message,
    Severity severity,
    String suggestion,
    Channel channel,
    @Experimental List<Fix> fixes) {

  public Report {
    Objects.requireNonNull(message, "message");
    fixes = fixes == null ? List.of() : List.copyOf(fixes);
    if (node == null && (lines == null || key == null)) {
      throw new IllegalArgumentException("a report needs a node, or lines and a fingerprint key");
    }
  }

  /** A report without fixes. */
  public Report(
      Node node,
      LineRange lines,
      String key,
      String message,
      Severity severity,
      String suggestion,
      Channel channel) {
    this(node, lines, key, message, severity, suggestion, channel, List.of());
  }

  /** A report in the rule's default channel. */
  public Report(
      Node node,
      LineRange lines,
      String key,
      String message,
      Severity severity,
      String suggestion) {
    this(node, lines, key, message, severity, suggestion, null);
  }

  public static Report at(Node node, String message) {
    return new Report(Objects.requireNonNull(node, "node"), null, null, message, null, null);
  }

  /** A report on lines without a node; {@code key} identifies it for the fingerprint. */
  public static Report atLines(LineRange lines, String key, String message) {
    return new Report(null, lines, key, message, null, null);
  }

  /** Report on the node but anchor on {@code lines}, e.g. only a declaration's header line. */
  public Report onLines(LineRange newLines) {
    return new Report(node, newLines, key, message, severity, suggestion, channel, fixes);
  }

  /**
   * Adds {@code newKey} to the fingerprint, for a rule that reports several different findings on
   * one node (e.g. "adds members" and "too many members" on one type), so each keeps its own stable
   * identity. Must not contain line numbers.
   */
  public Report withKey(String newKey) {
    return new Report(node, lines, newKey, message, severity, suggestion, channel, fixes);
  }

  public Report withSeverity(Severity newSeverity) {
    return new Report(node, lines, key, message, newSeverity, suggestion, channel, fixes);
  }

  public Report withSuggestion(String newSuggestion) {
    return new Report(node, lines, key, message, severity, newSuggestion, channel, fixes);
  }

  /**
   * Puts this finding in the review's summary instead of an inline comment: for what informs the
   * reviewer but asks nothing of the author at that line (e.g. "adds public method m").
   */
  public Report inSummary() {
    return inChannel(Channel.SUMMARY);
  }

  public Report inChannel(Channel newChannel) {
    return new Report(node, lines, key, message, severity, suggestion, newChannel, fixes);
  }

  /** Adds a change that resolves the finding. Experimental: see {@link Fix}. */
  @Experimental
  public Report withFix(Fix fix) {
    List<Fix> more = new ArrayList<>(fixes);
    more.add(Objects.requireNonNull(fix, "fix"));
    return new Report(node, lines, key, message, severity, suggestion, channel, more);
  }
}
