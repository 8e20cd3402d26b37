package dev.reviewbot.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found. Immutable; knows nothing of diffs, GitHub or Markdown.
 *
 * @param ruleId the rule's id
 * @param severity effective severity (after configuration and test-code lowering)
 * @param path repository-relative path with forward slashes, or {@code null} for a finding about
 *     the whole change (e.g. its size)
 * @param lines lines in the head version, or {@code null} for a whole-file or whole-change finding
 * @param message what is wrong and, briefly, why
 * @param fingerprint stable identity: rule id + enclosing member + normalized snippet, never the
 *     line number, so it survives unrelated edits above it
 * @param suggestion optional replacement or advice, {@code null} when there is none
 * @param channel inline comment or summary line; {@code null} reads as {@link Channel#INLINE}
 * @param fixes changes that resolve the finding (experimental, see {@link Fix}); {@code null} reads
 *     as none
 */
public record Finding(
    String ruleId,
    Severity severity,
    String path,
    LineRange lines,
    String message,
    String fingerprint,
    String suggestion,
    Channel channel,
    @Experimental List<Fix> fixes) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    fixes = fixes == null ? List.of() : List.copyOf(fixes);
    channel = channel == null ? Channel.INLINE : channel;
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** A finding without fixes. */
  public Finding(
      String ruleId,
      Severity severity,
      String path,
      LineRange lines,
      String message,
      String fingerprint,
      String suggestion,
      Channel channel) {
    this(ruleId, severity, path, lines, message, fingerprint, suggestion, channel, List.of());
  }

  /** An inline-channel finding. */
  public Finding(
      String ruleId,
      Severity severity,
      String path,
      LineRange lines,
      String message,
      String fingerprint,
      String suggestion) {
    this(ruleId, severity, path, lines, message, fingerprint, suggestion, Channel.INLINE);
  }

  public Optional<String> pathIfAny() {
    return Optional.ofNullable(path);
  }

  public Optional<LineRange> linesIfAny() {
    return Optional.ofNullable(lines);
  }

  public Optional<String> suggestionIfAny() {
    return Optional.ofNullable(suggestion);
  }

  /** True for a finding about the whole change rather than a place in a file. */
  public boolean isChangeLevel() {
    return path == null;
  }

  /** First line, or 0 when the finding has no line. */
  public int line() {
    return lines == null ? 0 : lines.start();
  }

  /** True if the finding may become an inline comment: inline channel and a place in a file. */
  public boolean isInline() {
    return channel == Channel.INLINE && path != null && lines != null;
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        ruleId, newSeverity, path, lines, message, fingerprint, suggestion, channel, fixes);
  }

  public Finding withChannel(Channel newChannel) {
    return new Finding(
        ruleId, severity, path, lines, message, fingerprint, suggestion, newChannel, fixes);
  }

  /** True if the finding comes with at least one {@link Fix}. */
  @Experimental
  public boolean hasFix() {
    return !fixes.isEmpty();
  }
}
