package dev.reviewbot.baseline;

import dev.reviewbot.api.Finding;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding recorded in a baseline. Its identity is rule, path and fingerprint; the hint is only
 * for people reading the file (and for SARIF's {@code absent} results), never compared.
 *
 * @param rule the rule id
 * @param path repository-relative path, {@code null} for a finding about a whole change
 * @param fingerprint the finding's fingerprint, which survives line shifts
 * @param hint the finding's message, one line, shortened
 */
public record BaselineEntry(String rule, String path, String fingerprint, String hint)
    implements Comparable<BaselineEntry> {
  /** The longest hint written: enough to recognise the finding, short enough for one line. */
  static final int HINT_LENGTH = 120;

  private static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::path, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(BaselineEntry::rule)
          .thenComparing(BaselineEntry::fingerprint)
          .thenComparing(BaselineEntry::hint);

  public BaselineEntry {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fingerprint, "fingerprint");
    hint = hint == null ? "" : hint;
  }

  public static BaselineEntry of(Finding finding) {
    return new BaselineEntry(
        finding.ruleId(), finding.path(), finding.fingerprint(), hint(finding.message()));
  }

  /** What matching compares: everything but the hint. */
  Key key() {
    return new Key(rule, path, fingerprint);
  }

  static Key keyOf(Finding finding) {
    return new Key(finding.ruleId(), finding.path(), finding.fingerprint());
  }

  record Key(String rule, String path, String fingerprint) {}

  private static String hint(String message) {
    String line = message.strip().replaceAll("\\s+", " ");
    return line.length() <= HINT_LENGTH ? line : line.substring(0, HINT_LENGTH - 1) + "…";
  }

  @Override
  public int compareTo(BaselineEntry other) {
    return ORDER.compare(this, other);
  }
}
